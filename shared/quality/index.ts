// The quality checks' public face: what the renderer, the API handler and
// the CLI import.
export { checkCommitment, checkEvent, checkIdea, checkPlan, type PlanInput } from './run';
export { type CheckContext, prepareContext, type QualityContext } from './context';
export { commitmentCompleteness } from './completeness';
export type { Check, CheckScope, CommentCheck, CommentInput, FeedbackCheck, FeedbackInput, ReportCheck, ReportInput, CommitmentCheck, EventCheck, EventInput, IdeaCheck, IdeaInput, PlanCheck } from './check';
export { ALL_CHECKS, CHECK_IDS, COMMITMENT_CHECKS, EVENT_CHECKS, IDEA_CHECKS, PLAN_CHECKS, REQUIRED_TEXT_FIELDS } from './checks';
export * from './types';
export { isRequiredField, type RequiredRecordType } from './required';
export { endsBeforeStart } from './checks/commitment-dates';
