// The printed prioritization matrix with the default nine criteria: a number
// never breaks across lines in its cell ("5,00" must not print as "5,0" over
// "0"), however many criteria share the page's width, and the rank column's
// words are not cut inside a word.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importInterchange } from '../../../electron/services/interchange';
import type { PdfLang } from '../../../electron/services/pdf/document';
import { loadPrintData } from '../../../electron/services/pdf/print-data';
import { renderDocument } from '../../../electron/services/pdf/render';
import { DEFAULT_CRITERIA } from '../../../shared/cocreation/default-criteria';
import type { Idea, PrioritizationRound } from '../../../shared/model/cocreation';
import { CURRENT_CYCLE_ID } from '../../../shared/reference/seed';
import { stableUuid, syntheticPlan } from '../../fixtures/synthetic-plan';
import { extractPdf } from '../../helpers/pdf-text';
import { type TestWorkspace, testWorkspace } from '../interchange/workspace';
import { keepForReview } from './printed';

const id = (label: string) => stableUuid(`matrix-widths/${label}`);
const meta = { rev: 1, createdAt: '2021-01-10T08:00:00.000Z', updatedAt: '2021-03-01T08:00:00.000Z' };
const criteria = DEFAULT_CRITERIA.map((c) => ({ ...c }));

function idea(label: string, sq: string, en: string): Idea {
  const empty = { sq: '', en: '' };
  return {
    id: id(`idea/${label}`),
    cycleId: CURRENT_CYCLE_ID,
    componentCode: 'anti-corruption',
    owner: 'MD',
    receivedAt: '2020-10-05',
    channel: 'online-form',
    submitter: { name: '', organisation: 'Qendra për Çështje Publike', orgType: 'cso' },
    consentToPublish: false,
    title: { sq, en },
    problem: empty,
    proposedSolution: empty,
    expectedResult: empty,
    ogpValues: [],
    suggestedLead: 'MD',
    status: 'shortlisted',
    reasonedResponse: empty,
    decidedAt: null,
    commitmentId: null,
    mergedIntoId: null,
    ...meta,
  };
}
const ideas = [idea('top', 'Çelja e të dhënave të prokurimit', 'Opening procurement data'), idea('gate', 'Regjistri i lobimit', 'A lobbying register')];
// "top" scores the maximum on every criterion (means 5,00); "gate" fails the first gate.
const scores: PrioritizationRound['scores'] = ['Ana Çuni', 'Besi Lëka'].flatMap((scorer) =>
  criteria.flatMap((c) => [
    { ideaId: id('idea/top'), criterionId: c.id, scorer, value: 5, comment: '' },
    { ideaId: id('idea/gate'), criterionId: c.id, scorer, value: c.id === criteria[0]!.id ? 1 : 4, comment: '' },
  ]),
);
const round: PrioritizationRound = {
  id: id('round'),
  cycleId: CURRENT_CYCLE_ID,
  componentCode: 'anti-corruption',
  owner: 'MD',
  stage: 'shortlist',
  criteria,
  scale: { min: 1, max: 5 },
  scores,
  ideaIds: ideas.map((i) => i.id),
  scorers: ['Ana Çuni', 'Besi Lëka'],
  openedAt: '2020-11-01',
  closedAt: '2020-11-15',
  ...meta,
};

const LANGS: PdfLang[] = ['sq', 'en', 'bilingual'];
const text = new Map<PdfLang, string>();
let tw: TestWorkspace;

beforeAll(async () => {
  tw = await testWorkspace('MD');
  const doc = syntheticPlan({ commitments: 1, owner: 'MD', ideas: 0, events: 0, comments: 0, calendar: 0 });
  await importInterchange(tw.ws.store, { ...doc, ideas, prioritizationRounds: [round], consultationEvents: [], comments: [], consultationReports: [], calendar: [], feedback: [], attachments: [] });
  const data = await loadPrintData(tw.ws);
  for (const lang of LANGS) {
    const { bytes } = await renderDocument(data, { annex: 'prioritization', lang }, () => {});
    text.set(lang, (await extractPdf(bytes)).pages.join(' ').replace(/\s+/g, ' '));
    if (lang === 'bilingual') keepForReview('annex-prioritization-nine-criteria', bytes);
  }
}, 120_000);

afterAll(async () => {
  await tw?.close();
});

describe('prioritization matrix with nine criteria', () => {
  it.each(LANGS)('prints every mean whole, in one run of nine cells (%s)', (lang) => {
    const five = lang === 'en' ? '5.00' : '5,00';
    expect(text.get(lang)).toContain(Array(criteria.length).fill(five).join(' '));
  });

  it.each(LANGS)('prints the failed gate in the rank column without cutting a word (%s)', (lang) => {
    const words = { sq: 'Nuk kaloi kriterin eliminues', en: 'Did not pass the gate', bilingual: 'Nuk kaloi kriterin eliminues Did not pass the gate' }[lang];
    expect(text.get(lang)).toContain(words);
  });
});
