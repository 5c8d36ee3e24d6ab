// The printed annexes III, VI/VII and IX from a real workspace, read back the
// way a reader sees them (pdf.js text): every title and activity present,
// Albanian letters intact, both languages in bilingual mode, the placeholder
// where a translation is missing, "Faqe X nga Y", and reproducible bytes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderAnnex } from '../../../electron/services/pdf/render';
import type { PrintAnnex } from '../../../shared/model/print';
import type { PdfLang } from '../../../electron/services/pdf/document';
import { openWorkspace, type Workspace } from '../../../electron/services/workspace/workspace';
import { extractPdf } from '../../helpers/pdf-text';
import { type TempWorkspace, tempWorkspace } from '../../helpers/temp-workspace';
import { expectAlbanianLetters, expectPageFooters, keepForReview } from './printed';

const C1 = { sq: 'Çelësi i Ëndrrës: përmirësimi i çështjeve', en: 'The key of the dream: improving matters' };
const C2 = { sq: 'Ndihma juridike falas për çdo qytetar', en: '' }; // English missing
const M1 = { sq: 'Hartimi i çështjes së ligjit', en: 'Drafting the law' };
const M2 = { sq: 'Çertifikimi i avokatëve', en: 'Certifying lawyers' };
const I1 = { sq: 'Numri i çështjeve të zgjidhura', en: 'Number of cases solved' };
const I2 = { sq: 'Përqindja e qytetarëve të ndihmuar', en: 'Share of citizens helped' };

/** Page texts with whitespace folded, for phrase searches across line breaks. */
const extract = async (buf: Buffer): Promise<string[]> => (await extractPdf(buf)).pages.map((p) => p.replace(/\s+/g, ' '));

let tw: TempWorkspace;
let ws: Workspace;

async function commitment(
  component: string,
  planNumber: string,
  title: { sq: string; en: string },
  activity: { sq: string; en: string },
  indicator: { sq: string; en: string },
  budget: { amount: number; currency: 'ALL' | 'EUR' },
) {
  const c = await tw.ok('commitment.create', { componentCode: component, title });
  await tw.ok('commitment.update', {
    id: c.id,
    changes: {
      planNumber,
      briefDescription: { sq: `Përshkrim i shkurtër për ${title.sq}`, en: title.en ? `Brief description of ${title.en}` : '' },
      leadInstitution: 'MD',
      startDate: '2021-01-01',
      endDate: '2022-06-30',
      budget,
    },
  });
  const m = await tw.ok('milestone.create', { commitmentId: c.id });
  await tw.ok('milestone.update', { id: m.id, changes: { activity, deliverable: { sq: 'Raport i publikuar', en: 'Published report' }, startDate: '2021-02-01', endDate: '2021-12-31', responsibleInstitution: 'MD' } });
  const ind = await tw.ok('indicator.create', { commitmentId: c.id });
  await tw.ok('indicator.update', {
    id: ind.id,
    changes: { name: indicator, unit: { sq: 'numër', en: 'number' }, baseline: { value: 1500, year: 2020 }, targets: [{ year: 2021, value: 10 }, { year: 2022, value: 25.5 }], frequency: 'annual' },
  });
}

const ANNEX_LIST: PrintAnnex[] = ['institutions', 'action-plan', 'indicators'];
const LANGS: PdfLang[] = ['sq', 'en', 'bilingual'];
const out = new Map<string, { buf: Buffer; pages: string[] }>();

beforeAll(async () => {
  tw = await tempWorkspace({ role: 'lfp', institution: 'MD' });
  // Created in reverse plan order: the annexes must sort by plan number.
  await commitment('access-to-justice', '3.1', C2, M2, I2, { amount: 25_000.5, currency: 'EUR' });
  await commitment('anti-corruption', '1.1', C1, M1, I1, { amount: 25_000_000, currency: 'ALL' });
  ws = await openWorkspace(tw.dir);
  for (const annex of ANNEX_LIST) {
    for (const lang of LANGS) {
      const buf = await renderAnnex({ ws, annex, lang });
      out.set(`${annex}/${lang}`, { buf, pages: await extract(buf) });
    }
    keepForReview(`annex-${annex}-bilingual`, out.get(`${annex}/bilingual`)!.buf);
  }
}, 120_000);

afterAll(async () => {
  await ws?.store.close();
  await tw?.cleanup();
});

const all = (annex: string, lang: string) => out.get(`${annex}/${lang}`)!.pages.join(' ');

