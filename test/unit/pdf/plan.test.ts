// The consolidated plan read back the way a reader meets it: the cover, a
// table of contents whose page numbers and links lead to the headings they
// name, an introduction per component, every annex in its own orientation
// with its bookmarks under one root per annex, a running header and
// "Faqe X nga Y" on every page, and the same bytes for the same data.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitmentsOf, componentsOf } from '../../../electron/services/pdf/annexes/common';
import { SECTION_ORDER, SECTIONS, type SectionName } from '../../../electron/services/pdf/annexes/sections';
import type { PdfLang } from '../../../electron/services/pdf/document';
import { loadPrintData, type PrintData } from '../../../electron/services/pdf/print-data';
import { renderDocument } from '../../../electron/services/pdf/render';
import { importInterchange } from '../../../electron/services/interchange';
import { openWorkspace, type Workspace } from '../../../electron/services/workspace/workspace';
import { printLabel } from '../../../electron/services/pdf/document';
import { syntheticPlan } from '../../fixtures/synthetic-plan';
import { type TempWorkspace, tempWorkspace } from '../../helpers/temp-workspace';
import { footerOf } from '../../helpers/pdf-text';

const ROOT = join(__dirname, '..', '..', '..');
const SPECIAL = { sq: 'Çelësi i Ëndrrës: përçimi i çështjeve gjyqësore', en: 'The key of the dream: conveying court matters' };

interface OutlineNode {
  title: string;
  page: number;
  items: OutlineNode[];
}
interface Link {
  /** Page index the link leads to. */
  target: number;
}
interface ReadPdf {
  pages: string[];
  sizes: { width: number; height: number }[];
  outline: OutlineNode[];
  /** Links per page, in the page's order. */
  links: Link[][];
}

/** Text (whitespace folded), page sizes, the outline and the link targets, resolved to page indexes by pdf.js. */
async function readPdf(buf: Buffer): Promise<ReadPdf> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const require = createRequire(__filename);
  pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(buf), useSystemFonts: false, disableFontFace: true }).promise;
  const pageOf = async (dest: string | unknown[] | null): Promise<number> => {
    const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : dest;
    if (!explicit) throw new Error(`unresolved destination ${String(dest)}`);
    return pdf.getPageIndex(explicit[0] as Parameters<typeof pdf.getPageIndex>[0]);
  };
  const out: ReadPdf = { pages: [], sizes: [], outline: [], links: [] };
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const content = await page.getTextContent();
    out.pages.push(content.items.map((it) => ('str' in it ? it.str + ' ' : '')).join('').replace(/\s+/g, ' '));
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    out.sizes.push({ width: x1 - x0, height: y1 - y0 });
    const links: Link[] = [];
    for (const a of (await page.getAnnotations()) as { subtype: string; dest?: string | unknown[] }[]) {
      if (a.subtype === 'Link' && a.dest) links.push({ target: await pageOf(a.dest) });
    }
    out.links.push(links);
  }
  type RawNode = { title: string; dest: string | unknown[] | null; items: RawNode[] };
  const walk = async (nodes: RawNode[]): Promise<OutlineNode[]> =>
    Promise.all(nodes.map(async (n) => ({ title: n.title, page: await pageOf(n.dest), items: await walk(n.items) })));
  out.outline = await walk(((await pdf.getOutline()) ?? []) as RawNode[]);
  await pdf.destroy();
  return out;
}

let tw: TempWorkspace;
let ws: Workspace;
let data: PrintData;
const LANGS: PdfLang[] = ['sq', 'en', 'bilingual'];
const printed = new Map<PdfLang, { buf: Buffer; pages: number; read: ReadPdf; progress: [number, number][] }>();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const label = (key: string) => printLabel(key);
const scopeOf = (lang: PdfLang) => ({ plan: data, lang, t: printLabel });
/** A commitment's entry in the contents and the bookmarks: "1.1 Titulli", or "1.1 Titulli | Title" in the bilingual edition. */
const heading = (c: { planNumber: string | null; title: { sq: string; en: string } }, lang: PdfLang) =>
  `${c.planNumber} ${lang === 'bilingual' ? `${c.title.sq} | ${c.title.en}` : c.title[lang]}`;
