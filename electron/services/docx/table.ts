// A print-content table as a Word table (w:tbl): the header row repeated on
// every page (w:tblHeader), each row kept on one page where it fits, columns
// in the proportions the PDF uses (a column that must not wrap widened as the
// PDF widens it, by pdf/column-fit.ts), each cell's languages as paragraphs.
import type { PrintMode } from '../../../shared/model/print';
import type { Text } from '../../../shared/model/primitives';
import type { EditionLang } from '../print-content/labels';
import { headingLines } from '../print-content/decide';
import { decidedCell, type TableSpec } from '../print-content/table';
import { fitColumns } from '../pdf/column-fit';
import { type Align, lineRuns, paragraph, partsParagraphs } from './text';

const HEADER_FILL = 'E8ECF1';
const BORDER = '<w:top w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:left w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:right w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="999999"/>';
const CELL_MARGIN = '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>';

const asText = (h: string | Text): Text => (typeof h === 'string' ? { sq: h, en: h } : h);

// Word lays out the text itself; the width a line needs is estimated from its length: a generous
// average character of the body's 10 pt (numbers and codes are what nowrap columns hold), and the
// cell's left and right margins.
const CHAR_WIDTH = 0.6 * 10 * 20;
const CELL_PADDING = 2 * 80;
const lineNeed = (text: string) => Math.ceil(text.length * CHAR_WIDTH) + CELL_PADDING;

/**
 * The width a `nowrap` column needs, as the PDF sizes one: each of its cells' lines whole, and its
 * header's longest word (a header may wrap between words, never inside one).
 */
function naturalWidth(cells: readonly (readonly string[])[], header: readonly string[]): number {
  const words = header.flatMap((line) => line.split(/\s+/));
  return Math.max(0, ...cells.flat().map(lineNeed), ...words.map(lineNeed));
}

/** `width` is the usable width of the page, in twentieths of a point. */
export function wordTable(spec: TableSpec, lang: EditionLang, mode: PrintMode, width: number): string {
  const sum = spec.columns.reduce((n, c) => n + c.width, 0) || 1;
  const decided = spec.rows.map((row) => row.map((value) => decidedCell(value, lang, mode).parts));
  const declared = spec.columns.map((c) => (c.width / sum) * width);
  // Numbers never break inside a line ("5,00" as "5,0" over "0"): such a column is widened to its widest cell, paid for by the columns that wrap.
  const need = spec.columns.map((c, i) => (c.nowrap ? naturalWidth(decided.map((row) => (row[i] ?? []).map((p) => p.text)), headingLines(asText(c.header), lang)) : null));
  const widths = fitColumns(declared, need).map((w) => Math.floor(w));
  const total = widths.reduce((a, b) => a + b, 0);
  const align = (i: number): Align => spec.columns[i]!.align ?? 'left';
  const cell = (content: string, i: number, fill?: string) =>
    `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/>${fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>` : ''}</w:tcPr>${content || paragraph('')}</w:tc>`;
  const header = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${spec.columns
    .map((c, i) => cell(paragraph(lineRuns(asText(c.header), lang, { bold: true, size: 9 }), { align: align(i) }), i, HEADER_FILL))
    .join('')}</w:tr>`;
  const rows = decided.map((row) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${row.map((parts, i) => cell(partsParagraphs(parts, align(i)), i)).join('')}</w:tr>`).join('');
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblBorders>${BORDER}</w:tblBorders><w:tblLayout w:type="fixed"/>${CELL_MARGIN}<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${header}${rows}</w:tbl>`;
}
