// Our own table renderer instead of doc.table(): it repeats the header row on
// every page, keeps a row on one page when it fits, and splits a row taller
// than a page at line boundaries (doc.table does none of this and is slower;
// design note bundles-and-pdf.md §5.3). A cell is measured and drawn from one
// layout of its text (lines.ts) at the exact width and font it is drawn
// with, so what is measured is what is printed. Tagged as a Table of TR rows: the
// header's TH cells (scope Column) once, its repeats on later pages as
// artifacts; each data cell a TD, each language of a bilingual cell marked
// as a Span with its Lang, a row split across pages still one TR; borders
// and fills are artifacts.
import type { Text } from '../../../shared/model/primitives';
import { BODY_SIZE, type Doc, type PdfLang, textBlockHeight, useFont } from './document';
import type { FontStyle } from './fonts';
import { drawText } from './lines';
import { artifact, childElement, closeElement, markInto, openElement, type SpanLang } from './tagging';
import { PLACEHOLDER_COLOR } from './text';
import { fitColumns } from './column-fit';

import type { Cell, Column } from '../print-content/table';

// The cells and columns are format-neutral (print-content/table.ts); the Word writer builds its tables from the same.
export type { CellPart } from '../print-content/decide';
export type { Cell, Column, DecidedCell } from '../print-content/table';
export interface TableOptions {
  columns: readonly Column[];
  rows: Iterable<readonly Cell[]>;
  mode: PdfLang;
  /** Shown for an empty value, e.g. { sq: '— mungon —', en: '— missing —' }. */
  placeholder: Text;
  fontSize?: number;
  padding?: number;
  zebra?: boolean;
}

interface Segment {
  text: string;
  style: FontStyle;
  color: string;
  /** One language of a bilingual cell. */
  lang?: SpanLang;
}
type CellSegs = readonly Segment[];

/** The structure elements of one row being drawn: its TR and one TH or TD per column. */
interface RowTags {
  row: PDFKit.PDFStructureElement;
  cells: PDFKit.PDFStructureElement[];
}

const SEG_GAP = 1.5; // between the Albanian and English parts of one cell
const HEADER_FILL = '#e4e4e4';
const ZEBRA_FILL = '#f3f3f3';
const BORDER = '#9a9a9a';

const isEmpty = (s: string | undefined | null) => !s || !s.trim();

function segmentsOf(cell: Cell, mode: PdfLang, ph: Text, header: boolean): CellSegs {
  const [roman, italic]: FontStyle[] = header ? ['bold', 'boldItalic'] : ['regular', 'italic'];
  const placeholder = (p: string, style: FontStyle): Segment => ({ text: p, style, color: PLACEHOLDER_COLOR });
  const both = mode === 'bilingual' ? `${ph.sq} / ${ph.en}` : ph[mode];
  if (cell && typeof cell === 'object' && 'parts' in cell) {
    return cell.parts.map((p, i) => ({ text: p.text, style: i === 0 ? roman : italic, color: p.placeholder ? PLACEHOLDER_COLOR : 'black' }));
  }
  if (cell === null || cell === undefined || typeof cell === 'string') {
    return isEmpty(cell) ? [placeholder(both, roman)] : [{ text: cell!, style: roman, color: 'black' }];
  }
  if (mode !== 'bilingual') {
    return isEmpty(cell[mode]) ? [placeholder(both, roman)] : [{ text: cell[mode], style: roman, color: 'black' }];
  }
  if (isEmpty(cell.sq) && isEmpty(cell.en)) return [placeholder(both, roman)];
  return [
    { ...(isEmpty(cell.sq) ? placeholder(ph.sq, roman) : { text: cell.sq, style: roman, color: 'black' }), lang: 'sq' },
    { ...(isEmpty(cell.en) ? placeholder(ph.en, italic) : { text: cell.en, style: italic, color: 'black' }), lang: 'en' },
  ];
}

class TableLayout {
  private readonly x: number[] = [];
  private readonly w: number[];
  private readonly headerSegs: CellSegs[];
  private readonly headerH: number;
  private y: number;
  private table: PDFKit.PDFStructureElement | null = null;
  private headerTagged = false;

  constructor(
    private readonly doc: Doc,
    private readonly o: Required<Omit<TableOptions, 'rows'>>,
    /** The rows, where a column must be sized to its cells (a `nowrap` column). */
    rows: readonly (readonly Cell[])[] = [],
  ) {
    const { margins, width } = doc.page;
    const usable = width - margins.left - margins.right;
    const total = o.columns.reduce((n, c) => n + c.width, 0);
    if (!(total > 0)) throw new Error('table columns need positive widths');
    this.headerSegs = o.columns.map((c) => segmentsOf(c.header, o.mode, o.placeholder, true));
    const widths = o.columns.map((c) => (c.width / total) * usable);
    this.w = fitColumns(
      widths,
      o.columns.map((c, i) => (c.nowrap ? this.naturalWidth(i, rows) : null)),
    );
    let x = margins.left;
    for (const w of this.w) this.x.push(x), (x += w);
    this.headerH = this.rowHeight(this.headerSegs);
    this.y = doc.y;
  }

