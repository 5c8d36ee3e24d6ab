// A new commitment as drafting starts it: every text empty in both languages,
// nothing chosen, the owner as lead institution, revision 1. Pure (the caller
// brings the id and the time), so the plan service and test fixtures build it
// the same way.
import type { Commitment } from './plan';
import { emptyText, type Text } from './primitives';

export function newCommitment(init: {
  id: string;
  cycleId: string;
  componentCode: string;
  owner: string;
  title?: Partial<Text>;
  now: string;
}): Omit<Commitment, 'milestones' | 'indicators'> {
  const t = emptyText;
  return {
    id: init.id,
    cycleId: init.cycleId,
    componentCode: init.componentCode,
    owner: init.owner,
    planNumber: null,
    ogpId: null,
    title: { ...t(), ...init.title },
    shortTitle: t(),
    briefDescription: t(),
    problem: t(),
    causes: t(),
    statusQuo: t(),
    doneSoFar: t(),
    solution: t(),
    expectedResults: t(),
    contribution: t(),
    objective: t(),
    ogpValues: [],
    relevance: t(),
    policyAreas: [],
    leadInstitution: init.owner,
    supportingInstitutions: [],
    otherActors: t(),
    startDate: null,
    endDate: null,
    budget: { amount: null, currency: 'ALL', fundingSource: t() },
    strategyLinks: t(),
    sdgs: [],
    contact: { name: '', title: '', email: '', phone: '' },
    status: 'draft',
    originIdeas: [],
    rev: 1,
    createdAt: init.now,
    updatedAt: init.now,
  };
}
