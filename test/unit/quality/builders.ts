// Records that pass every check, to be spoiled one field at a time by the
// tests: a finding then can only come from the change under test.
import type { ConsultationEvent, Idea } from '../../../shared/model/cocreation';
import { newCommitment } from '../../../shared/model/new-commitment';
import type { Commitment, Indicator, Milestone } from '../../../shared/model/plan';
import type { Text } from '../../../shared/model/primitives';
import type { CheckContext } from '../../../shared/quality';
import { CURRENT_CYCLE_ID, SEED_REFERENCE } from '../../../shared/reference/seed';
import { stableUuid } from '../../fixtures/synthetic-plan';

const STAMP = '2020-10-01T08:00:00.000Z';
const meta = { rev: 1, createdAt: STAMP, updatedAt: STAMP };
const t = (sq: string, en: string): Text => ({ sq, en });

export const CYCLE = SEED_REFERENCE.cycles.find((c) => c.id === CURRENT_CYCLE_ID)!; // 2020-09-01 – 2022-08-31
export const TODAY = '2020-10-15';
export const CTX: CheckContext = { cycle: CYCLE, reference: SEED_REFERENCE, today: TODAY };

export function milestone(label: string, seq: number, over: Partial<Milestone> = {}): Milestone {
  return {
    id: stableUuid(`${label}/milestone/${seq}`),
    seq,
    activity: t('Hartimi i projektligjit për pronësinë përfituese', 'Drafting the beneficial ownership bill'),
    deliverable: t('Projektligji i publikuar në RENJK', 'Draft law published on the consultation registry'),
    startDate: '2020-10-01',
    endDate: '2021-03-31',
    responsibleInstitution: 'MD',
    stakeholders: t('Shoqëria civile', 'Civil society'),
    cost: 100_000,
    status: 'not-started',
    progressPct: 0,
    ...meta,
    ...over,
  };
}

export function indicator(label: string, seq: number, over: Partial<Indicator> = {}): Indicator {
  return {
    id: stableUuid(`${label}/indicator/${seq}`),
    seq,
    milestoneId: null,
    name: t('Përqindja e subjekteve me të dhëna për pronarin përfitues', 'Share of entities with beneficial owner data'),
    type: 'outcome',
    definition: t('Subjektet tregtare me pronar përfitues të regjistruar', 'Commercial entities with a registered beneficial owner'),
    unit: t('përqindje', 'percent'),
    baseline: { value: 0, year: 2020 },
    targets: [{ year: 2022, value: 90 }],
    dataSource: t('QKB', 'NBC'),
    frequency: 'annual',
    responsibleInstitution: 'QKB',
    method: t('Numërim', 'Count'),
    disaggregation: t('', ''),
    assumptions: t('', ''),
    ...meta,
    ...over,
  };
}

export function commitment(label = 'c', over: Partial<Commitment> = {}): Commitment {
  const { rev, createdAt, updatedAt, ...blank } = newCommitment({
    id: stableUuid(`${label}/commitment`),
    cycleId: CURRENT_CYCLE_ID,
    componentCode: 'anti-corruption',
    owner: 'MD',
    title: t('Regjistri i pronësisë përfituese', 'Beneficial ownership register'),
    now: STAMP,
  });
  return {
    ...blank,
    planNumber: '1.1',
    briefDescription: t('Një regjistër publik i pronarëve përfitues.', 'A public register of beneficial owners.'),
    problem: t('Pronarët përfitues nuk dihen.', 'Beneficial owners are not known.'),
    solution: t('Ngritja e regjistrit elektronik.', 'Build the electronic register.'),
    expectedResults: t('Të dhëna të hapura për çdo shoqëri.', 'Open data on every company.'),
    objective: t('Parandalimi i pastrimit të parave.', 'Preventing money laundering.'),
    ogpValues: ['access-to-information'],
    relevance: t('Publikimi rrit transparencën.', 'Publication increases transparency.'),
    startDate: '2020-09-01',
    endDate: '2022-08-31',
    budget: { ...blank.budget, amount: 2_000_000 },
    contact: { ...blank.contact, name: 'Elira Çela', email: 'elira.cela@drejtesia.gov.al' },
    milestones: [milestone(label, 1), milestone(label, 2, { startDate: '2021-04-01', endDate: '2022-06-30' })],
    indicators: [indicator(label, 1)],
    rev,
    createdAt,
    updatedAt,
    ...over,
  };
}

export function idea(label = 'i', over: Partial<Idea> = {}): Idea {
  return {
    id: stableUuid(`${label}/idea`),
    cycleId: CURRENT_CYCLE_ID,
    componentCode: 'anti-corruption',
    owner: 'MD',
    receivedAt: '2020-09-20',
    channel: 'online-form',
    submitter: { name: 'Ëngjëll Përçi', organisation: 'Qendra për Çështje Publike', orgType: 'cso' },
    consentToPublish: true,
    title: t('Të dhëna të hapura për prokurimin', 'Open procurement data'),
    problem: t('', ''),
    proposedSolution: t('', ''),
    expectedResult: t('', ''),
    ogpValues: [],
    suggestedLead: null,
    status: 'adopted',
    reasonedResponse: t('U përfshi në angazhimin 1.1.', 'Included in commitment 1.1.'),
    decidedAt: '2020-10-10',
    commitmentId: stableUuid('c/commitment'),
    mergedIntoId: null,
    ...meta,
    ...over,
  };
}

export function event(label = 'e', over: Partial<ConsultationEvent> = {}): ConsultationEvent {
  return {
    id: stableUuid(`${label}/event`),
    cycleId: CURRENT_CYCLE_ID,
    componentCode: 'anti-corruption',
    owner: 'MD',
    type: 'thematic-consultation',
    title: t('Konsultim tematik', 'Thematic consultation'),
    date: '2020-11-12',
    noticeDate: '2020-10-26',
    mode: 'online',
    organizer: 'MD',
    agenda: t('', ''),
    invitedOrganisations: [],
    participants: [],
    participantsConsent: false,
    minutes: t('', ''),
    conclusions: t('', ''),
    checklist: { invitationSent: false, agendaShared: false, recordingConsent: false, minutesShared: false },
    ...meta,
    ...over,
  };
}

/** A bilingual text with one language emptied. */
export const without = (text: Text, lang: 'sq' | 'en'): Text => ({ ...text, [lang]: '  ' });
