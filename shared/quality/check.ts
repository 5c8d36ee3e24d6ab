// The shape of a check and the small helpers every check uses to report a
// finding. A check is data plus one pure function, so the registry can list
// them, the catalogue test can walk them and the runner can order them.
import type { Comment, ConsultationEvent, ConsultationReport, FeedbackItem, Idea, PrioritizationRound } from '../model/cocreation';
import type { Commitment, Indicator, Milestone } from '../model/plan';
import type { Lang } from '../model/primitives';
import type { QualityContext } from './context';
import type { Finding, FindingTarget, Severity } from './types';

export type CheckScope = 'commitment' | 'plan' | 'idea' | 'event' | 'round' | 'comment' | 'report' | 'feedback';

/** What the idea checks read; a full Idea fits. */
export type IdeaInput = Pick<Idea, 'id' | 'cycleId' | 'componentCode' | 'title' | 'status' | 'reasonedResponse' | 'commitmentId' | 'mergedIntoId' | 'receivedAt'>;
/** What the consultation checks read; a full ConsultationEvent fits (participants are not needed). */
export type EventInput = Pick<ConsultationEvent, 'id' | 'cycleId' | 'componentCode' | 'title' | 'date' | 'noticeDate'>;
/** What the comment checks read: the comment and the component of the event it was received at. */
export type CommentInput = Pick<Comment, 'id' | 'eventId' | 'decision' | 'reason'> & { componentCode: string };
/** What the report checks read: the report and how many comments of its chosen events are still undecided. */
export type ReportInput = Pick<ConsultationReport, 'id' | 'componentCode' | 'kind' | 'status'> & { undecided: number };
/**
 * What the feedback checks read: one POC feedback record on a commitment or a
 * consultation report, filed under its target's component, with each item
 * and whether its owner marked it resolved.
 */
export interface FeedbackInput {
  readonly id: string;
  readonly target: { readonly type: 'commitment' | 'consultation-report'; readonly id: string };
  readonly componentCode: string;
  readonly items: readonly { readonly item: FeedbackItem; readonly resolved: boolean }[];
}
/** What the round checks read; a full PrioritizationRound fits. */
export type RoundInput = Pick<PrioritizationRound, 'id' | 'cycleId' | 'componentCode' | 'stage' | 'criteria'>;
/** What the plan-wide checks read. */
export interface PlanScopeInput {
  readonly commitments: readonly Commitment[];
}

interface CheckOf<S extends CheckScope, I> {
  /** Stable kebab-case id; the message is the catalogue entry quality.<id>. */
  readonly id: string;
  readonly severity: Severity;
  readonly scope: S;
  run(input: I, ctx: QualityContext): Finding[];
}

export type CommitmentCheck = CheckOf<'commitment', Commitment>;
export type PlanCheck = CheckOf<'plan', PlanScopeInput>;
export type IdeaCheck = CheckOf<'idea', IdeaInput>;
export type EventCheck = CheckOf<'event', EventInput>;
export type RoundCheck = CheckOf<'round', RoundInput>;
export type CommentCheck = CheckOf<'comment', CommentInput>;
export type ReportCheck = CheckOf<'report', ReportInput>;
export type FeedbackCheck = CheckOf<'feedback', FeedbackInput>;
export type Check = CommitmentCheck | PlanCheck | IdeaCheck | EventCheck | RoundCheck | CommentCheck | ReportCheck | FeedbackCheck;

export type Params = Finding['params'];

/**
 * Empty or only whitespace. Most texts start with a printable ASCII letter,
 * so that is answered from one character; only the rest take the regex.
 */
export function isBlank(s: string | null | undefined): boolean {
  if (s == null || s.length === 0) return true;
  const first = s.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return !/\S/.test(s);
}

const BOTH: readonly Lang[] = ['sq', 'en'];
const SQ_ONLY: readonly Lang[] = ['sq'];
const EN_ONLY: readonly Lang[] = ['en'];
const NEITHER: readonly Lang[] = [];

