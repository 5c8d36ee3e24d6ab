// A new commitment, milestone or indicator as drafting starts it: every text
// empty in both languages, nothing chosen, the owner as lead institution,
// revision 1. Pure (the caller brings the id and the time), so the plan
// services, the quality catalogue of required fields and test fixtures build
// them the same way.
import type { Commitment, Indicator, Milestone } from './plan';
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

export function newMilestone(init: { id: string; seq: number; responsibleInstitution: string | null; now: string }): Milestone {
  return {
    id: init.id,
    seq: init.seq,
    activity: emptyText(),
    deliverable: emptyText(),
    startDate: null,
    endDate: null,
    responsibleInstitution: init.responsibleInstitution,
    stakeholders: emptyText(),
    cost: null,
    status: 'not-started',
    progressPct: 0,
    rev: 1,
    createdAt: init.now,
    updatedAt: init.now,
  };
}

export function newIndicator(init: { id: string; seq: number; milestoneId?: string | null; responsibleInstitution: string | null; now: string }): Indicator {
  return {
    id: init.id,
    seq: init.seq,
    milestoneId: init.milestoneId ?? null,
    name: emptyText(),
    type: 'output',
    definition: emptyText(),
    unit: emptyText(),
    baseline: { value: null, year: null },
    targets: [],
    dataSource: emptyText(),
    frequency: null,
    responsibleInstitution: init.responsibleInstitution,
    method: emptyText(),
    disaggregation: emptyText(),
    assumptions: emptyText(),
    rev: 1,
    createdAt: init.now,
    updatedAt: init.now,
  };
}
