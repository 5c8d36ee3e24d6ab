// The POC's front matter in print, read back with pdf.js: the consolidated
// plan opens, after the cover and the contents, with the foreword, the
// introduction, the approval reference and the abbreviations (a section left
// empty is left out, with its entry), each with an entry in the contents and
// a bookmark; Annex III names the focal points under their institutions;
// Albanian letters print as written.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FrontMatterService } from '../../../electron/services/front-matter/service';
import { importInterchange } from '../../../electron/services/interchange';
import { loadPrintData, type PrintData } from '../../../electron/services/pdf/print-data';
import { renderDocument } from '../../../electron/services/pdf/render';
import { openWorkspace, type Workspace } from '../../../electron/services/workspace/workspace';
import { syntheticPlan } from '../../fixtures/synthetic-plan';
import { type TempWorkspace, tempWorkspace } from '../../helpers/temp-workspace';
import { keepForReview, keepPageImages } from './printed';

const FOREWORD = { sq: 'Qeverisja e hapur është zgjedhja jonë: çdo qytetar ka zë në hartimin e politikave.', en: 'Open government is our choice: every citizen has a voice in shaping policy.' };
const INTRO = { sq: 'Shqipëria u bashkua me Partneritetin për Qeverisje të Hapur në vitin 2011.', en: 'Albania joined the Open Government Partnership in 2011.' };

interface Read {
  pages: string[];
  outline: { title: string; page: number }[];
}

async function read(buf: Buffer): Promise<Read> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(createRequire(__filename).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(buf), useSystemFonts: false, disableFontFace: true }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? `${it.str} ` : '')).join('').replace(/\s+/g, ' '));
  }
  const roots = ((await pdf.getOutline()) ?? []) as { title: string; dest: string | unknown[] }[];
  const outline = [];
  for (const r of roots) {
    const dest = typeof r.dest === 'string' ? await pdf.getDestination(r.dest) : r.dest;
    outline.push({ title: r.title, page: await pdf.getPageIndex(dest![0] as Parameters<typeof pdf.getPageIndex>[0]) });
  }
  await pdf.destroy();
  return { pages, outline };
}

let tw: TempWorkspace;
let ws: Workspace;
let data: PrintData;

beforeAll(async () => {
  tw = await tempWorkspace({ role: 'poc', institution: 'POC' });
  ws = await openWorkspace(tw.dir);
  await importInterchange(ws.store, syntheticPlan({ commitments: 2, milestonesPer: 1, indicatorsPer: 1, ideas: 0, events: 0, participantsPer: 0, comments: 0, calendar: 0 }));
  const fm = new FrontMatterService(ws);
  const { id } = await fm.get();
  await fm.update(id, {
    foreword: FOREWORD,
    introduction: INTRO,
    // The process is left empty: it is left out of the print.
    approval: { decisionNumber: 'Nr. 1023', decisionDate: '2020-12-23', text: { sq: 'Plani u miratua nga Këshilli i Ministrave.', en: 'The plan was approved by the Council of Ministers.' } },
    abbreviations: [{ short: { sq: 'AKSHI', en: 'NAIS' }, expansion: { sq: 'Agjencia Kombëtare e Shoqërisë së Informacionit', en: 'National Agency for Information Society' } }],
    focalPoints: [
      { institution: 'NAIS', name: 'Gëzim Hoxha', role: { sq: 'Përgjegjës i sektorit', en: 'Head of sector' }, email: '' },
      { institution: 'MD', name: 'Arbëreshë Çela', role: { sq: 'Drejtore e Politikave', en: 'Director of Policy' }, email: 'arbereshe.cela@drejtesia.gov.al' },
    ],
  });
  data = await loadPrintData(ws);
}, 120_000);

afterAll(async () => {
  await ws?.store.close();
  await tw?.cleanup();
});

