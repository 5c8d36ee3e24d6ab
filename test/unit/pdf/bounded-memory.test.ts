// What keeps a long print's memory bounded must not change a byte of it:
// the output written into one growing buffer (output.ts) and the parent
// tree's page arrays printed once complete (parent-tree.ts) give the file
// pdfkit's own stream gives, for a tagged document whose paragraphs run
// across pages; and the layout caches, aged every CACHE_AGE_PAGES pages
// (lines.ts), draw a long document to the byte as caches that never age do,
// texts laid out before an ageing and drawn again after it included.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { createDocument, type Doc, finishDocument, useFont } from '../../../electron/services/pdf/document';
import { CACHE_AGE_PAGES, drawText, setCacheAgePages } from '../../../electron/services/pdf/lines';
import { collectOutput } from '../../../electron/services/pdf/output';
import { compactParentTree } from '../../../electron/services/pdf/parent-tree';
import { markInto, withElement } from '../../../electron/services/pdf/tagging';

const sentence = (i: number) => `Paragrafi ${i}: përmirësimi i çështjeve të prokurimit publik dhe transparenca e buxhetit të qytetarëve. `;

/** A tagged pdfkit document of many pages, read through pdfkit's own stream or through ours. */
async function barePrint(ours: boolean): Promise<Buffer> {
  const doc = new PDFDocument({ tagged: true, bufferPages: true, compress: false, pdfVersion: '1.7', info: { CreationDate: new Date(Date.UTC(2025, 2, 14)) } });
  const output = ours ? collectOutput(doc) : null;
  const chunks: Buffer[] = [];
  if (!ours) doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  const root = doc.struct('Document');
  doc.addStructure(root);
  if (ours) compactParentTree(doc);
  for (let i = 0; i < 360; i++) {
    const p = doc.struct('P');
    root.add(p);
    const content = doc.markStructureContent('P');
    // Every seventh paragraph is long enough to run onto the next page: its element is known only where it ends.
    doc.text(sentence(i).repeat(i % 7 === 0 ? 40 : 3));
    doc.endMarkedContent();
    p.add(content);
    p.end();
  }
  root.end();
  doc.end();
  if (output) return output;
  await ended;
  return Buffer.concat(chunks);
}

async function longPrint(draw: (doc: Doc, text: string) => void): Promise<{ bytes: Buffer; pages: number }> {
  const doc = createDocument({ title: 'Gjatë', author: 'Plani', subject: 'Test', lang: 'sq', dataDate: '2025-03-14' });
  withElement(doc, 'Sect', {}, (sect) => {
    for (let i = 0; i < 900; i++) {
      useFont(doc, i % 3 ? 'regular' : 'italic', 10);
      // A few texts come back on every page (as labels do), the others once, some of those long after.
      const text = i % 5 === 0 ? 'Institucioni përgjegjës' : sentence(i % 250).repeat(1 + (i % 4));
      markInto(doc, sect, () => draw(doc, text));
    }
  });
  const pages = doc.bufferedPageRange().count;
  return { bytes: await finishDocument(doc), pages };
}

describe('printing in bounded memory', () => {
  it('writes the bytes pdfkit writes: one growing buffer, the parent tree printed early', async () => {
    const [theirs, ours] = [await barePrint(false), await barePrint(true)];
    // Past the growing buffer's first megabyte, and many pages.
    expect(theirs.length).toBeGreaterThan(1 << 20);
    expect(ours.equals(theirs)).toBe(true);
    // The result is a whole buffer of its own, handed to the print worker's caller without a copy.
    expect(ours.byteOffset).toBe(0);
    expect(ours.buffer.byteLength).toBe(ours.length);
  });

  it('draws a long document the same whether its layout caches age or not', async () => {
    const draw = (doc: Doc, text: string) => drawText(doc, text, undefined, undefined, { width: 400, paragraphGap: 4 });
    try {
      setCacheAgePages(Number.POSITIVE_INFINITY);
      const kept = await longPrint(draw);
      // Every page: a text laid out on one page is forgotten two pages on, unless asked for again.
      setCacheAgePages(1);
      const everyPage = await longPrint(draw);
      setCacheAgePages(CACHE_AGE_PAGES);
      const asPrinted = await longPrint(draw);
      expect(kept.pages).toBeGreaterThan(3 * CACHE_AGE_PAGES);
      expect(everyPage.bytes.equals(kept.bytes)).toBe(true);
      expect(asPrinted.bytes.equals(kept.bytes)).toBe(true);
    } finally {
      setCacheAgePages(CACHE_AGE_PAGES);
    }
  });
});
