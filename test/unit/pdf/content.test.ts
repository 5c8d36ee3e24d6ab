// What the printed plan says, read back with pdf.js the way a reader meets it:
// every field of the commitment template that has content, in the template's
// order, from the real-phrasing fixture (with AL0069's other actors); no
// placeholder of any kind in a final print; in a draft, "[mungon përkthimi]"
// only where one language has text and "pa plotësuar" where neither has; the
// PROJEKT / DRAFT mark on every page of a draft and on none of a final; each
// commitment from a new page; no heading left at the foot of a page; dates
// and amounts in the Albanian forms; no footer on the cover; the same bytes
// twice, draft and final alike.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitmentsOf, componentsOf, componentTitle } from '../../../electron/services/pdf/annexes/common';
import { MARGIN, type PdfLang, printLabel } from '../../../electron/services/pdf/document';
import { loadPrintData, type PrintData } from '../../../electron/services/pdf/print-data';
import { renderDocument } from '../../../electron/services/pdf/render';
import { importInterchange } from '../../../electron/services/interchange';
import { openWorkspace, type Workspace } from '../../../electron/services/workspace/workspace';
import type { Commitment } from '../../../shared/model/plan';
import type { PrintMode, PrintRequest } from '../../../shared/model/print';
import { syntheticPlan } from '../../fixtures/synthetic-plan';
import { type TempWorkspace, tempWorkspace } from '../../helpers/temp-workspace';
import { keepPageImages } from './printed';

const OTHER_ACTORS = 'UNDP; IDRA; Roma Active Albania; Down Syndrome Albania';
const HALF = { sq: '', en: 'Causes written in English only' };
const PLACEHOLDERS = ['[mungon përkthimi]', '[translation missing]', 'pa plotësuar', 'not filled in'];

interface Line {
  text: string;
  size: number;
  y: number;
}
interface Page {
  text: string;
  height: number;
  /** Upright text lines of the page body (between the running header and the footer), top first. */
  body: Line[];
}

async function read(buf: Buffer): Promise<Page[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const require = createRequire(__filename);
  pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(buf), useSystemFonts: false, disableFontFace: true }).promise;
  const pages: Page[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const height = (page.view[3] as number) - (page.view[1] as number);
    const items = (await page.getTextContent()).items.flatMap((it) => ('str' in it ? [it] : []));
    const body: Line[] = [];
    for (const it of items) {
      const [a, b, , d, , f] = it.transform as number[];
      // Rotated text (the draft mark in the margin) and the running header and footer are not the body.
      if (b !== 0 || a <= 0 || !it.str.trim() || f! < MARGIN - 2 || f! > height - MARGIN) continue;
      const last = body[body.length - 1];
      if (last && Math.abs(last.y - f!) < 1) last.text += ` ${it.str}`;
      else body.push({ text: it.str, size: Math.round(d!), y: f! });
    }
    pages.push({ text: items.map((it) => it.str).join(' ').replace(/\s+/g, ' '), height, body });
  }
  await pdf.destroy();
  return pages;
}

let tw: TempWorkspace;
let ws: Workspace;
/** Every field filled in both languages but the ones this test empties; a fixture with a half-translated field beside it. */
let full: PrintData;
let half: PrintData;
let target: Commitment;
const printed = new Map<string, { buf: Buffer; pages: Page[] }>();
const key = (annex: PrintRequest['annex'], lang: PdfLang, mode: PrintMode, data = 'full') => `${annex}/${lang}/${mode}/${data}`;

async function print(annex: PrintRequest['annex'], lang: PdfLang, mode: PrintMode, data: 'full' | 'half' = 'full') {
  const k = key(annex, lang, mode, data);
  if (!printed.has(k)) {
    const r = await renderDocument(data === 'full' ? full : half, { annex, lang, mode });
    printed.set(k, { buf: r.bytes, pages: await read(r.bytes) });
  }
  return printed.get(k)!;
}

