// A pdfkit document set up the way every Plani annex needs it: A4, embedded
// Noto Sans (see fonts.ts), metadata, buffered pages for "Page X of Y",
// tagged for screen readers (tagging.ts), PDF/A-2b for a final print, and
// byte-for-byte reproducible output (same data → same file, so a re-print of
// unchanged data can be recognised by its hash).
import PDFDocument from 'pdfkit';
import { formatDate } from '../../../shared/format/dates';
import { type EditionLang, labelIn, printLabel } from '../print-content/labels';
import { type FontPaths, type FontStyle, parsedFont, resolveFonts, startDocumentFonts } from './fonts';
import { drawText, textHeightAt } from './lines';
import { collectOutput } from './output';
import { completePageContent, compressLeftPages } from './page-content';
import { compactParentTree } from './parent-tree';
import { drawOnce, type ReplayCache } from './replay';
import { artifact, endStructure, startStructure } from './tagging';

export type PdfLang = EditionLang;
export { missingTranslation, printLabel } from '../print-content/labels';
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
  /** A final print is archival, PDF/A-2b; a draft (the default) is a plain, tagged PDF 1.7. */
  mode?: 'draft' | 'final';
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
  /** The whole file, once the document is ended (output.ts). */
  output: Promise<Buffer>;
}
const state = new WeakMap<Doc, DocState>();

function stateOf(doc: Doc): DocState {
  const s = state.get(doc);
  if (!s) throw new Error('not a document made by createDocument');
  return s;
}

const postscriptNames = new WeakMap<object, string>();

/**
 * Selects one of the four embedded styles: the process-wide parse of its file
 * (see parsedFont), named by its PostScript name. That is the name pdfkit
 * files a font under when it first embeds it (the constructor's default font
 * included), so every later selection is a cache hit; under any other name
 * pdfkit would re-open the font and compare name tables on every call.
 */
export function useFont(doc: Doc, style: FontStyle, size?: number): Doc {
  const font = parsedFont(stateOf(doc).fonts[style]);
  // fontkit reads the name table again on every postscriptName: a few per cent of a plan's print.
  let name = postscriptNames.get(font);
  if (name === undefined) postscriptNames.set(font, (name = font.postscriptName));
  doc.font(font as unknown as PDFKit.Mixins.PDFFontSource, name);
  if (size !== undefined) doc.fontSize(size);
  return doc;
}

export const docLang = (doc: Doc): PdfLang => stateOf(doc).lang;

/**
 * doc.heightOfString(text, { width }) in the current font and size, from the
 * document's one layout of that text (lines.ts), which drawing reuses: the
 * layout asks the same question of a cell or a field several times (to keep a
 * heading with a table's first rows, to fit a row, then to draw it).
 */
export function textBlockHeight(doc: Doc, text: string, opts: { width: number }): number {
  return textHeightAt(doc, text, opts.width);
}

function parseDataDate(iso: string): Date {
  // A bare YYYY-MM-DD parses as UTC midnight, so the result never depends on
  // the machine's time zone.
  const d = new Date(iso);
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso) || Number.isNaN(d.getTime())) throw new Error(`bad dataDate: ${iso}`);
  return d;
}

const xml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const xmpDate = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;

interface InfoFields {
  Title: string;
  Author: string;
  Subject: string;
  Keywords?: string;
  Creator: string;
  Producer: string;
  CreationDate: Date;
}

/**
 * The XMP packet's description of the document, in place of pdfkit's own:
 * pdfkit pastes the title and author into the XML unescaped (an "&" in a
 * plan's title makes the packet unreadable) and gives no modify or metadata
 * date. PDF/A wants the XMP and the info dictionary to agree, so every date
 * is the data date, as CreationDate and ModDate are; nothing comes from a
 * clock, so the packet is reproducible too. pdfkit still adds the
 * pdfaid part and conformance of a final print after this.
 */
