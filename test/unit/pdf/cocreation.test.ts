// The co-creation annexes (Annex V calendar, prioritization matrix,
// consultation report) from a real workspace, read back with pdf.js: every
// title, the computed scores and ranks, "late" on the data date, personal
// data only with consent, placeholders for missing English, "Faqe X nga Y"
// on every page, and reproducible bytes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importInterchange } from '../../../electron/services/interchange';
import type { PdfLang } from '../../../electron/services/pdf/document';
import { loadPrintData, type PrintData } from '../../../electron/services/pdf/print-data';
import { renderAnnex, renderDocument } from '../../../electron/services/pdf/render';
import type { PrintAnnex } from '../../../shared/model/print';
import { AJ, CAL, calendar, COMMENT, comments, EV, events, IDEA, ideas, reports, RESP, rounds, SECTION } from '../../fixtures/cocreation-records';
import { syntheticPlan } from '../../fixtures/synthetic-plan';
import { extractPdf } from '../../helpers/pdf-text';
import { type TestWorkspace, testWorkspace } from '../interchange/workspace';
import { expectAlbanianLetters, expectPageFooters, keepForReview } from './printed';

// ---- Rendering -------------------------------------------------------------
const ANNEXES = ['calendar', 'prioritization', 'consultation'] as const satisfies readonly PrintAnnex[];
const LANGS: PdfLang[] = ['sq', 'en', 'bilingual'];
const out = new Map<string, { buf: Buffer; pages: string[]; progress: [number, number][] }>();
let tw: TestWorkspace;
let data: PrintData;

const fold = (s: string) => s.replace(/\s+/g, ' ');
const extract = async (buf: Buffer): Promise<string[]> => (await extractPdf(buf)).pages.map(fold);
const all = (annex: string, lang: string) => out.get(`${annex}/${lang}`)!.pages.join(' ');
const count = (text: string, s: string) => text.split(s).length - 1;

beforeAll(async () => {
  tw = await testWorkspace('MD');
  const doc = syntheticPlan({ commitments: 2, owner: 'MD', ideas: 0, events: 0, comments: 0, calendar: 0 });
  await importInterchange(tw.ws.store, {
    ...doc,
    ideas,
    prioritizationRounds: rounds,
    consultationEvents: events,
    comments,
    consultationReports: reports,
    calendar,
    feedback: [],
    attachments: [],
  });
  data = await loadPrintData(tw.ws);
  for (const annex of ANNEXES) {
    for (const lang of LANGS) {
      const progress: [number, number][] = [];
      const { bytes: buf } = await renderDocument(data, { annex, lang }, (done, total) => progress.push([done, total]));
      out.set(`${annex}/${lang}`, { buf, pages: await extract(buf), progress });
    }
    keepForReview(`annex-${annex}-bilingual`, out.get(`${annex}/bilingual`)!.buf);
  }
}, 120_000);

afterAll(async () => {
  await tw?.close();
});

describe('Annex V, calendar', () => {
  it.each(LANGS)('prints every item by phase, in date order (%s)', (lang) => {
    const text = all('calendar', lang);
    const side = lang === 'en' ? 'en' : 'sq';
    const titles = [CAL.doneLate, CAL.late, CAL.noEnglish, CAL.future].map((x) => x[side] || '[translation missing]');
    const at = titles.map((s) => text.indexOf(s));
    for (const [i, p] of at.entries()) expect(p, titles[i]).toBeGreaterThanOrEqual(0);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Phase headings in the edition's language(s): the English under the Albanian in the bilingual one.
    const [opening, adoption] = { sq: ['Nisja e procesit', 'Miratimi'], en: ['Launch of the process', 'Adoption'], bilingual: ['Nisja e procesit Launch of the process', 'Miratimi Adoption'] }[lang];
    expect(text.indexOf(opening!)).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(opening!)).toBeLessThan(text.indexOf(adoption!));
    if (lang === 'sq') expect(text).not.toContain('Launch of the process');
    if (lang === 'en') expect(text).not.toContain('Nisja e procesit');
    if (lang === 'bilingual') for (const x of [CAL.late.en, CAL.future.en, `${CAL.noEnglish.sq} [translation missing]`]) expect(text).toContain(x);
    if (lang === 'sq') expect(text).not.toContain(CAL.late.en);
  });

  it('marks an unfinished item past its due date as late, on the data date the footer shows', () => {
    const sq = all('calendar', 'sq');
    // Dates print day first, dd.mm.yyyy, in every language.
    expect(sq).toContain('Të dhënat më 20.05.2021');
    expect(sq).toContain('në datën e të dhënave, 20.05.2021');
    expect(sq).toMatch(/10\.02\.2021 01\.03\.2021 Me vonesë/); // in progress, due before the data date
    expect(sq).toMatch(/05\.01\.2021 01\.02\.2021 Kryer/); // done: never late
    expect(sq).toMatch(/01\.03\.2021 30\.09\.2021 Planifikuar/); // not yet due
    expect(count(sq, 'Me vonesë')).toBe(2); // the row and the explanation
    expect(all('calendar', 'en')).toMatch(/10\.02\.2021 01\.03\.2021 Late/);
    expect(all('calendar', 'en')).toContain('Data as of 20.05.2021');
  });

  it('names the responsible institution from the reference data, a role as written', () => {
    expect(all('calendar', 'sq')).toContain('Agjencia Kombëtare e Shoqërisë së Informacionit');
    expect(all('calendar', 'en')).toContain('National Agency for Information Society');
    expect(all('calendar', 'en')).toContain('MSF');
  });

  it('says so in a sentence when the calendar is empty', async () => {
    const pages = await extract((await renderDocument({ ...data, calendar: [] }, { annex: 'calendar', lang: 'bilingual' })).bytes);
    const text = pages.join(' ');
    expect(text).toContain('Kalendari i procesit nuk ka ende asnjë veprimtari.');
    expect(text).toContain('The process calendar has no activities yet.');
    expect(text).not.toContain('Veprimtaria'); // no table header
  });
});

