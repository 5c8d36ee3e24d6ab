// The cover of the consolidated plan: the items of print-content/cover.ts
// (country, OGP, title and period, who prints it, the edition, the data
// date) as centred lines, set as one block in the middle of the page.
import { coverItems } from '../../print-content/cover';
import { type Doc, MARGIN, useFont } from '../document';
import type { FontStyle } from '../fonts';
import { artifact, taggedLeaf } from '../tagging';
import { type AnnexScope, oneLine } from './common';

interface CoverLine {
  text: string;
  style: FontStyle;
  size: number;
  color?: string;
  /** Space below the line. */
  after: number;
  /** A short rule in the middle of the space below. */
  rule?: boolean;
}

const MUTED = '#555555';

/** The cover's items as lines: one per language, Albanian, then English in italic (the annexes' convention). */
function coverLines(scope: AnnexScope, dataDate: string): CoverLine[] {
  const { lang } = scope;
  const placeholder = scope.t('print.missingTranslation');
  const out: CoverLine[] = [];
  for (const item of coverItems(scope, dataDate)) {
    const style: FontStyle = item.bold ? 'bold' : 'regular';
    const color = item.muted ? MUTED : undefined;
    const { size, after } = item;
    if (item.oneLine || lang !== 'bilingual') {
      out.push({ text: oneLine(item.text, lang, placeholder), style, size, after, color });
    } else {
      const italic: FontStyle = item.bold ? 'boldItalic' : 'italic';
      const sq = oneLine(item.text, 'sq', placeholder);
      const en = oneLine(item.text, 'en', placeholder);
      if (sq === en) out.push({ text: sq, style, size, after, color });
      else out.push({ text: sq, style, size, after: size * 0.25, color }, { text: en, style: italic, size: size * 0.9, after, color });
    }
    if (item.rule) out[out.length - 1]!.rule = true;
  }
  return out;
}

/** Draws the cover on the current (first, portrait) page. */
export function renderCover(doc: Doc, scope: AnnexScope, dataDate: string): void {
  const width = doc.page.width - MARGIN * 2;
  const lines = coverLines(scope, dataDate);
  const measured = lines.map((l) => {
    useFont(doc, l.style, l.size);
    return doc.heightOfString(l.text, { width, align: 'center' });
  });
  const total = lines.reduce((n, l, i) => n + measured[i]! + l.after, 0);
  // Slightly above the middle, as a printed title page is set.
  let y = Math.max(MARGIN, (doc.page.height - total) * 0.42);
  lines.forEach((l, i) => {
    useFont(doc, l.style, l.size).fillColor(l.color ?? 'black');
    // The plan's title is the cover's heading; the other lines are paragraphs.
    taggedLeaf(doc, i === 0 ? 'H1' : 'P', {}, () => doc.text(l.text, MARGIN, y, { width, align: 'center' }));
    y += measured[i]! + l.after;
    if (l.rule) {
      const middle = doc.page.width / 2;
      artifact(doc, 'Layout', () => {
        doc.save().lineWidth(0.8).strokeColor('#999999');
        doc.moveTo(middle - 60, y - l.after / 2).lineTo(middle + 60, y - l.after / 2).stroke();
        doc.restore();
      });
    }
  });
  doc.fillColor('black');
  useFont(doc, 'regular');
}
