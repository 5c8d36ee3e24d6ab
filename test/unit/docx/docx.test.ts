// The Word export read back: a .docx is a ZIP of XML parts (test/helpers/
// docx-xml.ts). The same content in the same order as the PDF (the rows of
// print-content), real Heading 1-3 styles and a TOC field, tables with a
// repeated header row, Albanian letters as written, every run's language
// set (sq-AL, en-GB) and the English in italic, the draft mark in the page
// header of a draft and in no header of a final, a final refused while the
// plan is not ready, and the same bytes for the same data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/services/docx/render';
import { importInterchange } from '../../../electron/services/interchange';
import { loadPrintData, type PrintData } from '../../../electron/services/pdf/print-data';
import { commitmentSections } from '../../../electron/services/print-content/commitment';
import { commitmentsOf, componentsOf, scopeOf } from '../../../electron/services/print-content/scope';
import { openWorkspace, type Workspace } from '../../../electron/services/workspace/workspace';
import { AppError } from '../../../shared/api/errors';
import { emptyFrontMatterFields, type FrontMatter } from '../../../shared/model/front-matter';
import type { DocxRequest } from '../../../shared/model/print';
import { syntheticPlan } from '../../fixtures/synthetic-plan';
import { type DocxParagraph, docxParts, paragraphsOf } from '../../helpers/docx-xml';
import { type TempWorkspace, tempWorkspace } from '../../helpers/temp-workspace';

const NOW = new Date('2021-06-01T10:00:00Z');
const FOREWORD = { sq: 'Qeverisja e hapur është zgjedhja jonë: çdo qytetar ka zë.', en: 'Open government is our choice: every citizen has a voice.' };

let tw: TempWorkspace;
let ws: Workspace;
/** Every commitment accepted (ready for a final print), with a foreword. */
let ready: PrintData;
/** The same with one commitment returned for revision. */
let returned: PrintData;

beforeAll(async () => {
  tw = await tempWorkspace({ role: 'lfp', institution: 'MD' });
  ws = await openWorkspace(tw.dir);
  await importInterchange(ws.store, syntheticPlan({ commitments: 3, milestonesPer: 2, indicatorsPer: 2, owner: 'MD', ideas: 0, events: 0, comments: 0 }));
  await ws.store.db.updateTable('commitment').set({ status: 'accepted' }).execute();
  const data = await loadPrintData(ws);
  const frontMatter: FrontMatter = {
    ...emptyFrontMatterFields(),
    foreword: FOREWORD,
    id: '0190a0b0-0000-7000-8000-000000000001',
    cycleId: data.cycle.id,
    owner: 'POC',
    rev: 1,
    createdAt: '2021-01-01T00:00:00.000Z',
    updatedAt: '2021-01-01T00:00:00.000Z',
  };
  ready = { ...data, frontMatter };
  const [first] = ready.commitments;
  returned = { ...ready, commitments: ready.commitments.map((c) => (c.id === first!.id ? { ...c, status: 'returned' as const } : c)) };
}, 120_000);

afterAll(async () => {
  await ws?.store.close();
  await tw?.cleanup();
});

interface Read {
  bytes: Buffer;
  parts: Map<string, string>;
  body: DocxParagraph[];
  /** The text of every page header part. */
  headers: string[];
}

async function exportDocx(req: DocxRequest, data = ready): Promise<Read> {
  const { bytes } = await renderDocx(data, req, NOW);
  const parts = docxParts(bytes);
  const headers = [...parts].filter(([name]) => /^word\/header\d+\.xml$/.test(name)).map(([, xml]) => paragraphsOf(xml).map((p) => p.text).join(' '));
  return { bytes, parts, body: paragraphsOf(parts.get('word/document.xml')!), headers };
}

const texts = (r: Read) => r.body.map((p) => p.text);
const styled = (r: Read, style: string) => r.body.filter((p) => p.style === style).map((p) => p.text);

