// The Word plan holds what the PDF plan holds, in the same order: its
// headings are the PDF's bookmarks (read back with pdf.js) one for one, and
// Annex III (focal points), Annex V (by phase), the prioritization matrix
// and the consultation report are there with their rows, in the edition's
// language(s), Albanian letters as written, personal data only with
// consent; the wide annexes across a landscape page, and every page but the
// cover numbered "Faqe X nga Y" / "Page X of Y" with PAGE and NUMPAGES fields.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/services/docx/render';
import { importInterchange } from '../../../electron/services/interchange';
import { loadPrintData, type PrintData } from '../../../electron/services/pdf/print-data';
import { renderDocument } from '../../../electron/services/pdf/render';
import { emptyFrontMatterFields, type FrontMatter } from '../../../shared/model/front-matter';
import type { DocxRequest, PrintLang } from '../../../shared/model/print';
import { CAL, COMMENT, comments, calendar, events, EV, IDEA, ideas, reports, RESP, rounds, SECTION } from '../../fixtures/cocreation-records';
import { syntheticPlan } from '../../fixtures/synthetic-plan';
import { type DocxParagraph, docxParts, paragraphsOf, relatedPart, sectionsOf, tablesOf } from '../../helpers/docx-xml';
import { type TestWorkspace, testWorkspace } from '../interchange/workspace';

const NOW = new Date('2021-06-01T10:00:00Z');
const LANGS: PrintLang[] = ['sq', 'en', 'bilingual'];
const FOCAL = [
  { institution: 'NAIS', name: 'Gëzim Hoxha', role: { sq: 'Përgjegjës i sektorit', en: 'Head of sector' }, email: '' },
  { institution: 'MD', name: 'Arbëreshë Çela', role: { sq: 'Drejtore e Politikave', en: 'Director of Policy' }, email: 'arbereshe.cela@drejtesia.gov.al' },
];

const FOCAL_TITLE = { sq: 'Pikat fokale të institucioneve', en: 'Focal points of the institutions' };

let tw: TestWorkspace;
let data: PrintData;

interface Read {
  parts: Map<string, string>;
  xml: string;
  body: DocxParagraph[];
  text: string;
  tables: string[][][];
}
const read = new Map<string, Read>();

async function exportDocx(req: DocxRequest): Promise<Read> {
  const parts = docxParts((await renderDocx(data, req, NOW)).bytes);
  const xml = parts.get('word/document.xml')!;
  const body = paragraphsOf(xml);
  return { parts, xml, body, text: body.map((p) => p.text).join('\n'), tables: tablesOf(xml) };
}
const plan = (lang: PrintLang) => read.get(lang)!;

beforeAll(async () => {
  tw = await testWorkspace('MD');
  const doc = syntheticPlan({ commitments: 2, owner: 'MD', ideas: 0, events: 0, comments: 0, calendar: 0 });
  await importInterchange(tw.ws.store, { ...doc, ideas, prioritizationRounds: rounds, consultationEvents: events, comments, consultationReports: reports, calendar, feedback: [], attachments: [] });
  const loaded = await loadPrintData(tw.ws);
  const frontMatter: FrontMatter = {
    ...emptyFrontMatterFields(),
    focalPoints: FOCAL,
    id: '0190a0b0-0000-7000-8000-000000000002',
    cycleId: loaded.cycle.id,
    owner: 'POC',
    rev: 1,
    createdAt: '2021-01-01T00:00:00.000Z',
    updatedAt: '2021-01-01T00:00:00.000Z',
  };
  data = { ...loaded, frontMatter };
  for (const lang of LANGS) read.set(lang, await exportDocx({ annex: 'plan', lang }));
}, 120_000);

afterAll(async () => {
  await tw?.close();
});

