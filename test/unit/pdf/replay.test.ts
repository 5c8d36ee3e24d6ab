// Drawing recorded once and replayed (replay.ts) must give the bytes drawing
// it on every page gives: the same operators, the same fonts in each page's
// resources, on pages of two sizes, with a font the page already had and one
// it had not.
import { describe, expect, it } from 'vitest';
import { createDocument, finishDocument, startSection, useFont } from '../../../electron/services/pdf/document';
import { drawOnce, type ReplayCache } from '../../../electron/services/pdf/replay';
import { paragraph } from '../../../electron/services/pdf/text';

async function print(replayed: boolean): Promise<Buffer> {
  const doc = createDocument({ title: 'Replay', author: 'Plani', subject: 'Test', lang: 'sq', dataDate: '2025-03-14' });
  for (let i = 0; i < 3; i++) {
    paragraph(doc, `Faqja ${i + 1}: përmirësimi i çështjeve.`);
    startSection(doc, i % 2 === 0 ? 'landscape' : 'portrait');
  }
  paragraph(doc, 'Fund.');
  const cache: ReplayCache = new Map();
  const mark = () => {
    doc.save();
    doc.rotate(-90, { origin: [25, doc.page.height / 2] });
    useFont(doc, 'bold', 11).fillColor('#b0413e');
    doc.text('PROJEKT', 0, doc.page.height / 2, { width: 300, align: 'center', lineBreak: false });
    useFont(doc, 'regular', 8);
    doc.text('Shënim', 0, doc.page.height / 2 + 12, { lineBreak: false });
    doc.restore();
  };
  return finishDocument(doc, { header: () => 'Aneksi VI', decorate: () => (replayed ? drawOnce(doc, cache, 'mark', mark) : mark()) });
}

describe('drawing replayed on repeated pages', () => {
  it('writes the bytes drawing it on each page writes', async () => {
    const [direct, replayed] = [await print(false), await print(true)];
    expect(replayed.equals(direct)).toBe(true);
  });
});
