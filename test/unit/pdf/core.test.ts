// The PDF core layer, checked the way a reader sees it: text extracted with
// pdf.js (Albanian letters intact, every row present, header on every page of
// the table, "Faqe X nga N"), plus the file's bytes (reproducible, only
// embedded Noto subsets, no standard-14 font).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDocument, finishDocument } from '../../../electron/services/pdf/document';
import { FontsMissingError, resolveFonts } from '../../../electron/services/pdf/fonts';
import { type Cell, drawTable } from '../../../electron/services/pdf/table';
import { bilingualParagraph, heading, outline, paragraph } from '../../../electron/services/pdf/text';
import { type ExtractedPdf, extractPdf } from '../../helpers/pdf-text';

const ROOT = join(__dirname, '..', '..', '..');
const ALBANIAN = 'Përmirësimi i çështjeve — ËÇ ëç';
const PLACEHOLDER = { sq: '— mungon —', en: '— missing —' };
const ROWS = 120;
const LONG_ROW = 60; // index of the ~3,000-character row
const longWords = (prefix: string) => Array.from({ length: 430 }, (_, i) => `${prefix}${String(i).padStart(3, '0')}`);

function rows(): Cell[][] {
  return Array.from({ length: ROWS }, (_, i) => {
    const code = `K-${String(i + 1).padStart(3, '0')}`;
    const measure =
      i === LONG_ROW
        ? { sq: longWords('fjala').join(' '), en: longWords('word').join(' ') }
        : { sq: `Masa ${i + 1}: përmirësimi i aksesit në informacion`, en: `Measure ${i + 1}: improving access to information` };
    return [code, measure, i % 7 === 3 ? '' : 'Ministria e Drejtësisë', i % 5 === 0 ? { sq: '', en: 'Q4 2025' } : { sq: 'TM4 2025', en: 'Q4 2025' }];
  });
}

async function sample(): Promise<Buffer> {
  const doc = createDocument({
    title: 'Aneksi VI — Plani i veprimit (mostër)',
    author: 'Plani',
    subject: 'Test i shtresës bazë PDF',
    keywords: 'OGP, Shqipëri',
    lang: 'bilingual',
    dataDate: '2025-03-14',
  });
  outline(doc, 'Hyrje / Introduction');
  heading(doc, 'Aneksi VI — Plani i veprimit', 1);
  paragraph(doc, ALBANIAN);
  bilingualParagraph(doc, { sq: 'Angazhimi synon përmirësimin e çështjeve.', en: 'The commitment aims to improve matters.' }, 'bilingual', PLACEHOLDER);
  bilingualParagraph(doc, { sq: 'Vetëm shqip.', en: '' }, 'bilingual', PLACEHOLDER);
  heading(doc, 'Masat / Measures', 2);
  drawTable(doc, {
    columns: [
      { header: { sq: 'Kodi', en: 'Code' }, width: 0.12 },
      { header: { sq: 'Masa', en: 'Measure' }, width: 0.5 },
      { header: { sq: 'Institucioni', en: 'Institution' }, width: 0.22 },
      { header: { sq: 'Afati', en: 'Deadline' }, width: 0.16 },
    ],
    rows: rows(),
    mode: 'bilingual',
    placeholder: PLACEHOLDER,
  });
  paragraph(doc, 'Fund i tabelës.');
  return finishDocument(doc, { header: () => 'Aneksi VI — Plani i veprimit / Annex VI — Action plan' });
}