  private get top() {
    return this.doc.page.margins.top;
  }
  private get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  private inner(col: number) {
    return this.w[col]! - 2 * this.o.padding;
  }

  /**
   * The width a `nowrap` column needs: each of its cells' lines whole, and its header's longest
   * word (a header may wrap between words, never inside one).
   */
  private naturalWidth(col: number, rows: readonly (readonly Cell[])[]): number {
    const { doc, o } = this;
    const widest = (segs: CellSegs, pieces: (text: string) => string[]) =>
      Math.max(0, ...segs.flatMap((seg) => (useFont(doc, seg.style, o.fontSize), pieces(seg.text).map((p) => doc.widthOfString(p)))));
    let need = widest(this.headerSegs[col]!, (t) => t.split(/\s+/));
    for (const row of rows) need = Math.max(need, widest(segmentsOf(row[col], o.mode, o.placeholder, false), (t) => t.split('\n')));
    // A hair of slack: pdfkit wraps when a line is not strictly narrower than its box.
    return need + 2 * o.padding + 0.5;
  }

  private measure(seg: Segment, width: number): number {
    useFont(this.doc, seg.style, this.o.fontSize);
    return textBlockHeight(this.doc, seg.text, { width });
  }

  private cellHeight(segs: CellSegs, col: number): number {
    const w = this.inner(col);
    const text = segs.reduce((n, s, i) => n + (i ? SEG_GAP : 0) + this.measure(s, w), 0);
    return text + 2 * this.o.padding;
  }

  private rowHeight(cells: readonly CellSegs[]): number {
    return Math.max(...cells.map((c, i) => this.cellHeight(c, i)));
  }

