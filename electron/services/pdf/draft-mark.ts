// The mark a draft carries on every page: "PROJEKT" / "DRAFT" (both in the
// bilingual edition) set vertically in the left margin, where it cannot
// cover a word of the text and survives photocopying and cropping to the
// text block. Drawn as an artifact, so a screen reader does not read it into
// the content; a final print has none.
import { type Doc, MARGIN, type PdfLang, printLabel, useFont } from './document';

const MARK_SIZE = 11;
const MARK_COLOR = '#b0413e';

export function draftMarkText(lang: PdfLang): string {
  const mark = printLabel('print.draftMark');
  return lang === 'bilingual' ? `${mark.sq} / ${mark.en}` : mark[lang];
}

/** Draws the mark on every page written so far (call once, before finishDocument). */
export function markDraft(doc: Doc, lang: PdfLang): void {
  const text = draftMarkText(lang);
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { page } = doc;
    const savedBottom = page.margins.bottom;
    // Below the bottom margin pdfkit would start a page of its own (see marginText in document.ts).
    page.margins.bottom = 0;
    const length = page.height - 2 * MARGIN;
    const cx = MARGIN / 2;
    const cy = page.height / 2;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.save();
    doc.rotate(-90, { origin: [cx, cy] });
    useFont(doc, 'bold', MARK_SIZE).fillColor(MARK_COLOR);
    doc.text(text, cx - length / 2, cy - MARK_SIZE / 2, { width: length, align: 'center', lineBreak: false });
    doc.restore();
    doc.endMarkedContent();
    page.margins.bottom = savedBottom;
  }
  doc.fillColor('black');
  useFont(doc, 'regular');
}