describe('the Word export of Annex VI/VII', () => {
  it('prints every commitment under a Heading 3 with its template rows, in the PDF order, and its milestones (sq)', async () => {
    const r = await exportDocx({ annex: 'action-plan', lang: 'sq' });
    const scope = scopeOf(ready, { lang: 'sq' });
    const commitments = componentsOf(scope).flatMap((comp) => commitmentsOf(scope, comp.code));
    expect(styled(r, 'Heading1')).toEqual(['Aneksi VI/VII — Plani i veprimit']);
    expect(styled(r, 'Heading3')).toEqual(commitments.map((c) => `${c.planNumber} ${c.title.sq}`));
    const all = texts(r);
    let at = 0;
    for (const c of commitments) {
      at = all.indexOf(`${c.planNumber} ${c.title.sq}`, at);
      // Each section's caption, then each of its rows' label and value, in order: the same rows as the PDF prints.
      for (const section of commitmentSections(scope, c)) {
        at = all.indexOf(section.title.sq, at);
        expect(at, section.section).toBeGreaterThan(0);
        for (const row of section.rows) {
          at = all.indexOf(row.label.sq, at);
          expect(at, row.label.sq).toBeGreaterThan(0);
          expect(all[at + 1]).toBe(row.filled[0]!.text);
        }
      }
      for (const m of c.milestones) expect(all).toContain(m.activity.sq);
    }
    const joined = all.join('\n');
    for (const ch of ['ë', 'ç', 'Ç']) expect(joined).toContain(ch);
    // The milestones' table repeats its header row on every page.
    expect(r.parts.get('word/document.xml')).toContain('<w:tblHeader/>');
    expect(joined).not.toContain('DRAFT');
  });

  it('in the bilingual edition, prints Albanian then English in italic, each run with its language', async () => {
    const r = await exportDocx({ annex: 'action-plan', lang: 'bilingual' });
    const c = ready.commitments.find((x) => x.planNumber)!;
    const heading = r.body.find((p) => p.style === 'Heading3' && p.text.startsWith(`${c.planNumber} ${c.title.sq}`))!;
    expect(heading.runs).toEqual([
      { text: `${c.planNumber} ${c.title.sq}`, lang: 'sq-AL', italic: false },
      { text: c.title.en, lang: 'en-GB', italic: true },
    ]);
    const runs = r.body.flatMap((p) => p.runs).filter((x) => x.text.trim());
    expect(runs.every((x) => x.lang === 'sq-AL' || x.lang === 'en-GB')).toBe(true);
    const activity = c.milestones[0]!.activity;
    const cell = r.body.findIndex((p) => p.text === activity.sq);
    expect(r.body[cell + 1]!.runs).toEqual([{ text: activity.en, lang: 'en-GB', italic: true }]);
    expect(r.body[cell]!.runs[0]!.lang).toBe('sq-AL');
  });

  it('marks a draft "PROJEKT / DRAFT" in its page header; a final has no mark', async () => {
    const draft = await exportDocx({ annex: 'action-plan', lang: 'bilingual', mode: 'draft' });
    expect(draft.headers.length).toBeGreaterThan(0);
    for (const h of draft.headers) expect(h).toBe('PROJEKT / DRAFT');
    expect((await exportDocx({ annex: 'action-plan', lang: 'sq' })).headers).toEqual(['PROJEKT']);
    const final = await exportDocx({ annex: 'action-plan', lang: 'bilingual', mode: 'final' });
    expect(final.headers.join(' ')).not.toMatch(/PROJEKT|DRAFT/);
    expect(final.body.map((p) => p.text).join(' ')).not.toMatch(/PROJEKT|DRAFT|pa plotësuar|not filled in/);
  });

  it('refuses a final export while a commitment is returned, as the PDF does', async () => {
    const refused = renderDocx(returned, { annex: 'action-plan', lang: 'bilingual', mode: 'final' }, NOW);
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({ code: 'print-not-ready' });
    // A draft of the same plan is made.
    expect((await exportDocx({ annex: 'action-plan', lang: 'bilingual' }, returned)).headers[0]).toBe('PROJEKT / DRAFT');
  });
});

