// Reasoned response (OGP minimum requirement 4.1): whoever proposed an idea
// learns, in both languages, why it was or was not taken up.
import type { Idea } from '../../model/cocreation';
import { blankLangs, fieldKeys, finding, ideaTarget, type IdeaCheck } from '../check';
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
