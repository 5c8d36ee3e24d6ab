// Invisible characters: one classification (shared/model/invisible.ts), which
// one-line texts strip at the schema, so every boundary (IPC, HTTP, CLI,
// bundle and interchange import, all parsing with these schemas) stores the
// same visible title, and which the diff marks in what long texts keep.
import { describe, expect, it } from 'vitest';
import { codePointLabel, hasInvisible, isInvisibleChar, splitInvisible, stripInvisible } from '../../../shared/model/invisible';
import { Line, LineString, LongString, Text } from '../../../shared/model/primitives';
import { type TempWorkspace, tempWorkspace } from '../../helpers/temp-workspace';

// The issue's four, and the rest of the family pasted text brings along.
const INVISIBLE = [
  '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2028', '\u2029', '\uFEFF', '\u00AD', '\u061C', '\u180E',
  '\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\u3164', '\u{E0041}',
];
// Look alike or are plain text: never touched.
const VISIBLE = ['a', 'ë', 'Ç', ' ', '\u00A0', '-', '–', '’', '€', '😀', '\t'];

describe('the classification', () => {
  it.each(INVISIBLE.map((c) => [codePointLabel(c), c]))('%s is invisible', (_label, c) => {
    expect(isInvisibleChar(c)).toBe(true);
    expect(hasInvisible(`a${c}b`)).toBe(true);
    expect(stripInvisible(`a${c}b`)).toBe('ab');
  });

  it('leaves letters, spaces, punctuation and emoji alone', () => {
    for (const c of VISIBLE) expect([c, isInvisibleChar(c), stripInvisible(c)]).toEqual([c, false, c]);
  });

  it('cuts a text into visible runs and marked characters that join back into it', () => {
    const text = '\uFEFFNdihmë\u200B juridike\u{E0041}';
    const parts = splitInvisible(text);
    expect(parts).toEqual([
      { kind: 'invisible', char: '\uFEFF', codePoint: 'U+FEFF', abbr: 'ZWNBSP' },
      { kind: 'text', text: 'Ndihmë' },
      { kind: 'invisible', char: '\u200B', codePoint: 'U+200B', abbr: 'ZWSP' },
      { kind: 'text', text: ' juridike' },
      { kind: 'invisible', char: '\u{E0041}', codePoint: 'U+E0041', abbr: null },
    ]);
    expect(parts.map((p) => (p.kind === 'text' ? p.text : p.char)).join('')).toBe(text);
    expect(splitInvisible('')).toEqual([]);
    expect(splitInvisible('abc')).toEqual([{ kind: 'text', text: 'abc' }]);
  });
});

describe('one-line texts at the schema', () => {
  it.each(INVISIBLE.map((c) => [codePointLabel(c), c]))('%s is stripped from a Line, in both languages', (_label, c) => {
    expect(LineString.parse(`Ndihmë${c} juridike`)).toBe('Ndihmë juridike');
    expect(Line.parse({ sq: `${c}Buxheti${c}`, en: `Open${c} budget` })).toEqual({ sq: 'Buxheti', en: 'Open budget' });
  });

  it('long texts keep them (the diff shows them), and the bidi overrides stay refused everywhere', () => {
    expect(LongString.parse('a\u200Bb')).toBe('a\u200Bb');
    expect(Text.parse({ sq: 'x\u2028y', en: '' }).sq).toBe('x\u2028y');
    for (const schema of [LineString, LongString]) {
      const res = schema.safeParse('a\u202Eb');
      expect(res.success).toBe(false);
      expect(res.error?.issues[0]?.message).toBe('control-characters');
    }
  });

  it('strips before normalising, so a decomposed ë split by a zero-width space still becomes one code point', () => {
    expect(LineString.parse('e\u200B\u0308')).toBe('\u00EB');
  });
});

describe('through a real service save', () => {
  let ws: TempWorkspace | undefined;
  it('a commitment titled with each invisible character is stored and read back without it', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    try {
      const plain = await ws.ok('commitment.create', { componentCode: 'access-to-justice', title: { sq: 'Ndihmë juridike falas', en: 'Free legal aid' } });
      for (const c of INVISIBLE) {
        const created = await ws.ok('commitment.create', { componentCode: 'access-to-justice', title: { sq: `Ndihmë${c} juridike falas`, en: `Free${c} legal aid` } });
        expect(created.title, codePointLabel(c)).toEqual(plain.title);
        await ws.ok('commitment.update', { id: created.id, changes: { title: { sq: `${c}Ndihmë juridike falas${c}` } } });
        expect((await ws.ok('commitment.get', { id: created.id })).title.sq, codePointLabel(c)).toBe('Ndihmë juridike falas');
      }
    } finally {
      await ws.cleanup();
    }
  });
});