describe('the front matter in the consolidated plan', () => {
  it('prints after the contents and before the components, each section with its bookmark and contents entry (sq)', async () => {
    const r = await renderDocument(data, { annex: 'plan', lang: 'sq' });
    keepForReview('plan-front-sq', r.bytes);
    const pdf = await read(r.bytes);
    keepPageImages('plan-front-sq', r.bytes, { foreword: pdf.pages.findIndex((p) => p.includes(FOREWORD.sq.slice(0, 30))) + 1 });
    const titles = pdf.outline.map((o) => o.title);
    expect(titles.slice(0, 6)).toEqual(['Përmbajtja', 'Parathënie', 'Hyrje: qeverisja e hapur në Shqipëri', 'Miratimi i planit', 'Lista e shkurtimeve', 'Hyrje']);
    expect(titles).not.toContain('Procesi i hartimit dhe i bashkëkrijimit të planit');
    const at = (title: string) => pdf.outline.find((o) => o.title === title)!.page;
    // Each section from its own page, in order, the contents before them.
    const pages = ['Përmbajtja', 'Parathënie', 'Hyrje: qeverisja e hapur në Shqipëri', 'Miratimi i planit', 'Lista e shkurtimeve', 'Hyrje'].map(at);
    expect([...new Set(pages)].sort((a, b) => a - b)).toEqual(pages);
    expect(pdf.pages[at('Parathënie')]).toContain(FOREWORD.sq);
    expect(pdf.pages[at('Hyrje: qeverisja e hapur në Shqipëri')]).toContain(INTRO.sq);
    const approval = pdf.pages[at('Miratimi i planit')]!;
    expect(approval).toContain('Vendimi i Këshillit të Ministrave nr. 1023, datë 23.12.2020');
    expect(approval).toContain('Plani u miratua nga Këshilli i Ministrave.');
    expect(pdf.pages[at('Lista e shkurtimeve')]).toContain('Agjencia Kombëtare e Shoqërisë së Informacionit');
    // The contents name each section with the page it starts on.
    const contents = pdf.pages[at('Përmbajtja')]!;
    expect(contents).toContain(`Parathënie ${at('Parathënie') + 1} `);
    expect(contents).toContain(`Miratimi i planit ${at('Miratimi i planit') + 1} `);
    // Only Albanian in the Albanian edition.
    expect(pdf.pages.join(' ')).not.toContain(FOREWORD.en);
  }, 60_000);

  it('prints both languages in the bilingual edition', async () => {
    const pdf = await read((await renderDocument(data, { annex: 'plan', lang: 'bilingual' })).bytes);
    const text = pdf.pages.join(' ');
    for (const s of [FOREWORD.sq, FOREWORD.en, INTRO.en, 'Council of Ministers’ Decision No. 1023 of 23.12.2020', 'National Agency for Information Society']) expect(text).toContain(s);
    expect(pdf.outline[1]!.title).toBe('Parathënie | Foreword');
  }, 60_000);

  it('leaves the front matter out when the POC has written none', async () => {
    const pdf = await read((await renderDocument({ ...data, frontMatter: null }, { annex: 'plan', lang: 'sq' })).bytes);
    expect(pdf.outline.map((o) => o.title).slice(0, 2)).toEqual(['Përmbajtja', 'Hyrje']);
    expect(pdf.pages.join(' ')).not.toContain('Parathënie');
  }, 60_000);
});

describe('Annex III', () => {
  it('names the focal points under their institutions, in code order', async () => {
    const r = await renderDocument(data, { annex: 'institutions', lang: 'sq' });
    keepForReview('institutions-focal-sq', r.bytes);
    const text = (await read(r.bytes)).pages.join(' ');
    expect(text).toContain('Pikat fokale të institucioneve');
    for (const s of ['Arbëreshë Çela', 'Drejtore e Politikave', 'Gëzim Hoxha', 'Përgjegjës i sektorit']) expect(text).toContain(s);
    // A long address may wrap inside its cell.
    expect(text.replace(/\s+/g, '')).toContain('arbereshe.cela@drejtesia.gov.al');
    // MD before NAIS, whatever order the POC typed them in.
    expect(text.indexOf('Arbëreshë Çela')).toBeLessThan(text.indexOf('Gëzim Hoxha'));
  }, 60_000);

  it('prints no focal points section when there are none', async () => {
    const text = (await read((await renderDocument({ ...data, frontMatter: null }, { annex: 'institutions', lang: 'sq' })).bytes)).pages.join(' ');
    expect(text).not.toContain('Pikat fokale');
  }, 60_000);
});
