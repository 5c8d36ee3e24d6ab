// What a field prints, decided in one place for every annex and every format:
// its text, a "missing translation" placeholder where only the other
// language has text, or — for a field nobody filled in — nothing in a final
// print and a greyed "pa plotësuar" in a draft, so a draft shows the gaps and
// a signed plan carries no trace of them.
import type { PrintMode } from '../../../shared/model/print';
import type { Text } from '../../../shared/model/primitives';
import { type EditionLang, printLabel } from './labels';

/** One language's part of a printed value: a placeholder prints greyed. */
export interface CellPart {
  lang: 'sq' | 'en';
  text: string;
  placeholder: boolean;
}

export type Filled = readonly CellPart[];

const has = (s: string | null | undefined): s is string => !!s && s.trim() !== '';
const part = (lang: 'sq' | 'en', text: string, placeholder = false): CellPart => ({ lang, text, placeholder });

/** What an empty field prints: null (leave it out) in a final print, "pa plotësuar" in a draft. */
function empty(lang: EditionLang, mode: PrintMode): Filled | null {
  if (mode === 'final') return null;
  const label = printLabel('print.notFilled');
  return lang === 'bilingual' ? [part('sq', label.sq, true), part('en', label.en, true)] : [part(lang, label[lang], true)];
}

/**
 * The parts a value prints as in an edition, Albanian first. A plain string
 * (a date, a number, a name) reads the same in both languages and prints
 * once; so does a text whose two sides are equal. A side is a placeholder
 * only where the other language has text.
 */
export function decide(value: Text | string | null | undefined, lang: EditionLang, mode: PrintMode): Filled | null {
  const missing = printLabel('print.missingTranslation');
  if (value === null || value === undefined || typeof value === 'string') {
    return has(value) ? [part(lang === 'en' ? 'en' : 'sq', value)] : empty(lang, mode);
  }
  const sq = has(value.sq);
  const en = has(value.en);
  if (!sq && !en) return empty(lang, mode);
  if (lang !== 'bilingual') return has(value[lang]) ? [part(lang, value[lang])] : [part(lang, missing[lang], true)];
  if (sq && en && value.sq === value.en) return [part('sq', value.sq)];
  return [sq ? part('sq', value.sq) : part('sq', missing.sq, true), en ? part('en', value.en) : part('en', missing.en, true)];
}

/** The lines of a bilingual heading: one, or Albanian then English (the missing side's placeholder in its place). */
export function headingLines(text: Text, lang: EditionLang): string[] {
  const missing = printLabel('print.missingTranslation');
  const side = (l: 'sq' | 'en') => (has(text[l]) ? text[l] : missing[l]);
  if (lang !== 'bilingual') return [side(lang)];
  return side('sq') === side('en') ? [side('sq')] : [side('sq'), side('en')];
}

/** The language of each line headingLines gives: Albanian first, except in the English edition. */
export const headingLineLang = (lang: EditionLang, index: number): 'sq' | 'en' => (lang === 'en' || index > 0 ? 'en' : 'sq');

/**
 * Between the two languages where they must share one line (a bookmark, an
 * entry of the contents, a short label): a bar, since a slash is common inside
 * titles ("Qeverisja Dixhitale / Shërbimet Publike"). On the page, headings
 * and texts put the English on a line of its own instead.
 */
export const LANG_SEPARATOR = ' | ';

/** One line for an outline entry, a contents entry or a label: one language, or Albanian | English. */
export function oneLine(text: Text, lang: EditionLang, placeholder: Text): string {
  const side = (l: 'sq' | 'en') => (text[l].trim() ? text[l] : placeholder[l]);
  return lang === 'bilingual' ? (side('sq') === side('en') ? side('sq') : `${side('sq')}${LANG_SEPARATOR}${side('en')}`) : side(lang);
}