beforeAll(async () => {
  tw = await tempWorkspace({ role: 'poc', institution: 'POC' });
  ws = await openWorkspace(tw.dir);
  const plan = syntheticPlan({ commitments: 5, milestonesPer: 3, indicatorsPer: 2, ideas: 2, events: 1, participantsPer: 2, comments: 2, calendar: 4 });
  const c = plan.commitments.find((x) => x.ogpId !== null)!;
  c.ogpId = 'AL0069';
  c.otherActors = { sq: OTHER_ACTORS, en: OTHER_ACTORS };
  c.budget = { ...c.budget, amount: 25_000_000, currency: 'ALL' };
  c.supportingInstitutions = ['INSTAT'];
  c.policyAreas = ['open-data'];
  // Another commitment leaves two fields empty in both languages.
  const other = plan.commitments.find((x) => x !== c)!;
  other.statusQuo = { sq: '', en: '' };
  other.supportingInstitutions = [];
  await importInterchange(ws.store, plan);
  full = await loadPrintData(ws);
  target = full.commitments.find((x) => x.id === c.id)!;
  half = { ...full, commitments: full.commitments.map((x) => (x.id === c.id ? { ...x, causes: HALF } : x)) };
  for (const lang of ['sq', 'en', 'bilingual'] as const) for (const mode of ['draft', 'final'] as const) await print('plan', lang, mode);
  for (const mode of ['draft', 'final'] as const) {
    const { buf, pages } = printed.get(key('plan', 'bilingual', mode))!;
    // The cover, the first commitment's page and Annex V, for a person to look at.
    keepPageImages(`plan-bilingual-${mode}`, buf, {
      cover: 1,
      commitment: partStart(pages, printLabel('print.annex.action-plan')) + 1,
      calendar: partStart(pages, printLabel('print.annex.calendar')) + 1,
    });
  }
}, 240_000);

afterAll(async () => {
  await ws?.store.close();
  await tw?.cleanup();
});

/** The first page of a part: the page whose first body line is the part's title (the contents list it further down). */
function partStart(pages: Page[], title: { sq: string; en: string }): number {
  const i = pages.findIndex((p) => p.body[0] !== undefined && (p.body[0].text.startsWith(title.sq) || p.body[0].text.startsWith(title.en)));
  expect(i, title.sq).toBeGreaterThanOrEqual(0);
  return i;
}

/** The page of the action plan where commitment `c` starts (its heading line). */
function commitmentPage(pages: Page[], c: Commitment, lang: PdfLang): number {
  const heading = `${c.planNumber} ${c.title[lang === 'en' ? 'en' : 'sq']}`;
  const from = partStart(pages, printLabel('print.annex.action-plan'));
  const at = pages.findIndex((p, i) => i >= from && p.body.some((line) => line.text.startsWith(heading)));
  expect(at, heading).toBeGreaterThanOrEqual(from);
  return at;
}

/** The text of the pages on which commitment `c` is printed, as written (cell by cell), up to the next commitment. */
function commitmentPages(pages: Page[], c: Commitment, lang: PdfLang): string {
  const start = commitmentPage(pages, c, lang);
  const starts = full.commitments.map((x) => commitmentPage(pages, x, lang));
  const indicators = printLabel('print.annex.indicators');
  const annexEnd = pages.findIndex((p) => p.body[0]?.text.startsWith(indicators.sq) || p.body[0]?.text.startsWith(indicators.en));
  const next = Math.min(annexEnd < 0 ? pages.length : annexEnd, ...starts.filter((s) => s > start));
  return pages.slice(start, next).map((p) => p.text).join(' ');
}

