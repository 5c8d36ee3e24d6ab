// Reasoned response (OGP minimum requirement 4.1): whoever proposed an idea
// learns, in both languages, why it was or was not taken up.
import type { Idea } from '../../model/cocreation';
import { blankLangs, fieldKeys, finding, ideaTarget, type IdeaCheck } from '../check';
import { dayNumber } from '../context';
import type { Finding } from '../types';

export const DECIDED_IDEA_STATUSES: readonly Idea['status'][] = ['adopted', 'merged', 'not-taken-forward'];

export const ideaReasonedResponse: IdeaCheck = {
  id: 'idea-reasoned-response',
  severity: 'blocking',
  scope: 'idea',
  run(idea) {
    // A duplicate merged into another idea is answered by that idea's decision.
    if (!DECIDED_IDEA_STATUSES.includes(idea.status) || idea.mergedIntoId !== null) return [];
    const out: Finding[] = [];
    for (const lang of blankLangs(idea.reasonedResponse)) {
      out.push(finding(ideaReasonedResponse, ideaTarget(idea, 'reasonedResponse', lang), { fieldKey: fieldKeys.idea('reasonedResponse') }));
    }
    return out;
  },
};

/** Traceability from input to commitment is what the IRM looks for in the co-creation record. */
export const ideaCommitmentLink: IdeaCheck = {
  id: 'idea-commitment-link',
  severity: 'warning',
  scope: 'idea',
  run(idea) {
    if ((idea.status !== 'adopted' && idea.status !== 'merged') || idea.commitmentId !== null || idea.mergedIntoId !== null) return [];
    return [finding(ideaCommitmentLink, ideaTarget(idea, 'commitmentId'), { fieldKey: fieldKeys.idea('commitmentId') })];
  },
};

/**
 * An idea said to be adopted or merged whose commitment is no longer in the
 * plan (deleted since): the reasoned response would tell its author about a
 * commitment that does not exist.
 */
export const ideaCommitmentDeleted: IdeaCheck = {
  id: 'idea-commitment-deleted',
  severity: 'blocking',
  scope: 'idea',
  run(idea, ctx) {
    if ((idea.status !== 'adopted' && idea.status !== 'merged') || idea.commitmentId === null || ctx.commitmentIds === null) return [];
    if (ctx.commitmentIds.has(idea.commitmentId)) return [];
    return [finding(ideaCommitmentDeleted, ideaTarget(idea, 'commitmentId'), { fieldKey: fieldKeys.idea('commitmentId') })];
  },
};

/** Law 146/2014 and OGP both expect an answer in reasonable time; two months without one is worth a reminder. */
export const UNDECIDED_DAYS = 60;

export const ideaUndecided: IdeaCheck = {
  id: 'idea-undecided',
  severity: 'warning',
  scope: 'idea',
  run(idea, ctx) {
    if (DECIDED_IDEA_STATUSES.includes(idea.status)) return [];
    const days = dayNumber(ctx.today) - dayNumber(idea.receivedAt);
    if (!(days > UNDECIDED_DAYS)) return [];
    return [finding(ideaUndecided, ideaTarget(idea, 'status'), { fieldKey: fieldKeys.idea('status'), days, max: UNDECIDED_DAYS, received: idea.receivedAt })];
  },
};
