// A print-content table as a Word table: the header row repeated on every
// page (w:tblHeader), each row kept on one page where it fits, columns in the
// proportions the PDF uses, each cell's languages as paragraphs.
import { AlignmentType, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { PrintMode } from '../../../shared/model/print';
import type { Text } from '../../../shared/model/primitives';
import type { EditionLang } from '../print-content/labels';
import { decidedCell, type TableSpec } from '../print-content/table';
import { lineRuns, partsParagraphs } from './text';

const HEADER_FILL = 'E8ECF1';
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

const asText = (h: string | Text): Text => (typeof h === 'string' ? { sq: h, en: h } : h);

/** `width` is the usable width of the page, in twentieths of a point. */
export function wordTable(spec: TableSpec, lang: EditionLang, mode: PrintMode, width: number): Table {
  const sum = spec.columns.reduce((n, c) => n + c.width, 0) || 1;
  const widths = spec.columns.map((c) => Math.floor((c.width / sum) * width));
  const cell = (children: Paragraph[], i: number, fill?: string) =>
    new TableCell({ children: children.length ? children : [new Paragraph({})], width: { size: widths[i]!, type: WidthType.DXA }, ...(fill ? { shading: { fill } } : {}) });
  const align = (i: number) => ALIGN[spec.columns[i]!.align ?? 'left'];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: spec.columns.map((c, i) => cell([new Paragraph({ alignment: align(i), children: lineRuns(asText(c.header), lang, { bold: true, size: 9 }) })], i, HEADER_FILL)),
  });
  const rows = spec.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((value, i) => {
          return cell(partsParagraphs(decidedCell(value, lang, mode).parts, align(i)), i);
        }),
      }),
  );
  return new Table({ rows: [header, ...rows], width: { size: width, type: WidthType.DXA }, columnWidths: widths });
}
