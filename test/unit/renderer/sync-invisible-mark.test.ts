// The bundle diff shows each invisible character of a value as a boxed mark
// with its name, in both languages, so two values that differ only by one of
// them never read the same; rendered to markup as the real component does.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { markInvisible } from '../../../renderer/src/sync/invisible-marks';
import { createI18n } from '../../../shared/i18n';

// The Node-side type check has no JSX, so the component is loaded by a path
// it does not resolve; vitest compiles the .tsx as the renderer build does.
const COMPONENT = '../../../renderer/src/sync/VisibleText';
const { VisibleText } = (await import(COMPONENT)) as { VisibleText: (props: { text: string }) => unknown };

const render = (text: string, lang: 'sq' | 'en') =>
  renderToStaticMarkup(createElement(I18nextProvider, { i18n: createI18n(lang) }, createElement(VisibleText as never, { text })));

/** The marks in the markup: [shown text, aria-label]. */
const marks = (html: string) => [...html.matchAll(/<span[^>]*aria-label="([^"]*)"[^>]*data-invisible="([^"]*)"[^>]*>([^<]*)<\/span>/g)].map((m) => ({ code: m[2], shown: m[3], label: m[1] }));

describe('the invisible-character mark of the diff', () => {
  it('marks U+200B, U+200F, U+2028 and U+FEFF where they stand, and renders none of them', () => {
    const html = render('Ndihmë\u200B juridike\u200F falas\u2028\uFEFF', 'en');
    expect(marks(html).map(({ code, shown }) => [code, shown])).toEqual([
      ['U+200B', 'ZWSP'],
      ['U+200F', 'RLM'],
      ['U+2028', 'LSEP'],
      ['U+FEFF', 'ZWNBSP'],
    ]);
    expect(html).not.toMatch(/[\u200B\u200F\u2028\uFEFF]/);
    expect(html.replace(/<[^>]+>[^<]*<\/span>/g, '')).toBe('Ndihmë juridike falas');
  });

  it('makes two values that look the same read differently', () => {
    expect(render('Buxheti i hapur', 'sq')).toBe('Buxheti i hapur');
    expect(render('Buxheti\u200B i hapur', 'sq')).not.toBe(render('Buxheti i hapur', 'sq'));
  });

  it('explains the mark in Albanian and in English; one without a short name shows its code point', () => {
    const [sq] = marks(render('a\u200Bb', 'sq'));
    expect(sq!.label).toBe('Karakter i padukshëm U+200B (ZWSP): nuk duket në tekst, por e bën atë të ndryshëm nga një tekst që duket njëlloj.');
    const [en] = marks(render('a\u200Bb', 'en'));
    expect(en!.label).toBe('Invisible character U+200B (ZWSP): it does not show in the text, yet makes it differ from a text that looks the same.');
    const [tag] = marks(render('x\u{E0041}', 'en'));
    expect(tag).toEqual({ code: 'U+E0041', shown: 'U+E0041', label: 'Invisible character U+E0041: it does not show in the text, yet makes it differ from a text that looks the same.' });
    expect(render('x\u{E0041}', 'en')).toContain('title="Invisible character U+E0041');
  });
});

describe('markInvisible (what the component draws)', () => {
  it('gives the visible runs and one mark per invisible character, in order', () => {
    const { t } = createI18n('sq');
    expect(markInvisible('a\u200Bb\u2060', t)).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'mark', shown: 'ZWSP', codePoint: 'U+200B', label: expect.stringMatching(/^Karakter i padukshëm U\+200B \(ZWSP\)/) },
      { kind: 'text', text: 'b' },
      { kind: 'mark', shown: 'WJ', codePoint: 'U+2060', label: expect.stringMatching(/^Karakter i padukshëm U\+2060 \(WJ\)/) },
    ]);
    expect(markInvisible('Ndihmë juridike', t)).toEqual([{ kind: 'text', text: 'Ndihmë juridike' }]);
  });
});
