// Prose helpers. Bilingual text is Albanian first (regular), then English
// (italic), the convention of the printed annexes; a missing language shows
// the caller's placeholder so a gap is visible on paper, never silently blank.
import type { Text } from '../../../shared/model/primitives';
import { BODY_SIZE, type Doc, type PdfLang, useFont } from './document';

const HEADING_SIZES = { 1: 16, 2: 13, 3: 11 } as const;
export type HeadingLevel = keyof typeof HEADING_SIZES;
export const PLACEHOLDER_COLOR = '#888888';

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const spaceLeft = (doc: Doc) => doc.page.height - doc.page.margins.bottom - doc.y;

// Where the last heading of each document starts, so a link target (a table
// of contents entry) can point at the heading rather than at its page's top.
const headingTops = new WeakMap<Doc, { page: PDFKit.PDFPage; y: number }>();

/** The top of the latest heading if it is on the current page, else null. */
export function lastHeadingTop(doc: Doc): number | null {
  const top = headingTops.get(doc);
  return top && top.page === doc.page ? top.y : null;
}

export function heading(doc: Doc, text: string, level: HeadingLevel = 1): void {
  const size = HEADING_SIZES[level];
  useFont(doc, 'bold', size);
  // Keep a heading with at least a few lines of what follows it.
  if (spaceLeft(doc) < doc.heightOfString(text, { width: contentWidth(doc) }) + 4 * BODY_SIZE * 1.4) doc.addPage();
  headingTops.set(doc, { page: doc.page, y: doc.y });
  doc.x = doc.page.margins.left;
  doc.fillColor('black').text(text, { width: contentWidth(doc), paragraphGap: size * 0.5 });
  useFont(doc, 'regular', BODY_SIZE);
}

/** Starts a new page unless `lines` body lines still fit, so a label is never left alone at the foot of a page. */
export function keepLines(doc: Doc, lines: number): void {
  if (spaceLeft(doc) < lines * BODY_SIZE * 1.4) doc.addPage();
}

/** Starts a new page unless `height` points still fit, so a heading stays with what follows it (on a fresh page it always stays). */
export function keepSpace(doc: Doc, height: number): void {
  if (spaceLeft(doc) < height && doc.y > doc.page.margins.top) doc.addPage();
}

/** The height heading() or paragraph() takes for `text` where the text would start now. */
export function textHeight(doc: Doc, text: string, kind: HeadingLevel | 'regular' | 'italic'): number {
  const size = typeof kind === 'number' ? HEADING_SIZES[kind] : BODY_SIZE;
  useFont(doc, typeof kind === 'number' ? 'bold' : kind, size);
  const h = doc.heightOfString(text, { width: contentWidth(doc) }) + size * (typeof kind === 'number' ? 0.5 : 0.6);
  useFont(doc, 'regular', BODY_SIZE);
  return h;
}

export function paragraph(doc: Doc, text: string, style: 'regular' | 'italic' = 'regular', color = 'black'): void {
  useFont(doc, style, BODY_SIZE);
  doc.x = doc.page.margins.left;
  doc.fillColor(color).text(text, { width: contentWidth(doc), paragraphGap: BODY_SIZE * 0.6 });
  doc.fillColor('black');
  useFont(doc, 'regular', BODY_SIZE);
}

/** One language of a bilingual text, or its placeholder (greyed) when empty. */
function side(doc: Doc, value: string, placeholder: string, style: 'regular' | 'italic') {
  if (value.trim()) paragraph(doc, value, style);
  else paragraph(doc, placeholder, style, PLACEHOLDER_COLOR);
}

export function bilingualParagraph(doc: Doc, text: Text, mode: PdfLang, placeholder: Text): void {
  if (mode === 'bilingual') {
    side(doc, text.sq, placeholder.sq, 'regular');
    side(doc, text.en, placeholder.en, 'italic');
  } else {
    side(doc, text[mode], placeholder[mode], 'regular');
  }
}

/** A bookmark to the current page; nest by passing the parent returned earlier. */
export function outline(doc: Doc, title: string, parent: PDFKit.PDFOutline = doc.outline, expanded = false): PDFKit.PDFOutline {
  return parent.addItem(title, { expanded });
}