/** The languages of a bilingual text that are still empty, Albanian first (shared arrays: nothing allocated). */
export function blankLangs(text: { sq: string; en: string }): readonly Lang[] {
  const sq = isBlank(text.sq);
  const en = isBlank(text.en);
  return sq ? (en ? BOTH : SQ_ONLY) : en ? EN_ONLY : NEITHER;
}

export function finding(check: Pick<Check, 'id' | 'severity'>, target: FindingTarget, params: Params = {}): Finding {
  return { checkId: check.id, severity: check.severity, target, params };
}

type CommitmentRef = Pick<Commitment, 'id' | 'componentCode'>;

export function commitmentTarget(c: CommitmentRef, field: string | null, lang: Lang | null = null): FindingTarget {
  return { type: 'commitment', id: c.id, commitmentId: c.id, componentCode: c.componentCode, field, lang };
}

export function milestoneTarget(c: CommitmentRef, m: Pick<Milestone, 'id'>, field: string, lang: Lang | null = null): FindingTarget {
  return { type: 'milestone', id: m.id, commitmentId: c.id, componentCode: c.componentCode, field, lang };
}

export function indicatorTarget(c: CommitmentRef, i: Pick<Indicator, 'id'>, field: string, lang: Lang | null = null): FindingTarget {
  return { type: 'indicator', id: i.id, commitmentId: c.id, componentCode: c.componentCode, field, lang };
}

export function ideaTarget(idea: IdeaInput, field: string, lang: Lang | null = null): FindingTarget {
  return { type: 'idea', id: idea.id, commitmentId: idea.commitmentId, componentCode: idea.componentCode, field, lang };
}

export function eventTarget(event: EventInput, field: string): FindingTarget {
  return { type: 'consultation-event', id: event.id, commitmentId: null, componentCode: event.componentCode, field, lang: null };
}

export function commentTarget(comment: CommentInput, field: string, lang: Lang | null = null): FindingTarget {
  return { type: 'comment', id: comment.id, commitmentId: null, componentCode: comment.componentCode, field, lang };
}

export function reportTarget(report: ReportInput, field: string): FindingTarget {
  return { type: 'consultation-report', id: report.id, commitmentId: null, componentCode: report.componentCode, field, lang: null };
}

/** A feedback finding points at the record the feedback is about (the commitment, or the report). */
export function feedbackTarget(f: FeedbackInput): FindingTarget {
  const commitmentId = f.target.type === 'commitment' ? f.target.id : null;
  return { type: f.target.type, id: f.target.id, commitmentId, componentCode: f.componentCode, field: null, lang: null };
}

export function roundTarget(round: RoundInput, field: string): FindingTarget {
  return { type: 'prioritization-round', id: round.id, commitmentId: null, componentCode: round.componentCode, field, lang: null };
}

export const PLAN_TARGET: FindingTarget = Object.freeze({
  type: 'plan',
  id: null,
  commitmentId: null,
  componentCode: null,
  field: null,
  lang: null,
}) as FindingTarget;

/**
 * Catalogue keys of field labels, for the `fieldKey` param, chosen as the
 * renderer resolves a field's label (renderer/src/quality/field-label.ts):
 * model.<record>.<field> for a record's own fields, panels.fields.<record>.
 * <path-with-dashes> for sub-fields and lists; idea and consultation fields,
 * which no screen names yet, in quality.field.
 */
const dashed = (path: string) => path.replace(/\./g, '-');
export const fieldKeys = {
  commitment: (field: string) => `model.commitment.${field}`,
  commitmentPart: (path: string) => `panels.fields.commitment.${dashed(path)}`,
  milestone: (field: string) => `model.milestone.${field}`,
  indicator: (path: string) => (path.includes('.') ? `panels.fields.indicator.${dashed(path)}` : `model.indicator.${path}`),
  idea: (field: string) => `quality.field.idea.${field}`,
  event: (field: string) => `quality.field.consultation-event.${field}`,
  round: (field: string) => `quality.field.prioritization-round.${field}`,
  comment: (field: string) => `quality.field.comment.${field}`,
  report: (field: string) => `quality.field.consultation-report.${field}`,
};