  /** The longest prefix of `seg` (whole lines) that fits in `avail`, and the rest. */
  private fitSegment(seg: Segment, width: number, avail: number): [string, string] | null {
    const fits = (s: string) => this.measure({ ...seg, text: s }, width) <= avail;
    const longest = (parts: string[]) => {
      // Greedy line wrapping is prefix-stable, so "fits" is monotonic in k.
      let lo = 0;
      let hi = parts.length;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (fits(parts.slice(0, mid).join('').trimEnd())) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    const words = seg.text.match(/\S+\s*|\s+/g) ?? [];
    const k = longest(words);
    if (k > 0) return [words.slice(0, k).join('').trimEnd(), words.slice(k).join('').trimStart()];
    // One word wider than several lines: break it between characters.
    const chars = Array.from(words[0] ?? '');
    const c = longest(chars);
    if (c === 0) return null;
    return [chars.slice(0, c).join(''), [...chars.slice(c), ...words.slice(1)].join('')];
  }

  private splitCell(segs: CellSegs, col: number, avail: number): { fit: Segment[]; rest: Segment[] } {
    const w = this.inner(col);
    const fit: Segment[] = [];
    const rest: Segment[] = [];
    let used = 0;
    for (const seg of segs) {
      if (rest.length) {
        rest.push(seg);
        continue;
      }
      const gap = fit.length ? SEG_GAP : 0;
      const h = this.measure(seg, w);
      if (used + gap + h <= avail) {
        fit.push(seg);
        used += gap + h;
        continue;
      }
      const parts = this.fitSegment(seg, w, avail - used - gap);
      if (parts) fit.push({ ...seg, text: parts[0] });
      rest.push(parts ? { ...seg, text: parts[1] } : seg);
    }
    return { fit, rest };
  }

  /** The TR of a row and its cells, in reading order. */
  private tagRow(cells: readonly CellSegs[], type: 'TH' | 'TD'): RowTags {
    const row = childElement(this.doc, 'TR', {}, this.table!);
    return { row, cells: cells.map(() => childElement(this.doc, type, type === 'TH' ? { scope: 'Column' } : {}, row)) };
  }

  /** Draws (part of) a row; untagged (`tags` null) it is a repeat, all artifact. */
  private draw(cells: readonly CellSegs[], height: number, fill: string | null, tags: RowTags | null) {
    if (tags) this.paint(cells, height, fill, tags);
    else artifact(this.doc, 'Pagination', () => this.paint(cells, height, fill, null));
  }

  private paint(cells: readonly CellSegs[], height: number, fill: string | null, tags: RowTags | null) {
    const { doc } = this;
    const total = this.w.reduce((a, b) => a + b, 0);
    const lines = () => {
      if (fill) doc.rect(this.x[0]!, this.y, total, height).fill(fill);
      doc.lineWidth(0.5).strokeColor(BORDER);
      this.w.forEach((w, i) => doc.rect(this.x[i]!, this.y, w, height).stroke());
    };
    if (tags) artifact(doc, 'Layout', lines);
    else lines();
    // The row was measured to fit; a zero bottom margin guarantees pdfkit
    // never starts a page of its own on a rounding difference.
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    cells.forEach((segs, i) => {
      let y = this.y + this.o.padding;
      for (const seg of segs) {
        const h = this.measure(seg, this.inner(i));
        const align = this.o.columns[i]!.align;
        const at = y;
        const text = () =>
          drawText(doc.fillColor(seg.color), seg.text, this.x[i]! + this.o.padding, at, align ? { width: this.inner(i), align } : { width: this.inner(i) });
        if (tags) markInto(doc, tags.cells[i]!, text, seg.lang);
        else text();
        y += h + SEG_GAP;
      }
    });
    doc.page.margins.bottom = saved;
    doc.fillColor('black');
    this.y += height;
  }

  /** The header row: tagged (TH) where it first appears, an artifact where it is repeated. */
  private drawHeader() {
    const tags = this.headerTagged ? null : this.tagRow(this.headerSegs, 'TH');
    this.headerTagged = true;
    this.draw(this.headerSegs, this.headerH, HEADER_FILL, tags);
    tags?.row.end();
  }

  private newPage() {
    this.doc.addPage();
    this.y = this.top;
    this.drawHeader();
  }

  /** The height the header and the first `n` rows take (rows kept whole): what must fit below a heading kept with the table. */
  leadHeight(rows: readonly (readonly Cell[])[], n: number): number {
    let h = this.headerH;
    for (const row of rows.slice(0, n)) h += Math.min(this.rowHeight(row.map((c) => segmentsOf(c, this.o.mode, this.o.placeholder, false))), this.bottom - this.top - this.headerH);
    return h;
  }

  render(rows: Iterable<readonly Cell[]>) {
    const table = (this.table = openElement(this.doc, 'Table'));
    this.renderRows(rows);
    closeElement(this.doc, table);
  }

  private renderRows(rows: Iterable<readonly Cell[]>) {
    const { o } = this;
    const oneLine = this.rowHeight(this.headerSegs.map(() => [{ text: 'X', style: 'regular', color: 'black' }]));
    if (this.y + this.headerH + oneLine > this.bottom) this.newPage();
    else this.drawHeader();
    const pageRoom = () => this.bottom - this.top - this.headerH;
    let index = 0;
    for (const row of rows) {
      if (row.length !== o.columns.length) throw new Error(`table row ${index} has ${row.length} cells, expected ${o.columns.length}`);
      const fill = o.zebra && index % 2 === 1 ? ZEBRA_FILL : null;
      let cells: CellSegs[] = row.map((c) => segmentsOf(c, o.mode, o.placeholder, false));
      const tags = this.tagRow(cells, 'TD');
      let h = this.rowHeight(cells);
      // Keep the row together when it fits on a fresh page.
      if (this.y + h > this.bottom && h <= pageRoom()) this.newPage();
      // Taller than a page: fill this page, continue the rest on the next.
      while (this.y + h > this.bottom) {
        const avail = this.bottom - this.y - 2 * o.padding;
        const parts = cells.map((c, i) => this.splitCell(c, i, avail));
        if (parts.every((p) => p.fit.length === 0)) {
          if (this.y <= this.top + this.headerH) throw new Error('table row cannot fit even one line on a page');
          this.newPage();
          continue;
        }
        this.draw(
          parts.map((p) => p.fit),
          this.bottom - this.y,
          fill,
          tags,
        );
        cells = parts.map((p) => p.rest);
        this.newPage();
        h = this.rowHeight(cells);
      }
      this.draw(cells, h, fill, tags);
      tags.row.end();
      index++;
    }
    this.doc.x = this.doc.page.margins.left;
    this.doc.y = this.y + o.fontSize;
    useFont(this.doc, 'regular');
  }
}

const layoutOptions = (opts: TableOptions): Required<Omit<TableOptions, 'rows'>> => {
  const { rows: _rows, ...rest } = opts;
  return { ...rest, fontSize: opts.fontSize ?? 8, padding: opts.padding ?? 3, zebra: opts.zebra ?? true };
};

/** The rows a layout must see before drawing: only where a column is sized to its cells (rows may be a one-pass iterable). */
const sizingRows = (opts: TableOptions, rows: Iterable<readonly Cell[]>): readonly (readonly Cell[])[] =>
  opts.columns.some((c) => c.nowrap) ? (rows as readonly (readonly Cell[])[]) : [];

/** How tall the table's header and first `n` rows are where it would start now (for keeping a heading with them). */
export function tableLeadHeight(doc: Doc, opts: TableOptions, n = 2): number {
  const rows = [...opts.rows];
  const h = new TableLayout(doc, layoutOptions(opts), sizingRows(opts, rows)).leadHeight(rows, n);
  useFont(doc, 'regular', BODY_SIZE);
  return h;
}

/** Draws a table from the current position; leaves doc.y below it. */
export function drawTable(doc: Doc, opts: TableOptions): void {
  const rows = opts.columns.some((c) => c.nowrap) ? [...opts.rows] : opts.rows;
  new TableLayout(doc, layoutOptions(opts), sizingRows(opts, rows)).render(rows);
  useFont(doc, 'regular', BODY_SIZE);
}