/** The same heading on its page: the English on its own line under the Albanian, without the number. */
const pageHeading = (c: { planNumber: string | null; title: { sq: string; en: string } }, lang: PdfLang) =>
  `${c.planNumber} ${lang === 'bilingual' ? `${c.title.sq} ${c.title.en}` : c.title[lang]}`;

/** Where each part (contents, introduction, each annex) starts, from the outline roots. */
function partRanges(read: ReadPdf): { name: string; from: number; to: number }[] {
  const names = ['contents', 'introduction', ...SECTION_ORDER];
  return read.outline.map((root, i) => ({ name: names[i]!, from: root.page, to: (read.outline[i + 1]?.page ?? read.pages.length) - 1 }));
}

/**
 * The contents name, for every commitment, the page its heading starts on in
 * the action plan (checked on the page text), and its links lead to the pages
 * the numbers name, in document order.
 */
function expectContentsToLead(read: ReadPdf, plan: PrintData, lang: PdfLang): void {
  const parts = partRanges(read);
  const contents = parts.find((p) => p.name === 'contents')!;
  const actionPlan = parts.find((p) => p.name === 'action-plan')!;
  const tocText = read.pages.slice(contents.from, contents.to + 1).join(' ');
  const tocLinks = read.links.slice(contents.from, contents.to + 1).flat().map((l) => l.target);
  const scope = { plan, lang, t: printLabel };
  const components = componentsOf(scope);
  const commitments = components.flatMap((c) => commitmentsOf(scope, c.code));
  expect(commitments.length).toBe(plan.commitments.length);
  // introduction + its components and its sources, every annex, the action plan's components and commitments
  expect(tocLinks.length).toBe(1 + components.length + 1 + SECTION_ORDER.length + components.length + commitments.length);
  expect([...tocLinks].sort((a, b) => a - b)).toEqual(tocLinks);
  let previous = actionPlan.from;
  for (const c of commitments) {
    const title = heading(c, lang);
    const match = new RegExp(`${escape(title)} (\\d+) `).exec(tocText);
    expect(match, title).not.toBeNull();
    const page = Number(match![1]) - 1;
    expect(page).toBeGreaterThanOrEqual(previous);
    expect(page).toBeLessThanOrEqual(actionPlan.to);
    // The page named starts the commitment: its heading is there and on no earlier page of the annex.
    expect(read.pages[page], title).toContain(pageHeading(c, lang));
    for (let p = actionPlan.from; p < page; p++) expect(read.pages[p]).not.toContain(`${pageHeading(c, lang)} `);
    expect(tocLinks).toContain(page);
    previous = page;
  }
  // The introduction's and the annexes' entries lead to their first pages.
  for (const part of parts.slice(1)) expect(tocLinks).toContain(part.from);
}

beforeAll(async () => {
  tw = await tempWorkspace({ role: 'poc', institution: 'POC' });
  ws = await openWorkspace(tw.dir);
  const plan = syntheticPlan({ commitments: 6, milestonesPer: 3, indicatorsPer: 4, ideas: 4, events: 2, participantsPer: 3, comments: 3, calendar: 3 });
  plan.commitments.find((c) => c.planNumber === '1.1')!.title = SPECIAL;
  await importInterchange(ws.store, plan);
  data = await loadPrintData(ws);
  const dir = join(ROOT, 'test-results', 'artifacts');
  mkdirSync(dir, { recursive: true });
  for (const lang of LANGS) {
    const progress: [number, number][] = [];
    const r = await renderDocument(data, { annex: 'plan', lang }, (done, total) => progress.push([done, total]));
    printed.set(lang, { buf: r.bytes, pages: r.pages, read: await readPdf(r.bytes), progress });
  }
  const file = join(dir, 'plan-bilingual.pdf');
  writeFileSync(file, printed.get('bilingual')!.buf);
  if (existsSync('/usr/bin/pdftoppm')) {
    for (const [page, name] of [[1, 'cover'], [2, 'contents']] as const) {
      try {
        execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '70', '-f', String(page), '-l', String(page), '-singlefile', file, join(dir, `plan-bilingual-${name}`)]);
      } catch {
        // Optional preview only.
      }
    }
  }
}, 180_000);

afterAll(async () => {
  await ws?.store.close();
  await tw?.cleanup();
});

