// How the annexes lay out what print-content decided (decide.ts: a field's
// text, its placeholder or nothing): bilingual headings kept with what
// follows, decided parts as paragraphs, tables of decided cells.
import type { PrintMode } from '../../../../shared/model/print';
import type { Text } from '../../../../shared/model/primitives';
import { type Filled, headingLines } from '../../print-content/decide';
import { decidedCell } from '../../print-content/table';
import { type Doc, type PdfLang, printLabel } from '../document';
import { type Cell, type Column, drawTable, tableLeadHeight } from '../table';
import { heading, type HeadingLevel, keepSpace, paragraph, PLACEHOLDER_COLOR, textHeight } from '../text';

/** The English side of a bilingual text: italic and a shade lighter, on its own line under the Albanian. */
export const ENGLISH_COLOR = '#3a3a3a';

export { decide, type Filled, headingLines } from '../../print-content/decide';

/** Prints decided parts as paragraphs: Albanian regular, English in italic under it, placeholders greyed. */
export function printParts(doc: Doc, parts: Filled): void {
  parts.forEach((p, i) => {
    const color = p.placeholder ? PLACEHOLDER_COLOR : i > 0 ? ENGLISH_COLOR : 'black';
    // Two languages: each part says its own; one alone is in the document's language.
    paragraph(doc, p.text, i > 0 ? 'italic' : 'regular', color, parts.length > 1 ? { lang: p.lang } : {});
  });
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