/** The PDF's bookmarks, depth first: "depth title". */
async function pdfOutline(lang: PrintLang): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array((await renderDocument(data, { annex: 'plan', lang })).bytes) }).promise;
  type Item = { title: string; items: Item[] };
  const out: string[] = [];
  const walk = (items: Item[], depth: number) => {
    for (const i of items) {
      out.push(`${depth} ${i.title}`);
      walk(i.items, depth + 1);
    }
  };
  walk(((await pdf.getOutline()) ?? []) as Item[], 0);
  await pdf.destroy();
  return out;
}

/** The first table after the paragraph `text` (a heading, a label) in the body, past the contents. */
function tableAfter(r: Read, text: string): string[][] {
  const at = r.xml.indexOf(`>${text}<`, r.xml.indexOf('w:fldCharType="end"'));
  expect(at, text).toBeGreaterThanOrEqual(0);
  const before = r.xml.slice(0, at).split('<w:tbl>').length - 1;
  return r.tables[before]!;
}

describe('the Word plan and the PDF plan', () => {
  it.each(LANGS)('have the same headings in the same order: the Word headings 1-3 are the PDF bookmarks (%s)', async (lang) => {
    const word = plan(lang)
      .body.filter((p) => /^Heading[123]$/.test(p.style ?? ''))
      // A bilingual heading is two runs, Albanian then English: the PDF's bookmark joins them with " | ".
      .map((p) => `${Number(p.style!.slice(7)) - 1} ${p.runs.map((x) => x.text).filter(Boolean).join(' | ')}`);
    const contents = { sq: 'Përmbajtja', en: 'Contents', bilingual: 'Përmbajtja | Contents' }[lang];
    const focal = { sq: FOCAL_TITLE.sq, en: FOCAL_TITLE.en, bilingual: `${FOCAL_TITLE.sq} | ${FOCAL_TITLE.en}` }[lang];
    // The PDF bookmarks its contents page, which Word makes from the headings; the focal points are a table of Annex III, bookmarked in neither but a heading in Word.
    expect(word.filter((h) => h !== `1 ${focal}`)).toEqual((await pdfOutline(lang)).filter((h) => h !== `0 ${contents}`));
    expect(word).toContain(`1 ${focal}`);
  });

  it('put the landscape annexes across the page, as the PDF does: Annex V, IX and the prioritization matrix', () => {
    const sections = sectionsOf(plan('sq').xml);
    const annexOf = (body: string) => paragraphsOf(body).find((p) => p.style === 'Heading1')?.text ?? '(cover or contents)';
    const layout = sections.map((s) => `${annexOf(s.body)}: ${s.landscape ? 'landscape' : 'portrait'}`);
    expect(layout).toEqual([
      '(cover or contents): portrait',
      '(cover or contents): portrait',
      'Hyrje: portrait',
      'Aneksi III — Institucionet udhëheqëse sipas komponentit: portrait',
      'Aneksi V — Kalendari i procesit të finalizimit: landscape',
      'Aneksi VI/VII — Plani i veprimit: portrait',
      'Aneksi IX — Treguesit: landscape',
      'Matrica e prioritizimit: landscape',
      'Raporti i konsultimit: portrait',
    ]);
  });
});

