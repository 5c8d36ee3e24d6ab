// How the co-creation annexes lay out a line of their own; what they print
// (numbers, people, decided texts) is print-content's, re-exported here.
import { BODY_SIZE, type Doc, useFont } from '../document';
import { taggedLeaf } from '../tagging';

export { compareCodeUnits, compareTexts, decidedText, formatDecimal, formatWeight, once, submitterLine } from '../../print-content/cocreation-format';
export { localized } from '../../print-content/scope';

/** A bold line introducing a table, kept on the same page as the table's first rows. */
export function subLabel(doc: Doc, text: string): void {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  useFont(doc, 'bold', BODY_SIZE);
  if (doc.page.height - doc.page.margins.bottom - doc.y < doc.heightOfString(text, { width }) + 5 * BODY_SIZE * 1.4) doc.addPage();
  doc.x = doc.page.margins.left;
  doc.fillColor('black');
  taggedLeaf(doc, 'P', {}, () => doc.text(text, { width, paragraphGap: BODY_SIZE * 0.4 }));
  useFont(doc, 'regular', BODY_SIZE);
}
