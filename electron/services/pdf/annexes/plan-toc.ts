// The table of contents of the consolidated plan. Its page numbers exist only
// once the body is laid out, so it is done in two steps: layoutToc measures
// the entries (known from the data) and says how many pages to reserve after
// the cover; drawToc comes back to those pages at the end and writes the
// entries where layoutToc placed them, with dotted leaders, the printed page
// numbers and a link to each heading. Every line is broken here, not by
// pdfkit, so what was measured is exactly what is drawn and nothing can spill
// onto an extra page. Tagged as a heading and a TOC of TOCI entries, each a
// Link (title and page number, with its link annotation); their place in the
// reading order (after the cover) is taken when the pages are reserved.
import { BODY_SIZE, type Doc, MARGIN, useFont } from '../document';
import type { FontStyle } from '../fonts';
import { artifact, childElement, markInto } from '../tagging';

export interface TocEntry {
  title: string;
  /** 0: a part of the plan (introduction, annex); 1: a component; 2: a commitment. */
  level: 0 | 1 | 2;
}

export interface TocTarget {
  dest: string;
  /** The number printed in the footer of the page ("Faqe X nga Y"). */
  page: number;
}

interface Placed {
  /** Offset from the first page of the table of contents. */
  page: number;
  y: number;
  lines: string[];
}

export interface TocLayout {
  pages: number;
  titleHeight: number;
  placed: Placed[];
  /** The title's H1 and the TOC, placed in the structure tree by layoutToc, filled by drawToc. */
  tags: { title: PDFKit.PDFStructureElement; toc: PDFKit.PDFStructureElement };
}

const TITLE_SIZE = 16;
const NUMBER_WIDTH = 32;
const LEADER_GAP = 4;
const DOT_PITCH = 4;
const STYLE: Record<TocEntry['level'], { font: FontStyle; size: number; indent: number; before: number }> = {
  0: { font: 'bold', size: 11, indent: 0, before: 8 },
  1: { font: 'regular', size: BODY_SIZE, indent: 16, before: 3 },
  2: { font: 'regular', size: BODY_SIZE - 0.5, indent: 32, before: 1.5 },
};

const contentWidth = (doc: Doc) => doc.page.width - MARGIN * 2;
const titleWidth = (doc: Doc, level: TocEntry['level']) => contentWidth(doc) - STYLE[level].indent - NUMBER_WIDTH - LEADER_GAP * 2;

function lineHeight(doc: Doc, level: TocEntry['level']): number {
  useFont(doc, STYLE[level].font, STYLE[level].size);
  return doc.currentLineHeight(true);
}

/** Greedy breaking at spaces (a word wider than the line is cut by characters), in the current font. */
export function breakLines(doc: Doc, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    let rest = word;
    // A single word wider than the line: cut it where it stops fitting.
    while (doc.widthOfString(rest) > width && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && doc.widthOfString(rest.slice(0, cut)) > width) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (doc.widthOfString(candidate) <= width) line = candidate;
    else {
      if (line) lines.push(line);
      push(word);
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** Places the title and every entry on portrait pages; the current page gives the geometry. */
export function layoutToc(doc: Doc, title: string, entries: readonly TocEntry[]): TocLayout {
  const bottom = doc.page.height - MARGIN;
  useFont(doc, 'bold', TITLE_SIZE);
  const titleHeight = doc.heightOfString(title, { width: contentWidth(doc) }) + TITLE_SIZE * 0.8;
  let page = 0;
  let y = MARGIN + titleHeight;
  const placed = entries.map((e): Placed => {
    const lh = lineHeight(doc, e.level);
    const lines = breakLines(doc, e.title, titleWidth(doc, e.level));
    const height = lines.length * lh;
    const top = y === MARGIN ? y : y + STYLE[e.level].before;
    if (top + height > bottom) {
      page++;
      y = MARGIN;
    } else y = top;
    const at = { page, y, lines };
    y += height;
    return at;
  });
  useFont(doc, 'regular', BODY_SIZE);
  const tags = { title: childElement(doc, 'H1'), toc: childElement(doc, 'TOC') };
  return { pages: page + 1, titleHeight, placed, tags };
}

function leader(doc: Doc, from: number, to: number, y: number): void {
  // Dots on a fixed grid, so the leaders of all entries line up in columns.
  const start = Math.ceil(from / DOT_PITCH) * DOT_PITCH;
  if (to - start < DOT_PITCH) return;
  artifact(doc, 'Layout', () => {
    doc.save().lineWidth(1).lineCap('round').dash(0.01, { space: DOT_PITCH - 0.01 }).strokeColor('#777777');
    doc.moveTo(start, y).lineTo(to, y).stroke();
    doc.undash().restore();
  });
}

/** Writes the table of contents on the reserved pages, starting at buffered page `first`. */
export function drawToc(doc: Doc, first: number, title: string, entries: readonly TocEntry[], layout: TocLayout, targets: readonly TocTarget[]): void {
  const margins = new Map<number, number>();
  const pageAt = (offset: number) => {
    doc.switchToPage(first + offset);
    // Placed to fit: with no bottom margin pdfkit has no reason to add a page.
    if (!margins.has(offset)) margins.set(offset, doc.page.margins.bottom);
    doc.page.margins.bottom = 0;
  };
  pageAt(0);
  useFont(doc, 'bold', TITLE_SIZE).fillColor('black');
  markInto(doc, layout.tags.title, () => doc.text(title, MARGIN, MARGIN, { width: contentWidth(doc) }));
  layout.tags.title.end();
  let current = 0;
  entries.forEach((e, n) => {
    const at = layout.placed[n]!;
    const target = targets[n]!;
    if (at.page !== current) pageAt((current = at.page));
    const style = STYLE[e.level];
    const lh = lineHeight(doc, e.level);
    const x = MARGIN + style.indent;
    const numberX = doc.page.width - MARGIN - NUMBER_WIDTH;
    const item = childElement(doc, 'TOCI', {}, layout.tags.toc);
    const link = childElement(doc, 'Link', {}, item);
    markInto(doc, link, () => at.lines.forEach((line, i) => doc.text(line, x, at.y + i * lh, { lineBreak: false })));
    const lastY = at.y + (at.lines.length - 1) * lh;
    const number = String(target.page);
    const numberLeft = doc.page.width - MARGIN - doc.widthOfString(number);
    markInto(doc, link, () => doc.text(number, numberX, lastY, { width: NUMBER_WIDTH, align: 'right', lineBreak: false }));
    const lastWidth = doc.widthOfString(at.lines[at.lines.length - 1]!);
    leader(doc, x + lastWidth + LEADER_GAP, numberLeft - LEADER_GAP, lastY + lh * 0.72);
    // The whole entry, title lines and number, is the link; its Contents is what a reader announces.
    const linkOptions = { structParent: link, Contents: new String(`${e.title} ${number}`) };
    doc.goTo(x, at.y, doc.page.width - MARGIN - x, at.lines.length * lh, target.dest, linkOptions as unknown as PDFKit.Mixins.AnnotationOption);
    // Ended here, on its page: the annotation's reference names the current page.
    item.end();
  });
  layout.tags.toc.end();
  for (const [offset, bottom] of margins) {
    doc.switchToPage(first + offset);
    doc.page.margins.bottom = bottom;
  }
  useFont(doc, 'regular', BODY_SIZE);
}
