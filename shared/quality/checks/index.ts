// Every check, in the order findings about one record are listed.
import type { Check, CommentCheck, CommitmentCheck, EventCheck, FeedbackCheck, IdeaCheck, PlanCheck, ReportCheck, RoundCheck } from '../check';
import { feedbackOverdue } from './feedback';
import { reportUndecided } from './reports';
import { commentReason } from './comments';
import { budgetAmount, contactEmail, contactRequired, leadInstitution } from './actors';
import { commitmentDateOrder, commitmentDates, commitmentInCycle } from './commitment-dates';
import { ogpValueCore, ogpValueRelevance, requiredText } from './commitment-text';
import { consultationNotice, consultationNoticeMissing } from './events';
import { ideaCommitmentDeleted, ideaCommitmentLink, ideaReasonedResponse, ideaUndecided } from './ideas';
import { indicatorBaselineTarget, indicatorName, indicatorRequired, targetYearInCycle } from './indicators';
import {
  milestoneActivity,
  milestoneDateOrder,
  milestoneDates,
  milestoneDeliverable,
  milestoneInCommitment,
  milestoneInCycle,
  milestoneRequired,
  milestoneResponsible,
} from './milestones';
import { commitmentCount } from './plan';
import { roundWeights } from './rounds';

export const COMMITMENT_CHECKS: readonly CommitmentCheck[] = [
  requiredText,
  ogpValueRelevance,
  ogpValueCore,
  leadInstitution,
  commitmentDates,
  commitmentDateOrder,
  commitmentInCycle,
  contactEmail,
  contactRequired,
  budgetAmount,
  milestoneRequired,
  milestoneActivity,
  milestoneDeliverable,
  milestoneDates,
  milestoneDateOrder,
  milestoneInCommitment,
  milestoneInCycle,
  milestoneResponsible,
  indicatorRequired,
  indicatorName,
  indicatorBaselineTarget,
  targetYearInCycle,
];
export const IDEA_CHECKS: readonly IdeaCheck[] = [ideaReasonedResponse, ideaCommitmentLink, ideaCommitmentDeleted, ideaUndecided];
export const ROUND_CHECKS: readonly RoundCheck[] = [roundWeights];
export const EVENT_CHECKS: readonly EventCheck[] = [consultationNotice, consultationNoticeMissing];
export const COMMENT_CHECKS: readonly CommentCheck[] = [commentReason];
export const REPORT_CHECKS: readonly ReportCheck[] = [reportUndecided];
export const FEEDBACK_CHECKS: readonly FeedbackCheck[] = [feedbackOverdue];
export const PLAN_CHECKS: readonly PlanCheck[] = [commitmentCount];

export const ALL_CHECKS: readonly Check[] = [...PLAN_CHECKS, ...COMMITMENT_CHECKS, ...IDEA_CHECKS, ...EVENT_CHECKS, ...COMMENT_CHECKS, ...ROUND_CHECKS, ...REPORT_CHECKS, ...FEEDBACK_CHECKS];
export const CHECK_IDS: readonly string[] = ALL_CHECKS.map((c) => c.id);

export { REQUIRED_TEXT_FIELDS, CORE_OGP_VALUES } from './commitment-text';
export { DECIDED_IDEA_STATUSES, UNDECIDED_DAYS } from './ideas';
export { MIN_NOTICE_DAYS } from './events';
export { MIN_COMMITMENTS, MAX_COMMITMENTS } from './plan';
