// A pdfkit document set up the way every Plani annex needs it: A4, embedded
// Noto Sans (see fonts.ts), metadata, buffered pages for "Page X of Y", and
// byte-for-byte reproducible output (same data → same file, so a re-print of
// unchanged data can be recognised by its hash).
import type { TFunction } from 'i18next';
import PDFDocument from 'pdfkit';
import { formatDate } from '../../../shared/format/dates';
import { createI18n } from '../../../shared/i18n';
import type { Lang, Text } from '../../../shared/model/primitives';
import { type FontPaths, type FontStyle, parsedFont, resolveFonts, startDocumentFonts } from './fonts';

export type PdfLang = 'sq' | 'en' | 'bilingual';
export type Doc = PDFKit.PDFDocument;

export interface DocumentOptions {
  title: string;
  author: string;
  subject: string;
  keywords?: string;
  lang: PdfLang;
  /** ISO date (or date-time) of the data printed; becomes CreationDate/ModDate. */
  dataDate: string;
  layout?: 'portrait' | 'landscape';
  /** Folder holding the Noto Sans TTFs; default: see resolveFonts. */
  fontDir?: string;
}

export const MARGIN = 50;
export const BODY_SIZE = 10;
export const RUNNING_SIZE = 8;
const RUNNING_COLOR = '#555555';

// What the helpers need to know about a document pdfkit does not keep.
interface DocState {
  fonts: FontPaths;
  lang: PdfLang;
  dataDate: string;
}
const state = new WeakMap<Doc, DocState>();

function stateOf(doc: Doc): DocState {
  const s = state.get(doc);
  if (!s) throw new Error('not a document made by createDocument');
  return s;
}

/**
 * Selects one of the four embedded styles: the process-wide parse of its file
 * (see parsedFont), named by its PostScript name. That is the name pdfkit
 * files a font under when it first embeds it (the constructor's default font
 * included), so every later selection is a cache hit; under any other name
 * pdfkit would re-open the font and compare name tables on every call.
 */
export function useFont(doc: Doc, style: FontStyle, size?: number): Doc {
  const font = parsedFont(stateOf(doc).fonts[style]);
  doc.font(font as unknown as PDFKit.Mixins.PDFFontSource, font.postscriptName);
  if (size !== undefined) doc.fontSize(size);
  return doc;
}

export const docLang = (doc: Doc): PdfLang => stateOf(doc).lang;

function parseDataDate(iso: string): Date {
  // A bare YYYY-MM-DD parses as UTC midnight, so the result never depends on
  // the machine's time zone.
  const d = new Date(iso);
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso) || Number.isNaN(d.getTime())) throw new Error(`bad dataDate: ${iso}`);
  return d;
}

export function createDocument(opts: DocumentOptions): Doc {
  const fonts = resolveFonts(opts.fontDir);
  startDocumentFonts(fonts);
  const date = parseDataDate(opts.dataDate);
  const doc = new PDFDocument({
    size: 'A4',
    layout: opts.layout ?? 'portrait',
    margin: MARGIN,
    // Without `font`, pdfkit's constructor loads Helvetica as the default.
    font: parsedFont(fonts.regular) as unknown as string,
    bufferPages: true,
    compress: true,
    lang: opts.lang === 'en' ? 'en' : 'sq-AL',
    displayTitle: true,
    // pdfkit's only sources of variation are CreationDate (default: now) and
    // the trailer /ID, which it hashes from this info dictionary. Fixing the
    // dates to the data date (and naming no clock-based value) makes the
    // output reproducible; font subset tags derive from font ids (F1, F2…).
    info: {
      Title: opts.title,
      Author: opts.author,
      Subject: opts.subject,
      ...(opts.keywords ? { Keywords: opts.keywords } : {}),
      Creator: 'Plani',
      Producer: 'Plani (pdfkit)',
      CreationDate: date,
      ModDate: date,
    },
  });
  state.set(doc, { fonts, lang: opts.lang, dataDate: opts.dataDate });
  compactLeftPages(doc);
  useFont(doc, 'regular', BODY_SIZE);
  return doc;
}

