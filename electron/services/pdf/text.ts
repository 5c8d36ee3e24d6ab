// Prose helpers. Bilingual text is Albanian first (regular), then English
// (italic), the convention of the printed annexes; a missing language shows
// the caller's placeholder so a gap is visible on paper, never silently blank.
// Each helper tags what it draws (tagging.ts): headings H1–H3, paragraphs P,
// lists L/LI, each language of a bilingual text with its Lang.
import type { Text } from '../../../shared/model/primitives';
import { BODY_SIZE, type Doc, type PdfLang, textBlockHeight, useFont } from './document';
import { drawText } from './lines';
import { artifact, type SpanLang, childElement, markInto, taggedLeaf, withElement } from './tagging';

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

/** What the structure tree says of a piece of text: its language, when it is one language of a bilingual print. */
export interface TagOptions {
  lang?: SpanLang;
}

export function heading(doc: Doc, text: string, level: HeadingLevel = 1, tag: TagOptions = {}): void {
  const size = HEADING_SIZES[level];
  useFont(doc, 'bold', size);
  // Keep a heading with at least a few lines of what follows it.
  if (spaceLeft(doc) < textBlockHeight(doc, text, { width: contentWidth(doc) }) + 4 * BODY_SIZE * 1.4) doc.addPage();
  headingTops.set(doc, { page: doc.page, y: doc.y });
  doc.x = doc.page.margins.left;
  doc.fillColor('black');
  taggedLeaf(doc, `H${level}`, tag, () => drawText(doc, text, undefined, undefined, { width: contentWidth(doc), paragraphGap: size * 0.5 }));
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
  const h = textBlockHeight(doc, text, { width: contentWidth(doc) }) + size * (typeof kind === 'number' ? 0.5 : 0.6);
  useFont(doc, 'regular', BODY_SIZE);
  return h;
}

export function paragraph(doc: Doc, text: string, style: 'regular' | 'italic' = 'regular', color = 'black', tag: TagOptions = {}): void {
  useFont(doc, style, BODY_SIZE);
  doc.x = doc.page.margins.left;
  doc.fillColor(color);
  taggedLeaf(doc, 'P', tag, () => drawText(doc, text, undefined, undefined, { width: contentWidth(doc), paragraphGap: BODY_SIZE * 0.6 }));
  doc.fillColor('black');
  useFont(doc, 'regular', BODY_SIZE);
}

/** One language of a bilingual text, or its placeholder (greyed) when empty. */
function side(doc: Doc, value: string, placeholder: string, style: 'regular' | 'italic', tag: TagOptions) {
  if (value.trim()) paragraph(doc, value, style, 'black', tag);
  else paragraph(doc, placeholder, style, PLACEHOLDER_COLOR, tag);
}

export function bilingualParagraph(doc: Doc, text: Text, mode: PdfLang, placeholder: Text): void {
  if (mode === 'bilingual') {
    side(doc, text.sq, placeholder.sq, 'regular', { lang: 'sq' });
    side(doc, text.en, placeholder.en, 'italic', { lang: 'en' });
  } else {
    side(doc, text[mode], placeholder[mode], 'regular', {});
  }
}

const BULLET = '•';
const BULLET_INDENT = 12;

/**
 * A bulleted list (L, each item an LI with its bullet as Lbl and its text as
 * LBody): one language, or Albanian then English (italic) under one bullet.
 * An empty item prints the placeholder, greyed.
 */
export function bulletList(doc: Doc, items: readonly (string | Text)[], mode: PdfLang, placeholder: Text): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc) - BULLET_INDENT;
  withElement(doc, 'L', {}, (list) => {
    for (const item of items) {
      const parts: { text: string; lang?: SpanLang; style: 'regular' | 'italic'; color: string }[] = [];
      const add = (value: string, ph: string, style: 'regular' | 'italic', lang?: SpanLang) =>
        parts.push(value.trim() ? { text: value, lang, style, color: 'black' } : { text: ph, lang, style, color: PLACEHOLDER_COLOR });
      if (typeof item === 'string') add(item, mode === 'bilingual' ? `${placeholder.sq} / ${placeholder.en}` : placeholder[mode], 'regular');
      else if (mode === 'bilingual') add(item.sq, placeholder.sq, 'regular', 'sq'), add(item.en, placeholder.en, 'italic', 'en');
      else add(item[mode], placeholder[mode], 'regular');
      useFont(doc, 'regular', BODY_SIZE);
      // The bullet and the item's first line stay on one page.
      keepLines(doc, 1);
      const li = childElement(doc, 'LI', {}, list);
      const label = childElement(doc, 'Lbl', {}, li);
      const top = doc.y;
      markInto(doc, label, () => doc.fillColor('black').text(BULLET, left, top, { lineBreak: false }));
      label.end();
      const body = childElement(doc, 'LBody', {}, li);
      doc.y = top;
      parts.forEach((p, i) => {
        useFont(doc, p.style, BODY_SIZE);
        doc.fillColor(p.color);
        const last = i === parts.length - 1;
        const draw = () => drawText(doc, p.text, left + BULLET_INDENT, doc.y, { width, paragraphGap: last ? BODY_SIZE * 0.4 : 0 });
        if (p.lang) taggedLeaf(doc, 'Span', { lang: p.lang }, draw, body);
        else markInto(doc, body, draw);
      });
      body.end();
      li.end();
      doc.fillColor('black');
    }
  });
  doc.x = left;
  useFont(doc, 'regular', BODY_SIZE);
}

/**
 * An image (an emblem, a chart) of `width` points at the current position,
 * as a Figure read out by its alternative text; `alt: null` marks a purely
 * decorative image as an artifact instead. Leaves doc.y below it.
 */
export function figure(doc: Doc, src: Buffer | string, opts: { width: number; alt: string | null; align?: 'left' | 'center' }): void {
  // Opened first for its size (pdfkit's types omit openImage); doc.image takes the opened image.
  const image = (doc as unknown as { openImage(src: Buffer | string): { width: number; height: number } }).openImage(src);
  const height = (image.height / image.width) * opts.width;
  if (spaceLeft(doc) < height) doc.addPage();
  const x = opts.align === 'center' ? (doc.page.width - opts.width) / 2 : doc.page.margins.left;
  const y = doc.y;
  const draw = () => doc.image(image as unknown as Buffer, x, y, { width: opts.width, height });
  if (opts.alt === null) artifact(doc, 'Layout', draw);
  else taggedLeaf(doc, 'Figure', { alt: opts.alt, bbox: [x, y, x + opts.width, y + height] }, draw);
  doc.x = doc.page.margins.left;
  doc.y = y + height + BODY_SIZE * 0.6;
}

/** A bookmark to the current page; nest by passing the parent returned earlier. */
export function outline(doc: Doc, title: string, parent: PDFKit.PDFOutline = doc.outline, expanded = false): PDFKit.PDFOutline {
  return parent.addItem(title, { expanded });
}