describe('prioritization matrix', () => {
  it.each(LANGS)('lists every scored idea with its means, weighted total and rank (%s)', (lang) => {
    const text = all('prioritization', lang);
    const side = lang === 'en' ? 'en' : 'sq';
    const dec = (s: string) => (lang === 'en' ? s : s.replace('.', ','));
    for (const key of ['a', 'b', 'c', 'd', 'f'] as const) expect(text, key).toContain(IDEA[key][side]);
    // a: means 4.50, 4.50, 4.00 → 4.30, rank 1; b and d tie at 3.60 and share rank 2; c failed the gate.
    const passed = { sq: 'Kaloi', en: 'Passed', bilingual: 'Kaloi Passed' }[lang];
    expect(text).toContain(`${dec('4.50')} ${dec('4.50')} ${dec('4.00')} ${passed} ${dec('4.30')} 1 `);
    expect(text).toContain(`${dec('4.00')} ${dec('3.00')} ${dec('3.00')} ${passed} ${dec('3.60')} 2 `);
    expect(text).toContain(`${dec('3.00')} ${dec('4.00')} ${dec('4.50')} ${passed} ${dec('3.60')} 2 `);
    expect(text).toContain(`${dec('5.00')} ${dec('2.50')} ${dec('5.00')}`);
    expect(text).toContain(side === 'en' ? 'Did not pass the gate' : 'Nuk kaloi kriterin eliminues');
    expect(text).not.toMatch(/ 3 (Në listën e shkurtër|Shortlisted)/); // no rank 3 after a tie at 2
    // Matrix order: rank 1, the tie (by title), then the failed gate.
    const order = [IDEA.a, IDEA.d, IDEA.b, IDEA.c].map((x) => text.indexOf(x[side]));
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    // The criteria legend: weights and gates.
    const legendRow = { sq: 'K1 Ndikimi dhe ambicia', en: 'C1 Impact and ambition', bilingual: 'K1 C1 Ndikimi dhe ambicia Impact and ambition' }[lang];
    expect(text).toContain(legendRow);
    expect(text).toContain({ sq: '60% Jo K2', en: '60% No C2', bilingual: '60% Jo No K2 C2' }[lang]);
    expect(text).toContain({ sq: '0% Po K3', en: '0% Yes C3', bilingual: '0% Po Yes K3 C3' }[lang]);
  });

  it.each(LANGS)('prints each idea’s gates, quadrant and decision as the results screen computes them, the unscored ones of the round too (%s)', (lang) => {
    const text = all('prioritization', lang);
    const side = lang === 'en' ? 'en' : 'sq';
    const dec = (s: string) => (lang === 'en' ? s : s.replace('.', ','));
    const word = (sq: string, en: string) => ({ sq, en, bilingual: `${sq} ${en}` })[lang];
    // a: quick win, rank 1; h: low on both axes, rank 4 (after the tie at 2), a drop.
    expect(text).toContain(`${word('Kaloi', 'Passed')} ${dec('4.30')} 1 ${word('Fitore e shpejtë', 'Quick win')} ${word('Miratuar si angazhim', 'Adopted as a commitment')}`);
    expect(text).toContain(`${dec('2.00')} ${dec('4.00')} ${dec('2.00')} ${word('Kaloi', 'Passed')} ${dec('2.00')} 4 ${word('Lihet jashtë', 'Drop')}`);
    // c failed gate K2/C2: named, listed with its total, not ranked, still placed on the matrix.
    expect(text).toContain(`${word('Nuk kaloi: K2', 'Failed: C2')} ${dec('5.00')} ${word('Nuk kaloi kriterin eliminues', 'Did not pass the gate')} ${word('Fitore e shpejtë', 'Quick win')}`);
    // g entered the round and nobody scored it: its row is there, gates not scored, no quadrant, with its decision and response.
    const g = text.indexOf(IDEA.g[side]);
    expect(g).toBeGreaterThan(text.indexOf(IDEA.h[side]));
    expect(text.slice(g)).toMatch(new RegExp(`^[^]*?${word('Pa vlerësuar', 'Not scored')}[^]*?${word('Pa kuadrant', 'No quadrant')} ${word('Nuk u çua më tej', 'Not taken forward')} ${RESP.g[side]}`));
    expect(text).not.toContain(word('Ide që nuk janë vlerësuar në asnjë raund', 'Ideas not scored in any round') + ' ' + IDEA.g[side]);
    // Three scorers, one of whom has not scored yet.
    expect(text).toContain(lang === 'en' ? 'scorers: 3' : 'vlerësues: 3');
  });

  it.each(LANGS)('prints rounds in stage order and the ideas no round scored (%s)', (lang) => {
    const text = all('prioritization', lang);
    const [short, final] = lang === 'en' ? ['Shortlist (01.11.2020 – 15.11.2020)', 'Final selection (18.11.2020 – —)'] : ['Lista e shkurtër (01.11.2020 – 15.11.2020)', 'Përzgjedhja përfundimtare (18.11.2020 – —)'];
    expect(text.indexOf(short)).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(short)).toBeLessThan(text.indexOf(final));
    expect(text).toContain(lang === 'en' ? 'Ideas not scored in any round' : 'Ide që nuk janë vlerësuar në asnjë raund');
    if (lang !== 'en') expect(text).toContain(IDEA.e.sq);
  });

  it('shows the reasoned response of every idea not taken forward, with placeholders where missing', () => {
    const sq = all('prioritization', 'sq');
    const en = all('prioritization', 'en');
    const bi = all('prioritization', 'bilingual');
    for (const r of [RESP.a, RESP.b, RESP.c]) expect(sq).toContain(r.sq);
    // A response wraps in its column, at a hyphen too ("open- government" as read back).
    expect(en.replaceAll('- ', '-')).toContain(RESP.c.en);
    expect(en).toContain('Not taken forward');
    expect(sq).toContain('Nuk u çua më tej');
    // b has no English response and e's title has no English: missing translations. e has no response
    // in either language: not filled in (a draft says so; a final print leaves the cell blank).
    expect(count(en, '[translation missing]')).toBeGreaterThanOrEqual(2);
    expect(count(sq, '[mungon përkthimi]')).toBe(1); // a criterion described in English only
    expect(sq).toContain('pa plotësuar');
    expect(en).toContain('not filled in');
    expect(bi).toContain('[translation missing]');
  });

  it('prints a submitter’s name only with consent, the organisation always', () => {
    for (const lang of LANGS) {
      const text = all('prioritization', lang);
      expect(text).toContain('Ëngjëll Përçi (Qendra për Çështje Publike)');
      expect(text).toContain('Lëvizja Mjaft');
      expect(text).not.toContain('Arben Çollaku');
      expect(text).not.toContain('Fatmir Gjoka');
      expect(text).toContain('Universiteti i Tiranës');
    }
  });

  it('prints one component only when asked', async () => {
    const text = (await extract(await renderAnnex({ ws: tw.ws, annex: 'prioritization', lang: 'sq', component: AJ }))).join(' ');
    expect(text).toContain(IDEA.f.sq);
    expect(text).not.toContain(IDEA.a.sq);
  });
});

