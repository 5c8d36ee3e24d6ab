// Page content held compressed from the moment a page is left. pdfkit keeps
// every page of a buffered document (they must stay open until the end for
// "Page X of Y") with each drawing operation as its own small Uint8Array,
// converted from its string byte by byte, and compresses them all at end():
// memory grew with the page count and most of it was page content. Here a
// page's operations are gathered as strings, and when the next page starts
// they become one buffer, deflated at once; what is drawn on a page after
// it was left (the table of contents on its reserved pages, running headers
// and footers, the draft mark) goes into a second content stream of that
// page, which a PDF reader reads as the continuation of the first (ISO
// 32000-1 §7.8.2: an array of streams is one content stream).
import { deflateSync } from 'node:zlib';

type Doc = PDFKit.PDFDocument;

interface Ref {
  data: Record<string, unknown>;
  buffer: Uint8Array[];
  compress: boolean;
  end(chunk?: unknown): void;
}

interface Page {
  content: Ref;
  dictionary: Ref;
  write(chunk: string | Uint8Array): void;
  end(): void;
}

/** zlib level 1: the content streams are most of the file's bytes and of its compression time; level 6 saves little on them. */
export const CONTENT_DEFLATE_LEVEL = 1;

const text = (chunk: string | Uint8Array) => (typeof chunk === 'string' ? `${chunk}\n` : Buffer.from(chunk).toString('latin1'));

/**
 * The bytes in memory of their own size. zlib's sync output under one chunk
 * (16 KiB) is a view on a whole 16 KiB chunk, and a page's deflated content
 * is a few KiB: held until the document ends, every page kept four times
 * what it needed (over 200 MiB of a 1,600-commitment plan's two streams per
 * page). Copying a few KiB once costs nothing beside deflating them.
 */
function exactSize(bytes: Buffer): Buffer {
  return bytes.byteLength * 2 <= bytes.buffer.byteLength ? Buffer.from(bytes) : bytes;
}

/** Gives `ref` the stream `parts` make (as pdfkit's write and finalize would), deflated at CONTENT_DEFLATE_LEVEL. */
function fillStream(ref: Ref, parts: string[]): void {
  if (parts.length === 0) return;
  // pdfkit's own conversion keeps the low byte of each character: so does latin1.
  const raw = Buffer.from(parts.join(''), 'latin1');
  parts.length = 0;
  ref.data.Length = raw.length;
  ref.data.Filter = 'FlateDecode';
  ref.buffer = [exactSize(deflateSync(raw, { level: CONTENT_DEFLATE_LEVEL }))];
  ref.compress = false;
}

const completions = new WeakMap<Page, () => void>();

/**
 * Says nothing more will be drawn on a page (finishDocument, after its
 * running header, footer and mark): what was drawn on it after it was
 * left is deflated now rather than held as text until the document ends.
 * Drawing on it afterwards throws.
 */
export function completePageContent(doc: Doc, pageIndex: number): void {
  const d = doc as unknown as { _pageBuffer: Page[]; _pageBufferStart: number };
  const page = d._pageBuffer[pageIndex - d._pageBufferStart];
  if (page) completions.get(page)?.();
}

/** Installs the compressed page content on `doc` (a buffered pdfkit document; call before anything is drawn). */
export function compressLeftPages(doc: Doc): void {
  const internals = doc as unknown as { page: Page; _pageBuffer?: Page[]; ref(data?: object): Ref };
  const pages = internals._pageBuffer;
  if (!Array.isArray(pages)) throw new Error('pdfkit without _pageBuffer: check page-content.ts');
  const seals = new WeakMap<Page, () => void>();
  const track = (page: Page) => {
    const parts: string[] = [];
    // Whatever pdfkit wrote before this module saw the page.
    for (const chunk of page.content.buffer) parts.push(text(chunk));
    page.content.buffer = [];
    let sealed = false;
    let extra: { ref: Ref; parts: string[]; filled: boolean } | null = null;
    page.write = (chunk) => {
      if (!sealed) {
        parts.push(text(chunk));
        return;
      }
      if (!extra) {
        extra = { ref: internals.ref(), parts: [], filled: false };
        page.dictionary.data.Contents = [page.content, extra.ref];
      }
      if (extra.filled) throw new Error('drawing on a page whose content is complete (page-content.ts)');
      extra.parts.push(text(chunk));
    };
    // The second stream deflated as soon as the page is done; written (ended) where pdfkit ends the page, as before.
    const fillExtra = () => {
      if (!extra || extra.filled) return;
      extra.filled = true;
      fillStream(extra.ref, extra.parts);
    };
    completions.set(page, () => {
      seal();
      fillExtra();
    });
    const seal = () => {
      if (sealed) return;
      sealed = true;
      fillStream(page.content, parts);
    };
    seals.set(page, seal);
    const end = page.end.bind(page);
    page.end = () => {
      seal();
      end();
      if (extra) {
        fillExtra();
        extra.ref.end();
      }
    };
  };
  track(internals.page);
  doc.on('pageAdded', () => {
    seals.get(pages[pages.length - 2]!)?.();
    track(internals.page);
  });
}
