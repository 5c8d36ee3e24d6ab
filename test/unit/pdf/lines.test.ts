// lines.ts lays text out once and draws the lines itself; it must be pdfkit's
// doc.text to the byte: the same breaks (Unicode rules, no hyphen inserted,
// over-long words cut), the same page breaks with the colour and markings
// carried over, the same heights. Each case is printed both ways in two
// otherwise identical documents and the files compared.
import { describe, expect, it } from 'vitest';
import { createDocument, type Doc, finishDocument, useFont } from '../../../electron/services/pdf/document';
import { drawOneLineRun, drawText, textHeightAt } from '../../../electron/services/pdf/lines';
import { markInto, withElement } from '../../../electron/services/pdf/tagging';

const words = (n: number, w: string) => Array.from({ length: n }, (_, i) => `${w}${i}`).join(' ');
const TEXTS = [
  'Përmirësimi i çështjeve — ËÇ ëç',
  '',
  'Rreshti i parë\nRreshti i dytë\n\nPas një rreshti bosh',
  `${'Fjalëshumëegjatëpahapësirë'.repeat(12)} dhe pastaj fjalë të zakonshme`,
  'një-fjalë-me-viza dhe e\u00ADpadukshme ndarje',
  words(900, 'përmirësim'),
  'Tekst që mbaron me rresht të ri\n',
];

const newDoc = () =>
  createDocument({ title: 'Rreshtat', author: 'Plani', subject: 'Test', lang: 'bilingual', dataDate: '2025-03-14' });

type Draw = (doc: Doc, text: string, x: number | undefined, y: number | undefined, o: { width: number; align?: 'left' | 'center' | 'right'; paragraphGap?: number }) => void;

async function print(draw: Draw, run: (doc: Doc) => void): Promise<Buffer> {
  const doc = newDoc();
  withElement(doc, 'Sect', {}, (sect) => {
    TEXTS.forEach((text, i) => {
      useFont(doc, i % 2 ? 'italic' : 'regular', 9 + (i % 3));
      doc.fillColor(i % 2 ? '#3a3a3a' : 'black');
      const align = (['left', 'center', 'right'] as const)[i % 3];
      markInto(doc, sect, () => draw(doc, text, undefined, undefined, { width: 300 + 40 * i, align, paragraphGap: 6 }), i % 2 ? 'en' : 'sq');
      markInto(doc, sect, () => draw(doc, text, 80, doc.y + 5, { width: 250 }));
    });
    useFont(doc, 'bold', 10);
    markInto(doc, sect, () => run(doc));
  });
  return finishDocument(doc);
}

describe('text laid out once (lines.ts)', () => {
  it('draws what doc.text draws, page breaks included', async () => {
    const label = { sq: 'Institucioni përgjegjës', en: 'Responsible institution' };
    const pdfkit = await print(
      (doc, t, x, y, o) => (x === undefined ? doc.text(t, o) : doc.text(t, x, y, o)),
      (doc) => {
        doc.text(`${label.sq}  `, { width: 400, continued: true });
        useFont(doc, 'boldItalic', 10).fillColor('#3a3a3a').text(label.en, { width: 400 });
      },
    );
    const ours = await print(
      (doc, t, x, y, o) => drawText(doc, t, x, y, o),
      (doc) => {
        const drawn = drawOneLineRun(doc, `${label.sq}  `, label.en, 400, () => useFont(doc, 'boldItalic', 10), () => doc.fillColor('#3a3a3a'));
        expect(drawn).toBe(true);
      },
    );
    expect(ours.length).toBeGreaterThan(10_000);
    expect(ours.equals(pdfkit)).toBe(true);
  });

  it('gives heightOfString', () => {
    const doc = newDoc();
    for (const [i, text] of TEXTS.entries()) {
      useFont(doc, i % 2 ? 'bold' : 'regular', 8 + i);
      for (const width of [120, 333.3, 495]) expect(textHeightAt(doc, text, width)).toBeCloseTo(doc.heightOfString(text, { width }), 6);
    }
  });

  it('leaves a label that wraps to pdfkit', () => {
    const doc = newDoc();
    useFont(doc, 'bold', 10);
    const y = doc.y;
    expect(drawOneLineRun(doc, `${words(20, 'etiketë')}  `, 'label', 200, () => useFont(doc, 'boldItalic', 10), () => doc.fillColor('#3a3a3a'))).toBe(false);
    expect(doc.y).toBe(y);
  });
});