describe('the commitment template in print', () => {
  it.each(['sq', 'en', 'bilingual'] as const)('prints every field that has content, in the template order and with the editor labels (%s)', async (lang) => {
    for (const mode of ['draft', 'final'] as const) {
      const text = commitmentPages((await print('plan', lang, mode)).pages, target, lang);
      const l = lang === 'en' ? 'en' : 'sq';
      const label = (k: string) => printLabel(k)[l];
      const value = (t: { sq: string; en: string }) => t[l];
      const inOrder: [string, string][] = [
        [label('model.commitment.ogpId'), 'AL0069'],
        [label('model.commitment.shortTitle'), value(target.shortTitle)],
        [label('model.commitment.briefDescription'), value(target.briefDescription)],
        [label('model.commitment.problem'), value(target.problem)],
        [label('model.commitment.causes'), value(target.causes)],
        [label('model.commitment.statusQuo'), value(target.statusQuo)],
        [label('model.commitment.doneSoFar'), value(target.doneSoFar)],
        [label('model.commitment.solution'), value(target.solution)],
        [label('model.commitment.expectedResults'), value(target.expectedResults)],
        [label('model.commitment.contribution'), value(target.contribution)],
        [label('model.commitment.objective'), value(target.objective)],
        [label('model.commitment.ogpValues'), l === 'sq' ? 'Aksesi në informacion (transparenca); Pjesëmarrja qytetare' : 'Access to information (transparency); Civic participation'],
        [label('model.commitment.relevance'), value(target.relevance)],
        [label('model.commitment.policyAreas'), l === 'sq' ? 'Të dhëna të hapura' : 'Open data'],
        [label('model.commitment.strategyLinks'), value(target.strategyLinks)],
        [label('model.commitment.sdgs'), `16. ${label('model.sdg.16')}`],
        [label('model.commitment.leadInstitution'), l === 'sq' ? full.reference.institutions.find((i) => i.code === target.leadInstitution)!.name.sq : full.reference.institutions.find((i) => i.code === target.leadInstitution)!.name.en],
        [label('model.commitment.supportingInstitutions'), l === 'sq' ? 'Instituti i Statistikave' : 'Institute of Statistics'],
        [label('model.commitment.otherActors'), OTHER_ACTORS],
        [label('print.dates'), '01.09.2020 – 31.08.2022'],
        [label('model.commitment.budget'), l === 'sq' ? '25.000.000 lekë' : 'ALL 25,000,000'],
        [label('model.budget.fundingSource'), value(target.budget.fundingSource)],
        [label('model.commitment.contact'), `${target.contact.name}, ${target.contact.title}, ${target.contact.email}, ${target.contact.phone}`],
        [label('model.milestone.stakeholders'), value(target.milestones[0]!.stakeholders)],
      ];
      let at = -1;
      for (const [name, v] of inOrder) {
        const folded = text.replace(/\u00a0/g, ' ');
        const i = folded.indexOf(name, at + 1);
        expect(i, `${lang}/${mode}: ${name}`).toBeGreaterThan(at);
        expect(folded.indexOf(v, i), `${lang}/${mode}: ${name} = ${v}`).toBeGreaterThan(i);
        at = i;
      }
      if (lang === 'bilingual') for (const s of [target.problem.en, target.statusQuo.en, 'Other actors involved', 'What has been done so far']) expect(text).toContain(s);
      // The title is the heading, printed once on the commitment's page.
      expect(text.split(target.title[l]).length - 1, 'title once').toBe(1);
    }
  });

  it.each(['sq', 'en', 'bilingual'] as const)('prints no placeholder in a final print and leaves an empty field out, label too (%s)', async (lang) => {
    const { pages } = await print('plan', lang, 'final');
    const all = pages.map((p) => p.text).join(' ');
    for (const p of PLACEHOLDERS) expect(all, p).not.toContain(p);
    const other = full.commitments.find((x) => x.statusQuo.sq === '')!;
    const l = lang === 'en' ? 'en' : 'sq';
    const text = commitmentPages(pages, other, lang);
    expect(text).not.toContain(printLabel('model.commitment.statusQuo')[l]);
    expect(text).not.toContain(printLabel('model.commitment.supportingInstitutions')[l]);
    expect(text).toContain(printLabel('model.commitment.causes')[l]);
  });

  it('shows in a draft "pa plotësuar" for an empty field and the missing-translation placeholder only for a half-translated one', async () => {
    const other = full.commitments.find((x) => x.statusQuo.sq === '')!;
    for (const lang of ['sq', 'en', 'bilingual'] as const) {
      const { pages } = await print('action-plan', lang, 'draft', 'half');
      const l = lang === 'en' ? 'en' : 'sq';
      const all = pages.map((p) => p.text).join(' ');
      const count = (s: string) => all.split(s).length - 1;
      const notFilled = printLabel('print.notFilled')[l];
      const emptyText = commitmentPages(pages, other, lang);
      expect(emptyText).toContain(`${printLabel('model.commitment.statusQuo')[l]} ${lang === 'bilingual' ? 'Status quo ' : ''}${notFilled}`);
      expect(emptyText).toContain(`${printLabel('model.commitment.supportingInstitutions')[l]} ${lang === 'bilingual' ? 'Supporting institutions ' : ''}${notFilled}`);
      const causes = commitmentPages(pages, target, lang);
      // Albanian empty, English written: the Albanian edition says the translation is missing, the English prints it.
      if (lang === 'sq') expect(causes).toContain(`${printLabel('model.commitment.causes').sq} [mungon përkthimi]`);
      if (lang === 'en') expect(causes).toContain(`Causes of the problem ${HALF.en}`);
      if (lang === 'bilingual') expect(causes).toContain(`[mungon përkthimi] ${HALF.en}`);
      // The only missing translation of the plan is that field; the fixture's other empty fields are "not filled in".
      expect(count(lang === 'en' ? '[translation missing]' : '[mungon përkthimi]')).toBe(lang === 'en' ? 0 : 1);
      if (lang !== 'sq') expect(count('[translation missing]')).toBe(0);
    }
  });

  it.each(['sq', 'en', 'bilingual'] as const)('marks every page of a draft and no page of a final print (%s)', async (lang) => {
    const mark = { sq: 'PROJEKT', en: 'DRAFT', bilingual: 'PROJEKT / DRAFT' }[lang];
    for (const annex of ['plan', 'action-plan', 'calendar'] as const) {
      const draft = (await print(annex, lang, 'draft')).pages;
      draft.forEach((p, i) => expect(p.text, `${annex} draft page ${i + 1}`).toContain(mark));
      const final = (await print(annex, lang, 'final')).pages;
      final.forEach((p, i) => expect(p.text, `${annex} final page ${i + 1}`).not.toMatch(/PROJEKT|DRAFT/));
    }
  });

  it.each(['sq', 'bilingual'] as const)('starts each commitment on a new page, under nothing but its annex and component titles (%s)', async (lang) => {
    const { pages } = await print('plan', lang, 'final');
    const scope = { plan: full, lang, t: printLabel };
    const annex = printLabel('print.annex.action-plan');
    for (const comp of componentsOf(scope)) {
      for (const c of commitmentsOf(scope, comp.code)) {
        const heading = `${c.planNumber} ${c.title.sq}`;
        const page = pages[commitmentPage(pages, c, lang)]!;
        const before = page.body.slice(0, page.body.findIndex((line) => line.text.startsWith(heading))).map((line) => line.text);
        const allowed = new Set([annex.sq, annex.en, componentTitle(scope, comp).sq, componentTitle(scope, comp).en]);
        for (const line of before) expect(allowed.has(line), `${heading}: "${line}" above it`).toBe(true);
      }
    }
  });

  it.each(['sq', 'en', 'bilingual'] as const)('never leaves a heading at the foot of a page: each has lines of its own content under it (%s)', async (lang) => {
    for (const mode of ['draft', 'final'] as const) {
      const { pages } = await print('plan', lang, mode);
      // The cover is set as one block and the contents as a list: from the introduction on, the body.
      const intro = partStart(pages, printLabel('print.plan.introduction'));
      // Under a heading: at least a line of its content (in the bilingual edition, below the heading's English line).
      const under = lang === 'bilingual' ? 20 : 6;
      let checked = 0;
      pages.forEach((p, i) => {
        if (i < intro) return;
        const lowest = Math.min(...p.body.map((line) => line.y));
        for (const line of p.body) {
          // Headings are set at 11 pt and more; body text at 10, tables at 8.
          if (line.size < 11) continue;
          checked++;
          expect(line.y - lowest, `page ${i + 1} (${mode}): "${line.text}" is the last thing on its page`).toBeGreaterThan(under);
        }
      });
      // The headings were found: every component, commitment and template section has one.
      expect(checked).toBeGreaterThan(full.commitments.length * 8);
    }
  });

  it.each(['sq', 'en', 'bilingual'] as const)('writes dates day first and amounts grouped with their currency, never an ISO date (%s)', async (lang) => {
    const all = (await print('plan', lang, 'final')).pages.map((p) => p.text).join(' ').replace(/\u00a0/g, ' ');
    expect(all).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(all).toContain('01.09.2020 – 31.08.2022');
    if (lang !== 'en') expect(all).toContain('25.000.000 lekë');
    if (lang !== 'sq') expect(all).toContain('ALL 25,000,000');
    if (lang !== 'en') expect(all).toContain('shtator 2020');
  });

  it.each(['sq', 'en', 'bilingual'] as const)('prints no footer on the cover, and numbers the next page 2 (%s)', async (lang) => {
    const { pages } = await print('plan', lang, 'final');
    expect(pages[0]!.text).not.toMatch(/Faqe \d|Page \d/);
    expect(pages[1]!.text).toMatch(lang === 'en' ? /Page 2 of \d+/ : /Faqe 2 nga \d+/);
  });

  it('prints byte-for-byte the same twice, draft and final alike', async () => {
    for (const mode of ['draft', 'final'] as const) {
      const again = await renderDocument(full, { annex: 'plan', lang: 'bilingual', mode });
      expect(again.bytes.equals(printed.get(key('plan', 'bilingual', mode))!.buf), mode).toBe(true);
    }
  });
});