describe('the footer', () => {
  const fields = (xml: string) => [...xml.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((m) => m[1]);

  it.each(LANGS)('numbers every page but the cover with PAGE and NUMPAGES, and gives the data date (%s)', (lang) => {
    const r = plan(lang);
    const [cover, ...rest] = sectionsOf(r.xml);
    expect(paragraphsOf(relatedPart(r.parts, cover!.footer!)).map((p) => p.text).join('')).toBe('');
    expect(rest.length).toBeGreaterThan(0);
    for (const s of rest) {
      const footer = relatedPart(r.parts, s.footer!);
      const text = paragraphsOf(footer).map((p) => p.text).join('');
      if (lang === 'bilingual') {
        expect(fields(footer)).toEqual(['PAGE', 'NUMPAGES', 'PAGE', 'NUMPAGES']);
        expect(text).toMatch(/^Faqe  nga  \/ Page  of  · \d\d\.\d\d\.\d{4}$/);
        expect(footer).toContain('w:val="en-GB"');
      } else {
        expect(fields(footer)).toEqual(['PAGE', 'NUMPAGES']);
        expect(text).toMatch(lang === 'sq' ? /^Faqe  nga  · Të dhënat më \d\d\.\d\d\.\d{4}$/ : /^Page  of  · Data as of \d\d\.\d\d\.\d{4}$/);
      }
    }
  });

  it('is on every page of an annex exported alone, with that annex’s data date', async () => {
    const r = await exportDocx({ annex: 'calendar', lang: 'sq' });
    const sections = sectionsOf(r.xml);
    expect(sections.map((s) => s.landscape)).toEqual([true]);
    const footer = relatedPart(r.parts, sections[0]!.footer!);
    expect(fields(footer)).toEqual(['PAGE', 'NUMPAGES']);
    expect(paragraphsOf(footer).map((p) => p.text).join('')).toBe('Faqe  nga  · Të dhënat më 20.05.2021');
  });
});

describe('Annex III in the Word plan', () => {
  it.each(LANGS)('lists the lead institutions of every component, then the focal points by institution (%s)', (lang) => {
    const r = plan(lang);
    const heading = { sq: FOCAL_TITLE.sq, en: FOCAL_TITLE.en, bilingual: `${FOCAL_TITLE.sq}${FOCAL_TITLE.en}` }[lang];
    const at = r.body.findIndex((p) => p.style === 'Heading2' && p.text === heading);
    expect(at).toBeGreaterThan(r.body.findIndex((p) => p.style === 'Heading1' && p.text.startsWith({ sq: 'Aneksi III', en: 'Annex III', bilingual: 'Aneksi III' }[lang])));
    const rows = tableAfter(r, FOCAL_TITLE[lang === 'en' ? 'en' : 'sq']).slice(1);
    // In institution code order (MD before NAIS), names as written.
    const role = (f: (typeof FOCAL)[number]) => ({ sq: f.role.sq, en: f.role.en, bilingual: `${f.role.sq} ${f.role.en}` })[lang];
    expect(rows.map((row) => row.slice(1, 3))).toEqual([
      ['Arbëreshë Çela', role(FOCAL[1]!)],
      ['Gëzim Hoxha', role(FOCAL[0]!)],
    ]);
    expect(rows[0]![3]).toBe('arbereshe.cela@drejtesia.gov.al');
    expect(r.text).toContain(lang === 'en' ? 'National Agency for Information Society' : 'Agjencia Kombëtare e Shoqërisë së Informacionit');
  });
});

describe('Annex V in the Word plan', () => {
  it.each(LANGS)('prints every item by phase, in date order, phase headings in the edition’s language(s) (%s)', (lang) => {
    const r = plan(lang);
    const phases = r.body.filter((p) => p.style === 'Heading2' && /Nisja e procesit|Launch of the process|Miratimi|Adoption/.test(p.text));
    const expected = { sq: [['Nisja e procesit'], ['Miratimi']], en: [['Launch of the process'], ['Adoption']], bilingual: [['Nisja e procesit', 'Launch of the process'], ['Miratimi', 'Adoption']] }[lang];
    expect(phases.map((p) => p.runs.map((x) => x.text).filter(Boolean))).toEqual(expected);
    if (lang === 'bilingual') expect(phases[0]!.runs.map((x) => [x.lang, x.italic])).toEqual([['sq-AL', false], ['en-GB', true]]);
    const side = lang === 'en' ? 'en' : 'sq';
    const opening = tableAfter(r, side === 'en' ? 'Launch of the process' : 'Nisja e procesit').slice(1);
    const title = (x: { sq: string; en: string }) => ({ sq: x.sq, en: x.en || '[translation missing]', bilingual: `${x.sq} ${x.en || '[translation missing]'}` })[lang];
    expect(opening.map((row) => row[0])).toEqual([title(CAL.doneLate), title(CAL.late), title(CAL.noEnglish)]);
    // In progress and due before the data date: late; done: never late.
    const late = { sq: 'Me vonesë', en: 'Late', bilingual: 'Me vonesë Late' }[lang];
    expect(opening[1]!.slice(2, 5)).toEqual(['10.02.2021', '01.03.2021', late]);
    expect(tableAfter(r, side === 'en' ? 'Adoption' : 'Miratimi')[1]![0]).toBe(title(CAL.future));
    expect(r.text).toContain(side === 'en' ? 'on the data date, 20.05.2021' : 'në datën e të dhënave, 20.05.2021');
  });
});

describe('the prioritization matrix in the Word plan', () => {
  it.each(LANGS)('lists every idea with its means, gates, weighted total, rank or failed gate, decision and reasoned response (%s)', (lang) => {
    const r = plan(lang);
    const side = lang === 'en' ? 'en' : 'sq';
    const word = (sq: string, en: string) => ({ sq, en, bilingual: `${sq} ${en}` })[lang];
    const dec = (s: string) => (lang === 'en' ? s : s.replace('.', ','));
    const text = (x: { sq: string; en: string }) => ({ sq: x.sq, en: x.en, bilingual: `${x.sq} ${x.en}` })[lang];
    const label = { sq: 'Matrica', en: 'Matrix', bilingual: 'Matrica' }[lang];
    const legend = tableAfter(r, { sq: 'Kriteret', en: 'Criteria', bilingual: 'Kriteret' }[lang]);
    expect(legend[1]!.slice(0, 2)).toEqual([word('K1', 'C1'), text({ sq: 'Ndikimi dhe ambicia', en: 'Impact and ambition' })]);
    expect(legend.map((row) => row[3]).slice(1)).toEqual(['60%', '0%', '40%']);
    const matrix = tableAfter(r, label).slice(1);
    // Rank 1, the tie at 2 by title, rank 4, then the failed gate, then the idea nobody scored.
    expect(matrix.map((row) => row[0])).toEqual([IDEA.a, IDEA.d, IDEA.b, IDEA.h, IDEA.c, IDEA.g].map(text));
    expect(matrix[0]).toEqual([
      text(IDEA.a),
      'Ëngjëll Përçi (Qendra për Çështje Publike)',
      dec('4.50'),
      dec('4.50'),
      dec('4.00'),
      word('Kaloi', 'Passed'),
      dec('4.30'),
      '1',
      word('Fitore e shpejtë', 'Quick win'),
      word('Miratuar si angazhim', 'Adopted as a commitment'),
      text(RESP.a),
    ]);
    const failed = matrix[4]!;
    expect(failed.slice(5, 8)).toEqual([word('Nuk kaloi: K2', 'Failed: C2'), dec('5.00'), word('Nuk kaloi kriterin eliminues', 'Did not pass the gate')]);
    expect(failed.slice(9)).toEqual([word('Nuk u çua më tej', 'Not taken forward'), text(RESP.c)]);
    // Rounds in stage order, then the ideas no round scored.
    const [short, final, unscored] = [word('Lista e shkurtër (01.11.2020 – 15.11.2020)', 'Shortlist (01.11.2020 – 15.11.2020)'), word('Përzgjedhja përfundimtare (18.11.2020 – —)', 'Final selection (18.11.2020 – —)'), word('Ide që nuk janë vlerësuar në asnjë raund', 'Ideas not scored in any round')].map((h) =>
      r.body.findIndex((p) => p.style === 'Heading3' && p.runs.map((x) => x.text).join(' ') === h),
    );
    expect(short).toBeGreaterThan(0);
    expect(final).toBeGreaterThan(short);
    expect(unscored).toBeGreaterThan(final);
    if (side === 'sq') expect(r.text).toContain(IDEA.e.sq);
  });

  it('names a submitter only with consent, the organisation always', () => {
    for (const lang of LANGS) {
      const { text } = plan(lang);
      expect(text).toContain('Ëngjëll Përçi (Qendra për Çështje Publike)');
      expect(text).toContain('Lëvizja Mjaft');
      expect(text).toContain('Universiteti i Tiranës');
      for (const name of ['Arben Çollaku', 'Fatmir Gjoka', 'Person c']) expect(text, `${lang}: ${name}`).not.toContain(name);
    }
  });
});

describe('the consultation report in the Word plan', () => {
  it.each(LANGS)('prints each report, pre-consultation first, with its sections, events and comments (%s)', (lang) => {
    const r = plan(lang);
    const side = lang === 'en' ? 'en' : 'sq';
    const [pre, main] = lang === 'en' ? ['Pre-consultation report — Ministry of Justice', 'Consultation report — Ministry of Justice'] : ['Raporti i parakonsultimit — Ministria e Drejtësisë', 'Raporti i konsultimit — Ministria e Drejtësisë'];
    const h3 = r.body.filter((p) => p.style === 'Heading3').map((p) => p.runs[0]!.text);
    expect(h3.indexOf(pre)).toBeGreaterThanOrEqual(0);
    expect(h3.indexOf(main)).toBeGreaterThan(h3.indexOf(pre));
    if (lang !== 'en') for (const s of ['Qëllimi', 'Gjetjet kryesore', SECTION.purpose.sq, SECTION.findings.sq]) expect(r.text).toContain(s);
    if (lang !== 'sq') for (const s of ['Purpose', 'Main findings', SECTION.purpose.en]) expect(r.text).toContain(s);
    const eventsTable = r.tables.find((t) => t.some((row) => row[0] === '12.10.2020'))!;
    const open = eventsTable.find((row) => row[0] === '12.10.2020')!;
    expect(open.slice(3)).toEqual([{ sq: EV.open.sq, en: EV.open.en, bilingual: `${EV.open.sq} ${EV.open.en}` }[lang], '4', '2', '1']);
    for (const c of Object.values(COMMENT)) expect(r.text).toContain(c[side]);
    expect(r.text).toContain(side === 'en' ? 'The procurement law must change first.' : 'Ligji për prokurimin kërkon ndryshim më parë.');
  });

  it('names participants only where they consented, and never a comment’s author', () => {
    for (const lang of LANGS) {
      const { text } = plan(lang);
      for (const name of ['Drita Çela', 'Gëzim Ëmeri', 'Arta Kola']) expect(text, `${lang}: ${name}`).toContain(name);
      for (const name of ['Sokol Çuni', 'Mira Lëka', 'Ilirjana Dëshira']) expect(text, `${lang}: ${name}`).not.toContain(name);
    }
  });
});

describe('the Word plan’s languages', () => {
  it('keeps ë, ç, Ë and Ç as written and tags every run Albanian or English', () => {
    const sq = plan('sq');
    for (const ch of ['ë', 'ç', 'Ë', 'Ç']) expect(sq.text).toContain(ch);
    for (const lang of LANGS) {
      const runs = plan(lang).body.flatMap((p) => p.runs).filter((x) => x.text.trim());
      expect(new Set(runs.map((x) => x.lang))).toEqual(new Set(lang === 'bilingual' ? ['sq-AL', 'en-GB'] : [lang === 'en' ? 'en-GB' : 'sq-AL']));
    }
  });

  it('prints both languages in the bilingual edition, each where the PDF does', () => {
    const { text } = plan('bilingual');
    for (const x of [CAL.late, IDEA.a, RESP.a, EV.open, COMMENT.notAccepted, SECTION.purpose]) {
      expect(text).toContain(x.sq);
      expect(text).toContain(x.en);
    }
    // A text with no English shows the placeholder in its place.
    expect(text).toContain('[translation missing]');
  });
});
