// A new idea as the register starts it: every text empty in both languages,
// received today, status 'received', revision 1. Pure (the caller brings the
// id and the time), so the service, the import and test fixtures agree.
import type { Idea } from './cocreation';
import { emptyText } from './primitives';

export function newIdea(init: { id: string; cycleId: string; componentCode: string; owner: string; now: string }): Idea {
  const t = emptyText;
  return {
    id: init.id,
    cycleId: init.cycleId,
    componentCode: init.componentCode,
    owner: init.owner,
    receivedAt: init.now.slice(0, 10),
    channel: 'email',
    submitter: { name: '', organisation: '', orgType: null },
    consentToPublish: false,
    title: t(),
    problem: t(),
    proposedSolution: t(),
    expectedResult: t(),
    ogpValues: [],
    suggestedLead: null,
    status: 'received',
    reasonedResponse: t(),
    decidedAt: null,
    commitmentId: null,
    mergedIntoId: null,
    rev: 1,
    createdAt: init.now,
    updatedAt: init.now,
  };
}