describe('the Word export of Annex IX', () => {
  it('prints each commitment with its indicators in a landscape table with a target column per year (en)', async () => {
    const r = await exportDocx({ annex: 'indicators', lang: 'en' });
    expect(styled(r, 'Heading1')).toEqual(['Annex IX — Indicators']);
    const all = texts(r);
    for (const c of ready.commitments) for (const ind of c.indicators) expect(all).toContain(ind.name.en);
    expect(all).toContain('Target 2021');
    expect(r.parts.get('word/document.xml')).toContain('w:orient="landscape"');
    expect(r.body.flatMap((p) => p.runs).filter((x) => x.text.trim()).every((x) => x.lang === 'en-GB')).toBe(true);
  });
});

describe('the Word export of the consolidated plan', () => {
  it('has a cover, a TOC field over Heading 1-3, the foreword, the introduction, then every annex in the PDF order', async () => {
    const r = await exportDocx({ annex: 'plan', lang: 'bilingual' });
    const xml = r.parts.get('word/document.xml')!;
    // A real field: Word's TOC over the Heading 1-3 styles, with links (\h), filled in from the headings.
    expect(xml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-3&quot;<\/w:instrText>/);
    // One entry per heading of levels 1-3: the commitments of Annex VI/VII and IX among them.
    for (const level of [1, 2, 3]) expect(styled(r, `TOC${level}`).length).toBe(styled(r, `Heading${level}`).length);
    expect(styled(r, 'TOC3').length).toBeGreaterThanOrEqual(2 * ready.commitments.length);
    const h1 = styled(r, 'Heading1');
    expect(h1).toEqual([
      'ParathënieForeword',
      'HyrjeIntroduction',
      'Aneksi III — Institucionet udhëheqëse sipas komponentitAnnex III — Lead institutions by component',
      'Aneksi V — Kalendari i procesit të finalizimitAnnex V — Calendar of the finalization process',
      'Aneksi VI/VII — Plani i veprimitAnnex VI/VII — Action plan',
      'Aneksi IX — TreguesitAnnex IX — Indicators',
      'Matrica e prioritizimitPrioritization matrix',
      'Raporti i konsultimitConsultation report',
    ]);
    expect(styled(r, 'Heading2').length).toBeGreaterThanOrEqual(3 * componentsOf(scopeOf(ready, { lang: 'bilingual' })).length);
    const all = texts(r);
    // The cover opens the document: country, then the plan's title.
    expect(all.slice(0, 4).join(' ')).toContain('Republika e Shqipërisë');
    expect(all.indexOf(FOREWORD.sq)).toBeGreaterThan(all.findIndex((t) => t === 'ParathënieForeword'));
    expect(all).toContain(FOREWORD.en);
    // The styles are Word's own headings, so the navigation pane and the TOC read them.
    expect(r.parts.get('word/styles.xml')).toMatch(/<w:style [^>]*w:styleId="Heading1"><w:name w:val="heading 1"\/>/i);
    expect(xml).toMatch(/<w:pStyle w:val="Heading3"\/>(?:(?!<\/w:pPr>).)*<w:outlineLvl w:val="2"\/>/);
    // Its properties are dated with the data, not with the time of the export.
    const latest = [...ready.commitments.flatMap((c) => [c, ...c.milestones, ...c.indicators]), ready.frontMatter!, ...ready.calendar, ...ready.reports, ...ready.events, ...ready.comments].map((x) => x.updatedAt).sort().at(-1)!;
    expect(r.parts.get('docProps/core.xml')).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${new Date(latest).toISOString().slice(0, 19)}Z</dcterms:created>`);
  });

  it('gives the same bytes for the same data, draft and final alike', async () => {
    for (const mode of ['draft', 'final'] as const) {
      const a = await renderDocx(ready, { annex: 'plan', lang: 'bilingual', mode }, NOW);
      const b = await renderDocx(ready, { annex: 'plan', lang: 'bilingual', mode }, NOW);
      expect(a.bytes.equals(b.bytes), mode).toBe(true);
      expect(a.fileName).toBe(`plan-${ready.cycle.id}-plan-bilingual.docx`);
    }
  });
});
