// Draws the first pages of a generated PDF onto canvases with pdf.js, under
// the app's Content-Security-Policy (no eval, scripts and workers from our
// own origin only), which needs no change for it:
// - the worker is a file of our own build (vite copies it and gives its URL),
//   so `script-src 'self'` covers it; should a Worker ever be refused, pdf.js
//   imports the same file on the main thread, which 'self' covers too;
// - isEvalSupported: false, or pdf.js tries `new Function` (for PostScript
//   functions, which our PDFs do not have, but another file might);
// - disableFontFace: true draws glyphs as paths: the embedded fonts are not
//   added to the page's document.fonts, and the thumbnails do not depend on
//   the Font Loading API;
// - useWasm: false and no standard-font or CMap URL, so the worker fetches
//   nothing: our PDFs embed their fonts (Noto Sans) and need no decoder.
// The same options serve the thumbnails (drawFirstPages) and the enlarged
// page (openPdf), which keeps its document open to draw page after page.
// pdf.js is loaded on first use only, so the rest of the app does not carry it.
import type * as PdfJs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

type PdfJsModule = typeof PdfJs;

let library: Promise<PdfJsModule> | null = null;

function loadPdfJs(): Promise<PdfJsModule> {
  library ??= import('pdfjs-dist').then(
    (lib) => {
      lib.GlobalWorkerOptions.workerSrc = workerUrl;
      return lib;
    },
    (err: unknown) => {
      // A failed chunk load may succeed later (e.g. after a rebuild); do not keep the failure.
      library = null;
      throw err;
    },
  );
  return library;
}

/** The options every document is opened with (see the note at the top of the file). */
function loadingParams(pdfjs: PdfJsModule, bytes: Uint8Array<ArrayBuffer>): Parameters<PdfJsModule['getDocument']>[0] {
  return {
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWasm: false,
    enableXfa: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  };
}

/**
 * Loads pdf.js and opens the document, then hands it to `use` with a way to
 * ask whether the work was cancelled meanwhile; cancel() also stops a
 * loading that is still under way.
 */
function withDocument<T>(bytes: Uint8Array<ArrayBuffer>, use: (pdfjs: PdfJsModule, doc: PdfJs.PDFDocumentProxy, cancelled: () => boolean) => Promise<T>): { readonly done: Promise<T>; cancel(): void } {
  let cancelled = false;
  let task: ReturnType<PdfJsModule['getDocument']> | null = null;
  const done = (async () => {
    const pdfjs = await loadPdfJs();
    if (cancelled) throw new DrawingCancelled();
    task = pdfjs.getDocument(loadingParams(pdfjs, bytes));
    return use(pdfjs, await task.promise, () => cancelled);
  })();
  return {
    done,
    cancel() {
      cancelled = true;
      void task?.destroy();
    },
  };
}

export interface DrawnPage {
  /** Page size in PDF points, for the caption's aspect and for tests. */
  readonly width: number;
  readonly height: number;
}

/** A drawing in progress; cancel() stops it and frees the worker. */
export interface PageDrawing {
  readonly done: Promise<DrawnPage[]>;
  cancel(): void;
}

/**
 * Draws pages 1…canvases.length of the PDF, each at `pixelWidth` device
 * pixels wide (the canvas is scaled down by CSS to fit its cell). The bytes
 * are copied: pdf.js hands its input to the worker, which detaches it.
 */
export function drawFirstPages(bytes: Uint8Array<ArrayBuffer>, canvases: readonly HTMLCanvasElement[], pixelWidth: number): PageDrawing {
  return withDocument(bytes, async (_pdfjs, doc, cancelled) => {
    try {
      const drawn: DrawnPage[] = [];
      const count = Math.min(canvases.length, doc.numPages);
      for (let i = 0; i < count; i++) {
        if (cancelled()) throw new DrawingCancelled();
        const page = await doc.getPage(i + 1);
        const natural = page.getViewport({ scale: 1 });
        const viewport = page.getViewport({ scale: pixelWidth / natural.width });
        const canvas = canvases[i]!;
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        await page.render({ canvas, viewport }).promise;
        page.cleanup();
        drawn.push({ width: natural.width, height: natural.height });
      }
      return drawn;
    } finally {
      await doc.destroy();
    }
  });
}

export class DrawingCancelled extends Error {
  constructor() {
    super('drawing cancelled');
    this.name = 'DrawingCancelled';
  }
}

/** One page drawn on a canvas of its own, not yet in the document. */
export interface RenderedPage {
  readonly canvas: HTMLCanvasElement;
  /** The page's size in PDF points. */
  readonly size: DrawnPage;
}

/** A page being drawn; cancel() stops it (done then rejects with DrawingCancelled). */
export interface PageRender {
  readonly done: Promise<RenderedPage>;
  cancel(): void;
}

/** A PDF kept open to draw its pages one at a time, at whatever size the view needs. */
export interface OpenPdf {
  readonly pageCount: number;
  /**
   * Draws page `pageNumber` (1-based) on a new canvas, `widthFor(page size)`
   * device pixels wide, so the canvas on screen keeps the previous page
   * until the next one is complete, and two drawings never share a canvas
   * (pdf.js refuses that).
   */
  drawPage(pageNumber: number, widthFor: (size: DrawnPage) => number): PageRender;
  /** Frees the document and its worker; drawings still under way are cancelled. */
  close(): void;
}

export interface OpeningPdf {
  readonly done: Promise<OpenPdf>;
  cancel(): void;
}

/** Opens the PDF once, for views that draw its pages on demand (the enlarged page). */
export function openPdf(bytes: Uint8Array<ArrayBuffer>): OpeningPdf {
  return withDocument(bytes, async (pdfjs, doc, cancelled) => {
    if (cancelled()) {
      await doc.destroy();
      throw new DrawingCancelled();
    }
    return openedDocument(pdfjs, doc);
  });
}

function openedDocument(pdfjs: PdfJsModule, doc: PdfJs.PDFDocumentProxy): OpenPdf {
  let closed = false;
  return {
    pageCount: doc.numPages,
    drawPage(pageNumber, widthFor) {
      let cancelled = false;
      let render: PdfJs.RenderTask | null = null;
      const done = (async () => {
        if (closed || cancelled) throw new DrawingCancelled();
        const page = await doc.getPage(pageNumber);
        if (closed || cancelled) throw new DrawingCancelled();
        const natural = page.getViewport({ scale: 1 });
        const size = { width: natural.width, height: natural.height };
        const viewport = page.getViewport({ scale: widthFor(size) / natural.width });
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        render = page.render({ canvas, viewport });
        try {
          await render.promise;
        } catch (err) {
          throw err instanceof pdfjs.RenderingCancelledException || cancelled || closed ? new DrawingCancelled() : err;
        }
        return { canvas, size };
      })();
      return {
        done,
        cancel() {
          cancelled = true;
          render?.cancel();
        },
      };
    },
    close() {
      if (closed) return;
      closed = true;
      void doc.destroy();
    },
  };
}