describe('printed annexes', () => {
  it.each(LANGS)('Annex III (%s) lists every component with its lead institutions', (lang) => {
    const text = all('institutions', lang);
    if (lang !== 'en') {
      expect(text).toContain('Aneksi III — Institucionet udhëheqëse sipas komponentit');
      expect(text).toContain('Anti-Korrupsion');
      expect(text).toContain('Ministria e Drejtësisë');
      expect(text).toContain('Aksesi në Drejtësi');
    }
    if (lang !== 'sq') {
      expect(text).toContain('Annex III — Lead institutions by component');
      expect(text).toContain('Ministry of Justice');
      expect(text).toContain('Access to Justice');
    }
  });

  it.each(LANGS)('Annex VI/VII (%s) prints every commitment title and milestone activity in plan order', (lang) => {
    const text = all('action-plan', lang);
    if (lang !== 'en') {
      expect(text).toContain(C1.sq);
      expect(text).toContain(C2.sq);
      expect(text).toContain(M1.sq);
      expect(text).toContain(M2.sq);
      expect(text).toContain('Ë');
      expect(text.indexOf(`1.1 ${C1.sq}`)).toBeGreaterThanOrEqual(0);
      expect(text.indexOf(`1.1 ${C1.sq}`)).toBeLessThan(text.indexOf(`3.1 ${C2.sq}`));
    }
    if (lang !== 'sq') {
      expect(text).toContain(C1.en);
      expect(text).toContain(M1.en);
      expect(text).toContain(M2.en);
      expect(text).toContain('[translation missing]'); // C2 has no English title
    }
    if (lang === 'sq') expect(text).not.toContain(C1.en);
    if (lang === 'en') {
      expect(text).not.toContain(C1.sq);
      expect(text).toContain('3.1 [translation missing]');
    }
  });

  it.each(LANGS)('Annex VI/VII (%s) prints dates day first and amounts grouped, with the currency as each language writes it', (lang) => {
    // pdftotext gives the no-break space between figure and unit as U+00A0; folded here like any space.
    const text = all('action-plan', lang).replace(/\u00a0/g, ' ');
    expect(text).toContain('01.01.2021 – 30.06.2022');
    expect(text).toMatch(/01\.02\.2021 31\.12\.2021/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).not.toContain('25000000');
    if (lang !== 'en') {
      expect(text).toContain('25.000.000 lekë');
      expect(text).toContain('25.000,50 EUR');
    }
    if (lang !== 'sq') {
      expect(text).toContain('ALL 25,000,000');
      expect(text).toContain('EUR 25,000.50');
    }
    if (lang === 'sq') expect(text).not.toContain('ALL 25,000,000');
    if (lang === 'en') expect(text).not.toContain('lekë');
  });

  it.each(LANGS)('Annex IX (%s) prints every commitment with its indicators and yearly targets', (lang) => {
    const text = all('indicators', lang);
    if (lang !== 'en') {
      for (const s of [C1.sq, C2.sq, I1.sq, I2.sq, 'Synimi 2021', 'Synimi 2022']) expect(text).toContain(s);
    }
    if (lang !== 'sq') for (const s of [C1.en, I1.en, I2.en, 'Target 2021', '[translation missing]']) expect(text).toContain(s);
    // Measured numbers grouped and with the decimal mark of each language.
    // (The 2020 column is empty: "—".)
    if (lang === 'sq') expect(text).toMatch(/1\.500 \(2020\) — 10 25,5/);
    if (lang === 'en') expect(text).toMatch(/1,500 \(2020\) — 10 25\.5/);
    if (lang === 'bilingual') expect(text).toMatch(/1\.500 \(2020\) 1,500 \(2020\) — 10 25,5 25\.5/);
  });

  it('keeps ë, ç, Ë and Ç as written', () => expectAlbanianLetters(['action-plan', 'indicators'], (annex) => all(annex, 'sq')));

  it('numbers every page "Faqe X nga Y" / "Page X of Y"', () => expectPageFooters(out));

  it.each(ANNEX_LIST)('prints %s byte-for-byte the same twice', async (annex) => {
    const again = await renderAnnex({ ws, annex, lang: 'bilingual' });
    expect(again.equals(out.get(`${annex}/bilingual`)!.buf)).toBe(true);
  });

  it('prints one component only when asked', async () => {
    const text = (await extract(await renderAnnex({ ws, annex: 'action-plan', lang: 'sq', component: 'anti-corruption' }))).join(' ');
    expect(text).toContain(C1.sq);
    expect(text).not.toContain(C2.sq);
  });
});
