// The mark a draft carries on every page: "PROJEKT" / "DRAFT" (both in the
// bilingual edition) set vertically in the left margin, where it cannot
// cover a word of the text and survives photocopying and cropping to the
// text block. Drawn as an artifact, so a screen reader does not read it into
// the content; a final print has none.
import { draftMarkText } from '../print-content/labels';
import { type Doc, MARGIN, type PdfLang, useFont } from './document';

const MARK_SIZE = 11;
const MARK_COLOR = '#b0413e';

interface PageInternals {
  width: number;
  height: number;
  fonts: Record<string, unknown>;
  write(chunk: string | Uint8Array): void;
}

interface Drawn {
  /** The content operators of the mark, as pdfkit wrote them (q … Q, self-contained). */
  ops: (string | Uint8Array)[];
  fontId: string;
  fontRef: unknown;
}

/**
 * The mark as finishDocument's `decorate`: drawn on each page inside the
 * running header's artifact, after the content, so it never lands inside a
 * tagged paragraph that runs across a page break. pdfkit's text path (layout,
 * glyph encoding, number formatting) ran for it on every page and it is the
 * same on every page of a size: it runs once per page size, and the
 * operators it wrote are replayed on the other pages, with the font put in
 * their resources as pdfkit would.
 */
export function draftMark(doc: Doc, lang: PdfLang): () => void {
  const text = draftMarkText(lang);
  const drawn = new Map<string, Drawn>();
  return () => {
    const page = doc.page as unknown as PageInternals;
    const key = `${page.width}x${page.height}`;
    const known = drawn.get(key);
    if (known) {
      page.fonts[known.fontId] ??= known.fontRef;
      for (const op of known.ops) page.write(op);
      return;
    }
    const ops: (string | Uint8Array)[] = [];
    const write = page.write;
    page.write = (chunk) => {
      ops.push(chunk);
      write(chunk);
    };
    const savedBottom = doc.page.margins.bottom;
    // Below the bottom margin pdfkit would start a page of its own (see marginText in document.ts).
    doc.page.margins.bottom = 0;
    const length = page.height - 2 * MARGIN;
    const cx = MARGIN / 2;
    const cy = page.height / 2;
    doc.save();
    doc.rotate(-90, { origin: [cx, cy] });
    useFont(doc, 'bold', MARK_SIZE).fillColor(MARK_COLOR);
    doc.text(text, cx - length / 2, cy - MARK_SIZE / 2, { width: length, align: 'center', lineBreak: false });
    const font = (doc as unknown as { _font: { id: string; ref(): unknown } })._font;
    doc.restore();
    page.write = write;
    doc.page.margins.bottom = savedBottom;
    drawn.set(key, { ops, fontId: font.id, fontRef: font.ref() });
    useFont(doc, 'regular');
  };
}