/**
 * Starts a new page in the given orientation and makes it the orientation of
 * every page that follows until the next call: pdfkit adds overflow pages
 * (long paragraphs, our tables) with the document's options, so the layout is
 * set there and not only on this page.
 */
export function startSection(doc: Doc, layout: 'portrait' | 'landscape'): void {
  (doc as unknown as { options: { layout?: string } }).options.layout = layout;
  doc.addPage();
}

/**
 * pdfkit keeps each drawing operation of a buffered page as its own small
 * Uint8Array until end(): for an 800-page plan that is over a million arrays
 * and most of the memory. When a page is left, its operations are joined
 * into one array; the bytes written are the same.
 */
function compactLeftPages(doc: Doc): void {
  type Content = { buffer?: unknown };
  const pages = (doc as unknown as { _pageBuffer?: { content?: Content }[] })._pageBuffer;
  if (!Array.isArray(pages)) return; // another pdfkit layout: nothing to gain, nothing to break
  doc.on('pageAdded', () => {
    const left = pages[pages.length - 2]?.content;
    if (left && Array.isArray(left.buffer) && left.buffer.length > 1) left.buffer = [Buffer.concat(left.buffer as Uint8Array[])];
  });
}

/** The index of the page being written while pages are only appended (bufferPages). */
export function currentPageIndex(doc: Doc): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
}

// Printed labels come from the catalogues (print.*), one i18next instance per language.
const translators = new Map<Lang, TFunction>();
function tr(lang: Lang): TFunction {
  let t = translators.get(lang);
  if (!t) translators.set(lang, (t = createI18n(lang).t));
  return t;
}

/** A printed label in both languages. */
export function printLabel(key: string, params: Record<string, string | number> = {}): Text {
  return { sq: tr('sq')(key, params), en: tr('en')(key, params) };
}

/** What an empty text prints as: "[mungon përkthimi]" / "[translation missing]". */
export const missingTranslation = (): Text => printLabel('print.missingTranslation');

/** "Faqe 3 nga 12" / "Page 3 of 12" / both, with the data date. */
export function defaultFooter(lang: PdfLang, dataDate: string) {
  const day = formatDate(dataDate);
  return ({ page, pages }: { page: number; pages: number }): string => {
    const p = printLabel('print.footer.page', { page, pages });
    if (lang !== 'bilingual') return `${p[lang]} · ${tr(lang)('print.footer.dataAsOf', { date: day })}`;
    return `${p.sq} / ${p.en} · ${day}`;
  };
}

export interface FinishOptions {
  /** The running header of a page ('' for none); lines split on '\n' are stacked, centred on the top margin. */
  header?: (pageIndex: number) => string;
  footer?: (p: { page: number; pages: number }) => string;
}

/** Writes one line in a margin without letting pdfkit start a new page. */
function marginText(doc: Doc, text: string, y: number) {
  const page = doc.page;
  const saved = page.margins.bottom;
  // Text below the bottom margin makes pdfkit add a page (#1240); with the
  // margin at 0 and lineBreak off, it stays where it is put.
  page.margins.bottom = 0;
  doc.text(text, page.margins.left, y, {
    width: page.width - page.margins.left - page.margins.right,
    align: 'center',
    lineBreak: false,
  });
  page.margins.bottom = saved;
}

/** Draws running header and footer on every page, ends the document, returns its bytes. */
export function finishDocument(doc: Doc, opts: FinishOptions = {}): Promise<Buffer> {
  const { lang, dataDate } = stateOf(doc);
  const footer = opts.footer ?? defaultFooter(lang, dataDate);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    useFont(doc, 'regular', RUNNING_SIZE).fillColor(RUNNING_COLOR);
    const header = opts.header?.(i) ?? '';
    if (header) {
      const lines = header.split('\n');
      const step = RUNNING_SIZE * 1.4;
      const top = MARGIN / 2 - RUNNING_SIZE / 2 - ((lines.length - 1) * step) / 2;
      lines.forEach((line, n) => marginText(doc, line, top + n * step));
    }
    marginText(doc, footer({ page: i - range.start + 1, pages: range.count }), doc.page.height - MARGIN / 2 - RUNNING_SIZE / 2);
  }
  doc.fillColor('black');
  doc.end();
  return done;
}