describe('pdf core', () => {
  let buf: Buffer;
  let ex: ExtractedPdf;
  beforeAll(async () => {
    buf = await sample();
    ex = await extractPdf(buf);
    const dir = join(ROOT, 'test-results', 'artifacts');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'pdf-core-sample.pdf');
    writeFileSync(file, buf);
    if (existsSync('/usr/bin/pdftoppm') || existsSync('/usr/local/bin/pdftoppm')) {
      try {
        execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, join(dir, 'pdf-core-sample-p1')]);
      } catch {
        // Optional preview only.
      }
    }
  }, 60_000);

  it('keeps the Albanian letters exactly as written', () => {
    expect(ex.pages[0]).toContain(ALBANIAN);
    expect(ex.pages[0]).toContain('Angazhimi synon përmirësimin e çështjeve.');
    expect(ex.pages[0]).toContain('— missing —'); // the empty English side
  });

  it('prints every row, with the header on every page the table spans', () => {
    const all = ex.pages.join('\n');
    const tablePages = new Set<number>();
    for (let i = 1; i <= ROWS; i++) {
      const code = `K-${String(i).padStart(3, '0')}`;
      expect(all).toContain(code);
      ex.pages.forEach((p, n) => p.includes(code) && tablePages.add(n));
    }
    expect(tablePages.size).toBeGreaterThanOrEqual(3);
    for (const n of tablePages) {
      for (const h of ['Kodi', 'Code', 'Masa', 'Measure', 'Institucioni', 'Afati', 'Deadline']) expect(ex.pages[n]).toContain(h);
    }
    expect(all.replace(/\s+/g, ' ')).toContain('— mungon — / — missing —'); // an empty institution (wraps in its column)
  });

  it('splits the over-long row across pages without losing or cutting a word', () => {
    const all = ex.pages.join('\n');
    const pagesWithLong = new Set<number>();
    for (const w of [...longWords('fjala'), ...longWords('word')]) {
      expect(all.match(new RegExp(`\\b${w}\\b`, 'g'))?.length, w).toBe(1);
      ex.pages.forEach((p, n) => new RegExp(`\\b${w}\\b`).test(p) && pagesWithLong.add(n));
    }
    expect(pagesWithLong.size).toBeGreaterThanOrEqual(2);
    // The words keep their order across the page break.
    const order = longWords('fjala').map((w) => all.indexOf(w));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('numbers every page "Faqe X nga N" with the right N and adds no blank page', () => {
    const n = ex.pages.length;
    expect(n).toBeGreaterThanOrEqual(4);
    expect(n).toBeLessThan(12);
    ex.pages.forEach((p, i) => {
      expect(p).toContain(`Faqe ${i + 1} nga ${n} / Page ${i + 1} of ${n}`);
      expect(p).toContain('14.03.2025');
      expect(p).toContain('Annex VI — Action plan');
    });
    expect(ex.pages[n - 1]).toContain('Fund i tabelës.');
  });

  it('is byte-for-byte reproducible', async () => {
    const again = await sample();
    expect(again.equals(buf)).toBe(true);
  });

  it('embeds only Noto Sans subsets, never a standard-14 font', () => {
    const raw = buf.toString('latin1');
    const fonts = [...raw.matchAll(/\/BaseFont\s*\/([^\s/<>\]]+)/g)].map((m) => m[1]!);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const f of fonts) expect(f).toMatch(/^[A-Z]{6}\+NotoSans-/);
    expect(raw).not.toMatch(/Helvetica|Times-Roman|Courier|Symbol|ZapfDingbats/);
  });

  it('sets title, language and the data date as creation date', () => {
    expect(ex.info.Title).toBe('Aneksi VI — Plani i veprimit (mostër)');
    expect(ex.info.Language).toBe('sq-AL');
    expect(String(ex.info.CreationDate)).toMatch(/^D:20250314/);
    expect(String(ex.info.ModDate)).toMatch(/^D:20250314/);
  });

  it('fails clearly when the fonts are missing', () => {
    expect(() => resolveFonts(join(ROOT, 'no-such-dir'))).toThrow(FontsMissingError);
    expect(() => resolveFonts(join(ROOT, 'no-such-dir'))).toThrow(/NotoSans_400Regular\.ttf/);
    expect(resolveFonts().regular).toBe(join(ROOT, 'resources', 'fonts', 'NotoSans_400Regular.ttf'));
  });
});
