// What a field prints, decided in one place for every annex: its text, a
// "missing translation" placeholder where only the other language has text,
// or — for a field nobody filled in — nothing in a final print and a greyed
// "pa plotësuar" in a draft, so a draft shows the gaps and a signed plan
// carries no trace of them.
import type { PrintMode } from '../../../../shared/model/print';
import type { Text } from '../../../../shared/model/primitives';
import { type Doc, type PdfLang, printLabel } from '../document';
import { type Cell, type CellPart, type Column, type DecidedCell, drawTable, tableLeadHeight } from '../table';
import { heading, type HeadingLevel, keepSpace, paragraph, PLACEHOLDER_COLOR, textHeight } from '../text';

/** The English side of a bilingual text: italic and a shade lighter, on its own line under the Albanian. */
export const ENGLISH_COLOR = '#3a3a3a';

export type Filled = readonly CellPart[];

const has = (s: string | null | undefined): s is string => !!s && s.trim() !== '';
const part = (lang: 'sq' | 'en', text: string, placeholder = false): CellPart => ({ lang, text, placeholder });

/** What an empty field prints: null (leave it out) in a final print, "pa plotësuar" in a draft. */
function empty(lang: PdfLang, mode: PrintMode): Filled | null {
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
export function decide(value: Text | string | null | undefined, lang: PdfLang, mode: PrintMode): Filled | null {
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

/** A table cell decided as above (an empty one in a final print is a blank cell). */
export const decidedCell = (value: Cell, lang: PdfLang, mode: PrintMode): DecidedCell => {
  if (value && typeof value === 'object' && 'parts' in value) return value;
  return { parts: decide(value as Text | string | null | undefined, lang, mode) ?? [] };
};

/** Prints decided parts as paragraphs: Albanian regular, English in italic under it, placeholders greyed. */
export function printParts(doc: Doc, parts: Filled): void {
  parts.forEach((p, i) => {
    const color = p.placeholder ? PLACEHOLDER_COLOR : i > 0 ? ENGLISH_COLOR : 'black';
    // Two languages: each part says its own; one alone is in the document's language.
    paragraph(doc, p.text, i > 0 ? 'italic' : 'regular', color, parts.length > 1 ? { lang: p.lang } : {});
  });
}

/** The lines of a bilingual heading: one, or Albanian then English (the missing side's placeholder in its place). */
export function headingLines(text: Text, lang: PdfLang): string[] {
  const missing = printLabel('print.missingTranslation');
  const side = (l: 'sq' | 'en') => (has(text[l]) ? text[l] : missing[l]);
  if (lang !== 'bilingual') return [side(lang)];
  return side('sq') === side('en') ? [side('sq')] : [side('sq'), side('en')];
}

/**
 * A heading in the edition's language(s): the Albanian as the heading, the
 * English in italic under it (never "Albanian / English" on one line, which
 * reads like a slash inside the title). It stays on one page with `follow`
 * points of what comes next (the first rows of a table, the first lines of
 * a text), so a heading is never the last thing on a page.
 */
export function bilingualHeading(doc: Doc, text: Text, lang: PdfLang, level: HeadingLevel, follow: number): void {
  const [first, second] = headingLines(text, lang);
  keepSpace(doc, headingHeight(doc, text, lang, level) + follow);
  // Each line tagged in its language: a screen reader switches voice for the English.
  heading(doc, first!, level, lang === 'bilingual' ? { lang: 'sq' } : {});
  if (second) paragraph(doc, second, 'italic', ENGLISH_COLOR, { lang: 'en' });
}

/** The height bilingualHeading takes for `text`. */
export function headingHeight(doc: Doc, text: Text, lang: PdfLang, level: HeadingLevel): number {
  const [first, second] = headingLines(text, lang);
  return textHeight(doc, first!, level) + (second ? textHeight(doc, second, 'italic') : 0);
}

/** Two body lines: what a heading keeps with it when it is followed by prose. */
export const TWO_LINES = 2 * 10 * 1.4;

export interface AnnexTableOptions {
  columns: readonly Column[];
  rows: readonly (readonly Cell[])[];
  lang: PdfLang;
  mode: PrintMode;
  fontSize?: number;
  zebra?: boolean;
}

function tableOptions(o: AnnexTableOptions) {
  return {
    columns: o.columns,
    rows: o.rows.map((row) => row.map((c) => decidedCell(c, o.lang, o.mode))),
    mode: o.lang,
    placeholder: printLabel('print.missingTranslation'),
    ...(o.fontSize ? { fontSize: o.fontSize } : {}),
    ...(o.zebra !== undefined ? { zebra: o.zebra } : {}),
  };
}

/** A table whose every cell is decided as above. */
export function annexTable(doc: Doc, o: AnnexTableOptions): void {
  drawTable(doc, tableOptions(o));
}

/** The height of the table's header and first two rows: what a heading above it is kept with. */
export const annexTableLead = (doc: Doc, o: AnnexTableOptions): number => tableLeadHeight(doc, tableOptions(o), 2);

export interface HeadedTableExtras {
  /** A sentence between the heading and the table, kept with both. */
  intro?: Filled;
  /** Called right after the heading (a bookmark to it). */
  afterHeading?: () => void;
}

/** A heading kept on one page with the header and the first rows of the table under it (and the sentence between, if any). */
export function headedTable(doc: Doc, title: Text, level: HeadingLevel, o: AnnexTableOptions, extras: HeadedTableExtras = {}): void {
  const opts = tableOptions(o);
  const between = (extras.intro ?? []).reduce((h, p, i) => h + textHeight(doc, p.text, i > 0 ? 'italic' : 'regular'), 0);
  bilingualHeading(doc, title, o.lang, level, between + tableLeadHeight(doc, opts, 2));
  extras.afterHeading?.();
  if (extras.intro) printParts(doc, extras.intro);
  drawTable(doc, opts);
}
