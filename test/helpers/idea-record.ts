// An idea record as the interchange and the store hold it, with plausible
// defaults; tests give what matters to them.
import { randomUUID } from 'node:crypto';
import type { Idea } from '../../shared/model/cocreation';

export function idea(overrides: Partial<Idea> & Pick<Idea, 'owner' | 'componentCode'>): Idea {
  const now = '2026-11-01T09:00:00.000Z';
  const title = overrides.title ?? { sq: 'Ide', en: 'Idea' };
  return {
    id: randomUUID(),
    cycleId: '2020-2022',
    receivedAt: '2026-11-01',
    channel: 'online-form',
    submitter: { name: 'Arta Hoxha', organisation: 'Qendra për Transparencë', orgType: 'cso' },
    consentToPublish: true,
    problem: { sq: `Problemi: ${title.sq}`, en: `Problem: ${title.en}` },
    proposedSolution: { sq: `Zgjidhja: ${title.sq}`, en: `Solution: ${title.en}` },
    expectedResult: { sq: 'Rezultati', en: 'Result' },
    ogpValues: ['access-to-information'],
    suggestedLead: null,
    status: 'received',
    reasonedResponse: { sq: '', en: '' },
    decidedAt: null,
    commitmentId: null,
    mergedIntoId: null,
    rev: 1,
    createdAt: now,
    updatedAt: now,
    ...overrides,
    title,
  };
}