describe('consultation report', () => {
  it.each(LANGS)('prints each report, pre-consultation first, with its sections (%s)', (lang) => {
    const text = all('consultation', lang);
    const [pre, main] = lang === 'en' ? ['Pre-consultation report — Ministry of Justice', 'Consultation report — Ministry of Justice'] : ['Raporti i parakonsultimit — Ministria e Drejtësisë', 'Raporti i konsultimit — Ministria e Drejtësisë'];
    expect(text.indexOf(pre)).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(pre)).toBeLessThan(text.indexOf(main));
    if (lang !== 'en') {
      for (const s of ['Qëllimi', 'Gjetjet kryesore', 'Hapat e ardhshëm', SECTION.purpose.sq, SECTION.findings.sq]) expect(text).toContain(s);
    }
    if (lang !== 'sq') {
      for (const s of ['Purpose', 'Main findings', 'Next steps', SECTION.purpose.en, '[translation missing]']) expect(text).toContain(s);
    }
    expect(text).toContain(lang === 'en' ? 'This component has no consultation report yet.' : 'Ky komponent nuk ka ende raport konsultimi.');
  });

  it.each(LANGS)('lists the events with counts, and names only where participants consented (%s)', (lang) => {
    const text = all('consultation', lang);
    const side = lang === 'en' ? 'en' : 'sq';
    expect(text).toContain(EV.open[side]);
    expect(text).toContain(lang === 'en' ? '[translation missing]' : EV.closed.sq);
    // date, type, mode, title, participants, women, men
    expect(text).toContain(
      {
        sq: '12.10.2020 Konsultim tematik Me prani fizike',
        en: '12.10.2020 Thematic consultation In person',
        bilingual: '12.10.2020 Konsultim tematik Thematic consultation Me prani fizike In person',
      }[lang],
    );
    expect(text).toMatch(/Korçë 4 2 1 /);
    expect(text).toMatch(/ 2 1 1 /);
    expect(text.indexOf(EV.open[side])).toBeLessThan(text.lastIndexOf(lang === 'en' ? 'Expert meeting' : 'Takim me ekspertë'));
    for (const name of ['Drita Çela', 'Gëzim Ëmeri', 'Arta Kola']) expect(text).toContain(name);
    for (const name of ['Sokol Çuni', 'Mira Lëka']) expect(text).not.toContain(name);
  });

  it.each(LANGS)('lists the comments with decision and reason, never the author (%s)', (lang) => {
    const text = all('consultation', lang);
    const side = lang === 'en' ? 'en' : 'sq';
    for (const c of Object.values(COMMENT)) expect(text).toContain(c[side]);
    expect(text).toContain(
      {
        sq: 'Nuk u pranua Ligji për prokurimin kërkon ndryshim më parë.',
        en: 'Not accepted The procurement law must change first.',
        bilingual: 'Nuk u pranua Not accepted Ligji për prokurimin kërkon ndryshim më parë. The procurement law must change first.',
      }[lang],
    );
    expect(text).toContain({ sq: 'Pa vendim ende —', en: 'Not decided yet —', bilingual: 'Pa vendim ende Not decided yet —' }[lang]);
    // A decided comment without an English reason shows the placeholder there.
    if (lang === 'en') expect(text).toContain('Accepted [translation missing]');
    if (lang === 'bilingual') expect(text).toContain('U shtua. [translation missing]');
    expect(text).not.toContain('Ilirjana Dëshira');
    // The pre-consultation report has neither events nor comments.
    expect(text).toContain(lang === 'en' ? 'This report has no linked meetings or surveys.' : 'Ky raport nuk ka takime ose sondazhe të lidhura.');
    expect(text).toContain(lang === 'en' ? 'No comments were recorded for this report.' : 'Për këtë raport nuk janë regjistruar komente.');
  });
});

describe('all three annexes', () => {
  it('keep ë, ç, Ë and Ç as written', () => expectAlbanianLetters(ANNEXES, (annex) => all(annex, 'sq')));

  it('number every page "Faqe X nga Y" / "Page X of Y"', () => expectPageFooters(out));

  it.each(ANNEXES)('print %s byte-for-byte the same twice, from the workspace again', async (annex) => {
    const again = await renderAnnex({ ws: tw.ws, annex, lang: 'bilingual' });
    expect(again.equals(out.get(`${annex}/bilingual`)!.buf)).toBe(true);
  });

  it('report progress once per declared unit, ending at the total', () => {
    // calendar: 2 phases; prioritization: 4 components + 3 rounds; consultation: 2 reports.
    const expected = { calendar: 2, prioritization: 7, consultation: 2 };
    for (const [key, { progress }] of out) {
      const total = expected[key.split('/')[0] as keyof typeof expected];
      expect(progress, key).toEqual(Array.from({ length: total }, (_, i) => [i + 1, total]));
    }
  });
});