function xmpDescription(info: InfoFields, langs: readonly string[]): string {
  const date = xmpDate(info.CreationDate);
  const alt = (tag: string, value: string) => `<${tag}><rdf:Alt><rdf:li xml:lang="x-default">${xml(value)}</rdf:li></rdf:Alt></${tag}>`;
  return [
    '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `<xmp:CreateDate>${date}</xmp:CreateDate><xmp:ModifyDate>${date}</xmp:ModifyDate><xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${xml(info.Creator)}</xmp:CreatorTool>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<dc:format>application/pdf</dc:format>',
    alt('dc:title', info.Title),
    `<dc:creator><rdf:Seq><rdf:li>${xml(info.Author)}</rdf:li></rdf:Seq></dc:creator>`,
    alt('dc:description', info.Subject),
    `<dc:language><rdf:Bag>${langs.map((l) => `<rdf:li>${l}</rdf:li>`).join('')}</rdf:Bag></dc:language>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    `<pdf:Producer>${xml(info.Producer)}</pdf:Producer>`,
    info.Keywords ? `<pdf:Keywords>${xml(info.Keywords)}</pdf:Keywords>` : '',
    '</rdf:Description>',
  ].join('\n');
}

export function createDocument(opts: DocumentOptions): Doc {
  const fonts = resolveFonts(opts.fontDir);
  startDocumentFonts(fonts);
  const date = parseDataDate(opts.dataDate);
  // pdfkit's only sources of variation are CreationDate (default: now) and
  // the trailer /ID, which it hashes from this info dictionary. Fixing the
  // dates to the data date (and naming no clock-based value) makes the
  // output reproducible; font subset tags derive from font ids (F1, F2…).
  const info: InfoFields & { ModDate: Date } = {
    Title: opts.title,
    Author: opts.author,
    Subject: opts.subject,
    ...(opts.keywords ? { Keywords: opts.keywords } : {}),
    Creator: 'Plani',
    Producer: 'Plani (pdfkit)',
    CreationDate: date,
    ModDate: date,
  };
  const doc = new PDFDocument({
    size: 'A4',
    layout: opts.layout ?? 'portrait',
    margin: MARGIN,
    // Without `font`, pdfkit's constructor loads Helvetica as the default.
    font: parsedFont(fonts.regular) as unknown as string,
    bufferPages: true,
    compress: true,
    // PDF 1.7 for every print: PDF/A-2 requires it, and pdfkit writes the
    // XMP metadata only from 1.4 on. Every print is tagged; a final one is
    // also PDF/A-2b (pdfkit adds the XMP identification and the sRGB output
    // intent with the ICC profile it ships; fonts are embedded Noto Sans,
    // nothing is transparent, nothing is encrypted).
    pdfVersion: '1.7',
    tagged: true,
    ...(opts.mode === 'final' ? { subset: 'PDF/A-2b' as const } : {}),
    lang: opts.lang === 'en' ? 'en' : 'sq-AL',
    displayTitle: true,
    info,
  });
  const internals = doc as unknown as { _addInfo?: () => void; appendXML: (xml: string) => void };
  if (typeof internals._addInfo !== 'function') throw new Error('pdfkit without _addInfo: check the XMP metadata (document.ts)');
  const langs = opts.lang === 'bilingual' ? ['sq', 'en'] : [opts.lang];
  internals._addInfo = () => internals.appendXML(xmpDescription(info, langs));
  state.set(doc, { fonts, lang: opts.lang, dataDate: opts.dataDate, output: collectOutput(doc) });
  startStructure(doc);
  compactParentTree(doc);
  compressLeftPages(doc);
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

/** The index of the page being written while pages are only appended (bufferPages). */
export function currentPageIndex(doc: Doc): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
}

/** "Faqe 3 nga 12" / "Page 3 of 12" / both, with the data date. */
export function defaultFooter(lang: PdfLang, dataDate: string) {
  const day = formatDate(dataDate);
  return ({ page, pages }: { page: number; pages: number }): string => {
    const p = printLabel('print.footer.page', { page, pages });
    if (lang !== 'bilingual') return `${p[lang]} · ${labelIn(lang, 'print.footer.dataAsOf', { date: day })}`;
    return `${p.sq} / ${p.en} · ${day}`;
  };
}

export interface FinishOptions {
  /** The running header of a page ('' for none); lines split on '\n' are stacked, centred on the top margin. */
  header?: (pageIndex: number) => string;
  footer?: (p: { page: number; pages: number }) => string;
  /**
   * Drawn on every page after the header and footer, as part of the same
   * artifact (a mark such as "PROJEKT / DRAFT": seen, never read out as
   * content). Opaque colours only: a final print is PDF/A.
   */
  decorate?: (pageIndex: number) => void;
}

/** Writes one line in a margin without letting pdfkit start a new page. */
function marginText(doc: Doc, text: string, y: number) {
  const page = doc.page;
  const saved = page.margins.bottom;
  // Text below the bottom margin starts a page (pdfkit #1240, and drawText as
  // pdfkit); with the margin at 0 the line stays where it is put.
  page.margins.bottom = 0;
  drawText(doc, text, page.margins.left, y, { width: page.width - page.margins.left - page.margins.right, align: 'center' });
  page.margins.bottom = saved;
}

/** Draws running header and footer on every page, ends the document, returns its bytes. */
export function finishDocument(doc: Doc, opts: FinishOptions = {}): Promise<Buffer> {
  const { lang, dataDate, output } = stateOf(doc);
  const footer = opts.footer ?? defaultFooter(lang, dataDate);
  const range = doc.bufferedPageRange();
  const headers: ReplayCache = new Map();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    useFont(doc, 'regular', RUNNING_SIZE).fillColor(RUNNING_COLOR);
    const header = opts.header?.(i) ?? '';
    // Repeated on every page: a screen reader skips them.
    artifact(doc, 'Pagination', () => {
      if (header) {
        const lines = header.split('\n');
        const step = RUNNING_SIZE * 1.4;
        const top = MARGIN / 2 - RUNNING_SIZE / 2 - ((lines.length - 1) * step) / 2;
        // The same header runs over many pages: laid out once per page size (replay.ts).
        drawOnce(doc, headers, header, () => lines.forEach((line, n) => marginText(doc, line, top + n * step)));
      }
      marginText(doc, footer({ page: i - range.start + 1, pages: range.count }), doc.page.height - MARGIN / 2 - RUNNING_SIZE / 2);
      opts.decorate?.(i);
    });
    // The page before is done; the last one is not: the colour reset below still writes to it.
    if (i > range.start) completePageContent(doc, i - 1);
  }
  doc.fillColor('black');
  endStructure(doc);
  doc.end();
  return output;
}
