// The strict JSON reader: the same grammar as JSON.parse (so JSON.parse never
// sees what it refused, and refuses nothing the scan let through), plus the
// rules JSON.parse does not have: one meaning per key, whole characters,
// bounded depth and string length.
import { describe, expect, it } from 'vitest';
import { parseStrictJson, scanJson, type StrictJsonLimits } from '../../../electron/services/json/strict-json';
import { prng } from '../../helpers/prng';

const LIMITS: StrictJsonLimits = { maxDepth: 32, maxStringLength: 10_000 };
const first = (text: string, limits = LIMITS) => {
  const [p] = scanJson(text, limits);
  return p === undefined ? null : { issue: p.issue, path: p.path };
};

describe('scanJson: duplicate keys', () => {
  it('compares keys after decoding them, and locates the second one', () => {
    expect(first('{"a":1,"a":2}')).toEqual({ issue: 'duplicate-key', path: ['a'] });
    expect(first('{"a":1,"\\u0061":2}')).toEqual({ issue: 'duplicate-key', path: ['a'] });
    expect(first('{"\\"":1,"\\u0022":2}')).toEqual({ issue: 'duplicate-key', path: ['"'] });
    expect(first('{"x":[{"k":1},{"k":2,"b":{"c":1,"c":2}}]}')).toEqual({ issue: 'duplicate-key', path: ['x', 1, 'b', 'c'] });
    expect(first('{"__proto__":1,"__proto__":2}')).toEqual({ issue: 'duplicate-key', path: ['__proto__'] });
  });

  it('keeps keys per object: the same key in sibling or nested objects is fine', () => {
    expect(first('{"a":{"a":1},"b":[{"a":1},{"a":2}]}')).toBeNull();
    expect(first('{"a":1,"A":2,"a ":3}')).toBeNull();
  });

  it('lists several when asked, with their paths', () => {
    const problems = scanJson('{"a":1,"a":2,"b":{"c":1,"c":2}}', { ...LIMITS, maxProblems: 10 });
    expect(problems.map((p) => p.path.join('.'))).toEqual(['a', 'b.c']);
  });
});

describe('scanJson: lone surrogates', () => {
  it('refuses half a character, escaped or raw, in values and keys', () => {
    expect(first('["\\ud800"]')).toEqual({ issue: 'lone-surrogate', path: [0] });
    expect(first('["\\uDC00"]')).toEqual({ issue: 'lone-surrogate', path: [0] });
    expect(first('["\\udc00\\ud800"]')?.issue).toBe('lone-surrogate');
    expect(first('["\\ud800x"]')?.issue).toBe('lone-surrogate');
    expect(first('["\\ud800\\n"]')?.issue).toBe('lone-surrogate');
    expect(first('["\ud800"]')?.issue).toBe('lone-surrogate');
    expect(first('{"k\\ud800":1}')).toEqual({ issue: 'lone-surrogate', path: [] });
  });

  it('accepts whole characters however they are written', () => {
    expect(first('["\\ud83d\\ude00", "😀", "\ud83d\\ude00", "\\uD83D\\uDE00"]')).toBeNull();
  });
});

describe('scanJson: limits', () => {
  it('bounds depth outside strings', () => {
    const nest = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    expect(first(nest(32))).toBeNull();
    expect(first(nest(33))?.issue).toBe('depth');
    expect(first(`{"a":"${'{'.repeat(100)}"}`)).toBeNull();
  });

  it('bounds strings by their decoded length, and stops there', () => {
    const limits = { maxDepth: 32, maxStringLength: 5 };
    expect(first('["abcde"]', limits)).toBeNull();
    expect(first('["\\u0061\\u0062\\u0063\\u0064\\u0065"]', limits)).toBeNull();
    expect(first('["abcdef"]', limits)).toEqual({ issue: 'string-too-long', path: [0] });
    expect(first('{"abcdef":1}', limits)).toEqual({ issue: 'string-too-long', path: [] });
    // Found at the sixth character: the rest (even broken JSON) is never read.
    expect(scanJson(`["abcdef${'x'.repeat(1000)}`, limits)).toEqual([expect.objectContaining({ issue: 'string-too-long', position: 1 })]);
  });
});

describe('scanJson: the grammar of JSON.parse', () => {
  const samples = [
    '{}', '[]', '0', '-0', '1.5e+10', '-1E-2', '"a\\/b\\b\\f\\n\\r\\t\\"\\\\"', 'true', 'false', 'null', ' \t\n\r[1 , 2]\n',
    '{"a":[1,{"b":null}],"c":"ë"}',
    '', ' ', '01', '-', '1.', '.5', '1e', '+1', '0x10', 'NaN', 'Infinity', '[1,]', '[,1]', '{"a":1,}', '{,}', '{"a"}', '{"a":}', '{a:1}',
    "{'a':1}", '"\\x41"', '"\\u12"', '"\\u12G4"', '"tab\there"', '"line\nbreak"', '[1 2]', '{"a":1 "b":2}', '[true false]', 'tru', 'nul',
    '[1]]', '[[1]', '{"a":1}}', '"abc', '\ufeff{}', '\u00a0[]', '[1]x', '1 2',
  ];

  it('agrees with JSON.parse on every sample', () => {
    for (const text of samples) {
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      expect(scanJson(text, LIMITS).length === 0, JSON.stringify(text)).toBe(parses);
    }
  });

  it('agrees with JSON.parse on 5,000 one-character mutations of a document', () => {
    const doc = JSON.stringify({ a: [1, -2.5e3, true, null, { b: 'x\n"ë' }], c: { d: [] }, e: '\\u00e9' });
    const alphabet = '{}[]:,"\\ \n0123456789-+.eE abtrufnsl\u00e9';
    const random = prng(42);
    for (let i = 0; i < 5000; i++) {
      const at = Math.floor(random() * doc.length);
      const c = alphabet[Math.floor(random() * alphabet.length)]!;
      const kind = Math.floor(random() * 3);
      const text = kind === 0 ? doc.slice(0, at) + c + doc.slice(at + 1) : kind === 1 ? doc.slice(0, at) + c + doc.slice(at) : doc.slice(0, at) + doc.slice(at + 1);
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      // Duplicates and surrogates do not stop the scan here, so a syntax error after them is still seen.
      const problems = scanJson(text, { ...LIMITS, maxProblems: Infinity }).filter((p) => p.issue === 'syntax');
      expect(problems.length === 0, JSON.stringify(text)).toBe(parses);
    }
  });

  it('reports where the syntax breaks', () => {
    expect(scanJson('[1,,2]', LIMITS)[0]).toMatchObject({ issue: 'syntax', position: 3, path: [1] });
  });
});

describe('parseStrictJson', () => {
  it('parses only clean text', () => {
    expect(parseStrictJson('{"a":[1,"b"]}', LIMITS)).toEqual({ ok: true, value: { a: [1, 'b'] } });
    expect(parseStrictJson('{"a":1,"a":2}', LIMITS)).toMatchObject({ ok: false, problems: [{ issue: 'duplicate-key' }] });
  });
});
