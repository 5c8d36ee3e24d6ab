// Characters a reader cannot see. Two titles that differ only by one of them
// look identical on screen, in print and in the bundle diff, so one-line texts
// lose them at the schema (primitives.ts) and the diff shows each one that a
// longer text may still hold as a visible mark. One list, used by both.
//
// Unicode's format characters (category Cf: zero-width space, joiners,
// direction marks, soft hyphen, word joiner, invisible operators, the BOM,
// tag characters…), the line and paragraph separators, and the Hangul
// fillers, letters that draw nothing and serve mainly to look like a blank.
const INVISIBLE_SOURCE = '[\\p{Cf}\\u2028\\u2029\\u115F\\u1160\\u3164\\uFFA0]';
const INVISIBLE_ONE = new RegExp(`^${INVISIBLE_SOURCE}$`, 'u');
const INVISIBLE_ALL = new RegExp(INVISIBLE_SOURCE, 'gu');
const INVISIBLE_SPLIT = new RegExp(`(${INVISIBLE_SOURCE})`, 'u');

/** Short names people may know them by; the others are shown by their code point alone. */
const ABBREVIATIONS: Readonly<Record<number, string>> = {
  0x00ad: 'SHY',
  0x061c: 'ALM',
  0x180e: 'MVS',
  0x200b: 'ZWSP',
  0x200c: 'ZWNJ',
  0x200d: 'ZWJ',
  0x200e: 'LRM',
  0x200f: 'RLM',
  0x2028: 'LSEP',
  0x2029: 'PSEP',
  0x202a: 'LRE',
  0x202b: 'RLE',
  0x202c: 'PDF',
  0x202d: 'LRO',
  0x202e: 'RLO',
  0x2060: 'WJ',
  0x2066: 'LRI',
  0x2067: 'RLI',
  0x2068: 'FSI',
  0x2069: 'PDI',
  0xfeff: 'ZWNBSP',
};

/** One character (a code point, possibly astral), tested whole. */
export const isInvisibleChar = (ch: string): boolean => INVISIBLE_ONE.test(ch);

export const hasInvisible = (s: string): boolean => s.search(INVISIBLE_ALL) !== -1;

/** What one-line texts keep: everything but the invisible characters (a title pasted from Word still saves). */
export const stripInvisible = (s: string): string => (hasInvisible(s) ? s.replace(INVISIBLE_ALL, '') : s);

/** "U+200B", "U+E0041". */
export const codePointLabel = (ch: string): string => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export type TextSegment = { kind: 'text'; text: string } | { kind: 'invisible'; char: string; codePoint: string; abbr: string | null };

/** The text cut into visible runs and single invisible characters, in order; joined back it is the text. */
export function splitInvisible(s: string): TextSegment[] {
  if (!hasInvisible(s)) return s === '' ? [] : [{ kind: 'text', text: s }];
  const out: TextSegment[] = [];
  // A capturing split keeps the separators at the odd positions.
  s.split(INVISIBLE_SPLIT).forEach((part, i) => {
    if (i % 2 === 1) out.push({ kind: 'invisible', char: part, codePoint: codePointLabel(part), abbr: ABBREVIATIONS[part.codePointAt(0)!] ?? null });
    else if (part !== '') out.push({ kind: 'text', text: part });
  });
  return out;
}
