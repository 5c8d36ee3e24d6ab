// The mark a draft carries on every page: "PROJEKT" / "DRAFT" (both in the
// bilingual edition) set vertically in the left margin, where it cannot
// cover a word of the text and survives photocopying and cropping to the
// text block. Drawn as an artifact, so a screen reader does not read it into
// the content; a final print has none.
import { draftMarkText } from '../print-content/labels';
import { type Doc, MARGIN, type PdfLang, useFont } from './document';
import { drawOnce, type ReplayCache } from './replay';

const MARK_SIZE = 11;
const MARK_COLOR = '#b0413e';

/**
 * The mark as finishDocument's `decorate`: drawn on each page inside the
 * running header's artifact, after the content, so it never lands inside a
 * tagged paragraph that runs across a page break. pdfkit's text path (layout,
 * glyph encoding, number formatting) ran for it on every page and it is the
 * same on every page of a size: drawn once per page size (replay.ts).
 */
export function draftMark(doc: Doc, lang: PdfLang): () => void {
  const text = draftMarkText(lang);
  const cache: ReplayCache = new Map();
  return () => {
    drawOnce(doc, cache, 'draft-mark', () => {
      const { page } = doc;
      const savedBottom = page.margins.bottom;
      // Below the bottom margin pdfkit would start a page of its own (see marginText in document.ts).
      page.margins.bottom = 0;
      const length = page.height - 2 * MARGIN;
      const cx = MARGIN / 2;
      const cy = page.height / 2;
      doc.save();
      doc.rotate(-90, { origin: [cx, cy] });
      useFont(doc, 'bold', MARK_SIZE).fillColor(MARK_COLOR);
      doc.text(text, cx - length / 2, cy - MARK_SIZE / 2, { width: length, align: 'center', lineBreak: false });
      doc.restore();
      page.margins.bottom = savedBottom;
    });
    useFont(doc, 'regular');
  };
}