describe('the consolidated plan', () => {
  it.each(LANGS)('prints every commitment title and milestone activity (%s)', (lang) => {
    const text = printed.get(lang)!.read.pages.join(' ');
    for (const l of ['sq', 'en'] as const) {
      if (lang !== 'bilingual' && lang !== l) continue;
      for (const c of data.commitments) {
        expect(text).toContain(c.title[l]);
        for (const m of c.milestones) expect(text).toContain(m.activity[l]);
      }
    }
    if (lang === 'sq') for (const ch of ['ë', 'ç', 'Ë', 'Ç']) expect(text).toContain(ch);
    if (lang === 'sq') expect(text).not.toContain(SPECIAL.en);
    if (lang === 'en') expect(text).not.toContain(SPECIAL.sq);
  });

  it.each(LANGS)('has a cover with the plan, its period, who prints it, the edition and the data date, and no running header (%s)', (lang) => {
    const cover = printed.get(lang)!.read.pages[0]!;
    const edition = { sq: 'Botim në shqip', en: 'English edition', bilingual: 'Botim dygjuhësh | Bilingual edition' }[lang];
    expect(cover).toContain(edition);
    // The plan's period is a span of months; the data date a day, dd.mm.yyyy.
    if (lang !== 'en') expect(cover).toContain('Periudha shtator 2020 – gusht 2022');
    if (lang !== 'sq') expect(cover).toContain('Period September 2020 – August 2022');
    if (lang !== 'en') {
      for (const s of [data.cycle.title.sq, 'Partneriteti për Qeverisje të Hapur', 'Republika e Shqipërisë', 'Përgatitur nga', data.printedBy.name.sq, 'Të dhënat më 15.03.2021']) {
        expect(cover).toContain(s);
      }
    }
    if (lang !== 'sq') for (const s of [data.cycle.title.en, 'Open Government Partnership', 'Prepared by', data.printedBy.name.en]) expect(cover).toContain(s);
    // The running header names the plan and the part; the cover has none.
    expect(cover).not.toContain(`${data.cycle.title.sq} ·`);
    expect(cover).not.toContain(`${data.cycle.title.en} ·`);
  });

  it.each(LANGS)('puts the plan title and the part title in the running header of every other page (%s)', (lang) => {
    const { read } = printed.get(lang)!;
    const l = lang === 'en' ? 'en' : 'sq';
    const parts = partRanges(read);
    const titles: Record<string, string> = { contents: label('print.plan.contents')[l], introduction: label('print.plan.introduction')[l] };
    for (const name of SECTION_ORDER) titles[name] = label(`print.annex.${name}`)[l];
    for (const part of parts) {
      for (let p = part.from; p <= part.to; p++) expect(read.pages[p], `page ${p + 1}`).toContain(`${data.cycle.title[l]} · ${titles[part.name]}`);
    }
    if (lang === 'bilingual') expect(read.pages[1]).toContain(`${data.cycle.title.en} · Contents`);
  });

  it.each(LANGS)('numbers every page but the cover "Faqe X nga Y" / "Page X of Y", the cover counted (%s)', (lang) => {
    const { pages } = printed.get(lang)!.read;
    const n = pages.length;
    expect(pages[0]).not.toMatch(/Faqe \d|Page \d/);
    pages.forEach((p, i) => i > 0 && expect(p, `page ${i + 1}`).toContain(footerOf(lang, i + 1, n)));
  });

  it.each(LANGS)('lists each commitment in the contents with the page that starts it, and links there (%s)', (lang) => {
    expectContentsToLead(printed.get(lang)!.read, data, lang);
  });

  it('lays out a contents longer than a page, every number still right', async () => {
    // 48 commitments of a single milestone and indicator: a contents of two pages.
    const many = Array.from({ length: 48 }, (_, k) => {
      const c = data.commitments[k % data.commitments.length]!;
      const number = Number(c.planNumber!.split('.')[0]);
      return {
        ...c,
        id: `${c.id.slice(0, 30)}${String(k).padStart(6, '0')}`,
        planNumber: `${number}.${k + 1}`,
        title: { sq: `${c.title.sq} (${k + 1})`, en: `${c.title.en} (${k + 1})` },
        milestones: c.milestones.slice(0, 1),
        indicators: c.indicators.slice(0, 1),
      };
    });
    const big: PrintData = { ...data, commitments: many };
    const read = await readPdf((await renderDocument(big, { annex: 'plan', lang: 'sq' })).bytes);
    const contents = partRanges(read)[0]!;
    expect(contents.to).toBeGreaterThan(contents.from);
    for (let p = contents.from; p <= contents.to; p++) expect(read.sizes[p]!.height).toBeGreaterThan(read.sizes[p]!.width);
    expectContentsToLead(read, big, 'sq');
  });

  it('prints a plan without commitments: every part, each component saying it has none', async () => {
    const empty: PrintData = { ...data, commitments: [], ideas: [], rounds: [], events: [], comments: [], reports: [], calendar: [] };
    const read = await readPdf((await renderDocument(empty, { annex: 'plan', lang: 'sq' })).bytes);
    expect(read.outline.length).toBe(2 + SECTION_ORDER.length);
    expect(read.pages.join(' ')).toContain('Ky komponent nuk ka ende angazhime.');
    expectContentsToLead(read, empty, 'sq');
  });

  it.each(LANGS)('has one root bookmark per part and the components and commitments under the action plan (%s)', (lang) => {
    const { read } = printed.get(lang)!;
    const t = (key: string) => {
      const v = label(key);
      return lang === 'bilingual' ? `${v.sq} | ${v.en}` : v[lang];
    };
    expect(read.outline.map((o) => o.title)).toEqual([t('print.plan.contents'), t('print.plan.introduction'), ...SECTION_ORDER.map((n) => t(`print.annex.${n}`))]);
    const scope = scopeOf(lang);
    const components = componentsOf(scope);
    const ap = read.outline[2 + SECTION_ORDER.indexOf('action-plan')]!;
    expect(ap.items.length).toBe(components.length);
    components.forEach((comp, i) => {
      const l = lang === 'en' ? 'en' : 'sq';
      expect(ap.items[i]!.title).toContain(comp.title[l]);
      expect(ap.items[i]!.items.map((x) => x.title)).toEqual(commitmentsOf(scope, comp.code).map((c) => heading(c, lang)));
    });
    const intro = read.outline[1]!;
    expect(intro.items.length).toBe(components.length + 1);
    components.forEach((comp, i) => expect(intro.items[i]!.title).toContain(comp.title[lang === 'en' ? 'en' : 'sq']));
    expect(intro.items.at(-1)!.title).toBe(t('print.plan.sources.title'));
    const ind = read.outline[2 + SECTION_ORDER.indexOf('indicators')]!;
    expect(ind.items.flatMap((x) => x.items).length).toBe(data.commitments.length);
  });

  it.each(LANGS)('turns exactly the landscape annexes to landscape, overflow pages included (%s)', (lang) => {
    const { read } = printed.get(lang)!;
    const parts = partRanges(read);
    const landscape = new Set<number>();
    for (const part of parts) {
      if (part.name in SECTIONS && SECTIONS[part.name as SectionName].layout === 'landscape') for (let p = part.from; p <= part.to; p++) landscape.add(p);
    }
    const indicators = parts.find((p) => p.name === 'indicators')!;
    expect(indicators.to).toBeGreaterThan(indicators.from); // the indicators run over more than one page
    read.sizes.forEach((s, i) => {
      if (landscape.has(i)) expect(s.width, `page ${i + 1}`).toBeGreaterThan(s.height);
      else expect(s.height, `page ${i + 1}`).toBeGreaterThan(s.width);
    });
  });

  it('names the sources of the data: the bundles imported, or that there were none', async () => {
    const intro = (read: ReadPdf) => {
      const part = partRanges(read).find((p) => p.name === 'introduction')!;
      return read.pages.slice(part.from, part.to + 1).join(' ');
    };
    expect(intro(printed.get('sq')!.read)).toContain('ende nuk është importuar asnjë paketë e nënshkruar');
    const sources = [
      { institution: 'MD', seq: 3, manifestSha256: 'abcdef0123456789'.padEnd(64, '0'), acceptedAt: '2021-03-20T10:00:00.000Z' },
      { institution: 'NAIS', seq: 1, manifestSha256: '0123456789abcdef'.padEnd(64, 'f'), acceptedAt: '2021-03-18T09:00:00.000Z' },
    ];
    const read = await readPdf((await renderDocument({ ...data, sources }, { annex: 'plan', lang: 'en' })).bytes);
    const text = intro(read);
    expect(text).toContain('Sources of the data');
    expect(text).toContain('the latest from each institution');
    expect(text).toMatch(/Ministry of Justice 3 abcd ef01 2345 6789 20\.03\.2021/);
    expect(text).toMatch(/National Agency for Information Society 1 0123 4567 89ab cdef 18\.03\.2021/);
  });

  it('prints an introduction per component: policy goal, lead institutions and its commitments', () => {
    const { read } = printed.get('bilingual')!;
    const intro = partRanges(read).find((p) => p.name === 'introduction')!;
    const text = read.pages.slice(intro.from, intro.to + 1).join(' ');
    for (const comp of componentsOf(scopeOf('bilingual'))) {
      expect(text).toContain(comp.policyGoal.sq);
      expect(text).toContain(comp.policyGoal.en);
    }
    expect(text).toContain('Qëllimi i politikës Policy goal');
    expect(text).toContain('Ministria e Drejtësisë');
    expect(text).toContain('Ministry of Justice');
    expect(text).toContain(SPECIAL.sq);
    expect(text).toContain('01.09.2020 – 31.08.2022');
  });

  it('has both languages in the bilingual edition', () => {
    const text = printed.get('bilingual')!.read.pages.join(' ');
    for (const s of ['Përmbajtja | Contents', 'Hyrje Introduction', data.cycle.title.sq, data.cycle.title.en, SPECIAL.sq, SPECIAL.en, 'Faqe 2 nga', 'Page 2 of']) {
      expect(text).toContain(s);
    }
  });

  it.each(LANGS)('reports progress that only grows and ends at the total (%s)', (lang) => {
    const { progress } = printed.get(lang)!;
    const scope = scopeOf(lang);
    const total = 3 + componentsOf(scope).length + SECTION_ORDER.reduce((n, name) => n + Math.max(1, SECTIONS[name].units(scope)), 0);
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.every(([, t]) => t === total)).toBe(true);
    progress.forEach(([done], i) => i > 0 && expect(done).toBeGreaterThan(progress[i - 1]![0]));
    expect(progress.at(-1)).toEqual([total, total]);
  });

  it('has a plausible number of pages, as reported', () => {
    for (const lang of LANGS) {
      const p = printed.get(lang)!;
      expect(p.pages).toBe(p.read.pages.length);
      // cover, contents, introduction, six annexes with 6 commitments: more than a dozen pages, far fewer than a hundred
      expect(p.pages).toBeGreaterThan(12);
      expect(p.pages).toBeLessThan(100);
    }
    expect(printed.get('bilingual')!.pages).toBeGreaterThan(printed.get('sq')!.pages);
  });

  it('prints byte-for-byte the same twice', async () => {
    const again = await renderDocument(data, { annex: 'plan', lang: 'bilingual' });
    expect(again.bytes.equals(printed.get('bilingual')!.buf)).toBe(true);
  });

  it('says on the cover which components an institution’s share or a one-component print covers', async () => {
    const md = data.reference.institutions.find((i) => i.code === 'MD')!;
    const share = await readPdf((await renderDocument({ ...data, printedBy: { code: 'MD', name: md.name, role: 'lfp' } }, { annex: 'plan', lang: 'sq' })).bytes);
    expect(share.pages[0]).toContain('Pjesa e institucionit për:');
    expect(share.pages[0]).toContain('Komponenti 1: Anti-Korrupsion');
    expect(share.pages[0]).toContain('Komponenti 3: Aksesi në Drejtësi');
    expect(share.pages[0]).not.toContain('Komponenti 2:');

    const one = await readPdf((await renderDocument(data, { annex: 'plan', lang: 'en', component: 'access-to-justice' })).bytes);
    expect(one.pages[0]).toContain('This edition covers only:');
    expect(one.pages[0]).toContain('Component 3: Access to Justice');
    const text = one.pages.join(' ');
    for (const c of data.commitments) {
      if (c.componentCode === 'access-to-justice') expect(text).toContain(c.title.en);
      else expect(text).not.toContain(c.title.en);
    }
    expect(one.outline[2 + SECTION_ORDER.indexOf('action-plan')]!.items.length).toBe(1);
  });
});
