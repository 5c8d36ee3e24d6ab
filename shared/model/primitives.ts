// Building blocks every schema uses. The limits and character rules live here
// once, so the UI, the IPC/HTTP boundary, the CLI and bundle import all refuse
// the same bad input with the same message code.
import { z } from 'zod';
import { stripInvisible } from './invisible';

export const LANGS = ['sq', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const Lang = z.enum(LANGS);

/** Longest prose field (a pasted chapter is refused, not truncated). */
export const MAX_TEXT = 10_000;
/** Titles, names and other one-line fields. */
export const MAX_LINE = 500;

// C0 controls other than tab/newline/carriage return, DEL, C1 controls, and
// the bidi overrides that can disguise text (U+202A–E, U+2066–9).
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/**
 * Free text: NFC-normalised (so "ë" is one code point everywhere), bounded, no
 * control characters. A one-line text (a title, a name) also loses every
 * invisible character (invisible.ts): stripped rather than refused, because
 * they arrive unseen with pasted text, and a refusal would name a character
 * the person cannot find. Long texts keep them (the diff marks them).
 */
export const cleanString = (max: number, options: { oneLine?: boolean } = {}) => {
  const checked = z
    .string()
    .max(max, { message: 'too-long' })
    .refine((s) => !FORBIDDEN_CHARS.test(s), { message: 'control-characters' });
  return (options.oneLine ? checked.overwrite(stripInvisible) : checked).normalize('NFC');
};

export const LineString = cleanString(MAX_LINE, { oneLine: true });
export const LongString = cleanString(MAX_TEXT);

/** A bilingual text; either side may be empty while drafting. */
export const Text = z.strictObject({ sq: LongString, en: LongString });
export type Text = z.infer<typeof Text>;
export const Line = z.strictObject({ sq: LineString, en: LineString });

/** A change to one or both languages of a bilingual field. */
export const TextPatch = z.strictObject({ sq: LongString.optional(), en: LongString.optional() });
export const LinePatch = z.strictObject({ sq: LineString.optional(), en: LineString.optional() });

export const emptyText = (): Text => ({ sq: '', en: '' });

export const Id = z.uuid();
/** Reference-data identifiers (cycles, components, institutions) are readable slugs. */
export const Slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, { message: 'bad-slug' });
export const InstitutionCode = z.string().regex(/^[A-Z][A-Z0-9-]{1,15}$/, { message: 'bad-code' });
export const ComponentCode = Slug;

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}
/** A calendar date, YYYY-MM-DD, that exists. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'bad-date' })
  .refine(isRealDate, { message: 'bad-date' });
export const Timestamp = z.iso.datetime({ offset: true });

export const Year = z.int().min(1990).max(2100);
export const Money = z.number().finite().min(0, { message: 'negative' }).max(1e15);
export const Email = z.union([z.literal(''), z.email({ message: 'bad-email' }).max(254)]);
export const Phone = z.string().max(40).regex(/^[0-9+()./\s-]*$/, { message: 'bad-phone' });
export const Percent = z.int().min(0).max(100);

/** Measured values may be numbers ("55") or short qualitative statements ("law adopted"). */
export const MeasureValue = z.union([z.number().finite(), LineString]).nullable();
