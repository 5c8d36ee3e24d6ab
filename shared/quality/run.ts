// Runs the checks: on one commitment (live, in the editor) or over a whole
// plan (the plan-wide panel, `quality.plan`, `ogp-drafter check`). Findings
// come out in a stable order: plan-wide first, then by component number;
// within a component its commitments (plan number, then creation), then its
// ideas, then its consultation events, then the comments received; within a commitment the commitment's
// own findings, then its milestones and indicators by seq; within a record,
// in check order.
import type { Commitment } from '../model/plan';
import type { Cycle, ReferenceData } from '../model/reference';
import type { CommentInput, EventInput, FeedbackInput, IdeaInput, ReportInput, RoundInput } from './check';
import { COMMENT_CHECKS, COMMITMENT_CHECKS, EVENT_CHECKS, FEEDBACK_CHECKS, IDEA_CHECKS, PLAN_CHECKS, REPORT_CHECKS, ROUND_CHECKS } from './checks';
import { emptyTally, percent, type Tally, tallyCommitment } from './completeness';
import { type CheckContext, prepareContext, type QualityContext } from './context';
import type { Completeness, Finding, QualityReport } from './types';

const RECORD_RANK = { commitment: 0, milestone: 1, indicator: 2 } as const;

/** The commitment's findings, ordered by record (commitment, milestones, indicators by seq), then check. */
function commitmentFindings(c: Commitment, ctx: QualityContext): Finding[] {
  const found: Finding[] = [];
  const checkIndex: number[] = [];
  for (let k = 0; k < COMMITMENT_CHECKS.length; k++) {
    for (const f of COMMITMENT_CHECKS[k]!.run(c, ctx)) {
      found.push(f);
      checkIndex.push(k);
    }
  }
  if (found.length < 2) return found;
  let seqOf: Map<string, number> | null = null;
  const keys = found.map((f, n) => {
    const type = f.target.type as keyof typeof RECORD_RANK;
    if (type === 'commitment') return checkIndex[n]!;
    seqOf ??= new Map([...c.milestones, ...c.indicators].map((r) => [r.id, r.seq]));
    // seq ≤ 10 000 and fewer than 1 000 checks: the parts cannot overlap.
    return RECORD_RANK[type] * 1e8 + (seqOf.get(f.target.id ?? '') ?? 0) * 1e3 + checkIndex[n]!;
  });
  const order = found.map((_, n) => n).sort((a, b) => keys[a]! - keys[b]!);
  return order.map((n) => found[n]!);
}

function runAll<I>(checks: readonly { run(input: I, ctx: QualityContext): Finding[] }[], input: I, ctx: QualityContext, out: Finding[]): void {
  for (const check of checks) for (const f of check.run(input, ctx)) out.push(f);
}

/** Live check of the one commitment being edited. */
export function checkCommitment(commitment: Commitment, ctx: CheckContext): Finding[] {
  return commitmentFindings(commitment, prepareContext(ctx, commitment.cycleId));
}

export function checkIdea(idea: IdeaInput, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  runAll(IDEA_CHECKS, idea, prepareContext(ctx, idea.cycleId), out);
  return out;
}

export function checkEvent(event: EventInput, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  runAll(EVENT_CHECKS, event, prepareContext(ctx, event.cycleId), out);
  return out;
}

/** One cycle's plan: the caller passes that cycle's records only. */
export interface PlanInput {
  cycle: Cycle | null;
  reference: ReferenceData;
  /** 'YYYY-MM-DD' */
  today: string;
  commitments: readonly Commitment[];
  ideas?: readonly IdeaInput[];
  events?: readonly EventInput[];
  rounds?: readonly RoundInput[];
  comments?: readonly CommentInput[];
  reports?: readonly ReportInput[];
  /** The POC's feedback on the cycle's commitments and reports, with the owners' resolved marks. */
  feedback?: readonly FeedbackInput[];
  /**
   * Whether these are the whole national plan's commitments (the POC's
   * workspace) or one institution's share (an LFP's). Plan-wide checks such
   * as OGP's 5–15 commitments only make sense for the whole plan.
   */
  national: boolean;
}

interface ComponentBucket {
  commitments: Commitment[];
  ideas: IdeaInput[];
  events: EventInput[];
  rounds: RoundInput[];
  comments: CommentInput[];
  reports: ReportInput[];
  feedback: FeedbackInput[];
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A sort key in which "1.10" follows "1.9" and a commitment without a plan
 * number follows every numbered one: each part (at most 2 digits, see the
 * schema) as 3 digits, after a leading 0 or 1.
 */
function planNumberKey(planNumber: string | null): string {
  if (!planNumber) return '1';
  let key = '0';
  for (const part of planNumber.split('.')) key += part.padStart(3, '0');
  return key;
}

/** Commitments in plan order, with each key computed once rather than per comparison. */
function inPlanOrder(commitments: Commitment[]): Commitment[] {
  const keyed = commitments.map((c) => ({ c, key: planNumberKey(c.planNumber) }));
  keyed.sort((a, b) => compareText(a.key, b.key) || compareText(a.c.createdAt, b.c.createdAt) || compareText(a.c.id, b.c.id));
  return keyed.map((k) => k.c);
}
const ideaOrder = (a: IdeaInput, b: IdeaInput) => compareText(a.receivedAt, b.receivedAt) || compareText(a.id, b.id);
const eventOrder = (a: EventInput, b: EventInput) => compareText(a.date ?? '\uffff', b.date ?? '\uffff') || compareText(a.id, b.id);

/** Components of the cycle by number, then any other code the records use, alphabetically. */
function componentCodes(input: PlanInput, buckets: Map<string, ComponentBucket>): string[] {
  const known = input.reference.components
    .filter((c) => input.cycle === null || c.cycleId === input.cycle.id)
    .sort((a, b) => a.number - b.number)
    .map((c) => c.code);
  const knownSet = new Set(known);
  const others = [...buckets.keys()].filter((code) => !knownSet.has(code)).sort(compareText);
  return [...known, ...others];
}

function bucketsOf(input: PlanInput): Map<string, ComponentBucket> {
  const buckets = new Map<string, ComponentBucket>();
  const bucket = (code: string) => {
    let b = buckets.get(code);
    if (!b) buckets.set(code, (b = { commitments: [], ideas: [], events: [], rounds: [], comments: [], reports: [], feedback: [] }));
    return b;
  };
  for (const c of input.commitments) bucket(c.componentCode).commitments.push(c);
  for (const i of input.ideas ?? []) bucket(i.componentCode).ideas.push(i);
  for (const e of input.events ?? []) bucket(e.componentCode).events.push(e);
  for (const r of input.rounds ?? []) bucket(r.componentCode).rounds.push(r);
  for (const c of input.comments ?? []) bucket(c.componentCode).comments.push(c);
  for (const r of input.reports ?? []) bucket(r.componentCode).reports.push(r);
  for (const f of input.feedback ?? []) bucket(f.componentCode).feedback.push(f);
  return buckets;
}

export function checkPlan(input: PlanInput): QualityReport {
  // The whole plan is at hand: an idea's commitment can be looked up.
  const ctx: QualityContext = { ...prepareContext(input), commitmentIds: new Set(input.commitments.map((c) => c.id)) };
  const findings: Finding[] = [];
  if (input.national) runAll(PLAN_CHECKS, { commitments: input.commitments }, ctx, findings);

  const buckets = bucketsOf(input);
  const completeness: Completeness[] = [];
  for (const code of componentCodes(input, buckets)) {
    const b = buckets.get(code);
    const tally: Tally = emptyTally();
    if (b) {
      for (const c of inPlanOrder(b.commitments)) {
        const own = commitmentFindings(c, ctx);
        for (const f of own) findings.push(f);
        tallyCommitment(c, own, tally);
      }
      for (const idea of b.ideas.sort(ideaOrder)) runAll(IDEA_CHECKS, idea, ctx, findings);
      for (const event of b.events.sort(eventOrder)) runAll(EVENT_CHECKS, event, ctx, findings);
      for (const comment of b.comments.sort((x, y) => compareText(x.id, y.id))) runAll(COMMENT_CHECKS, comment, ctx, findings);
      for (const round of b.rounds.sort((x, y) => compareText(x.id, y.id))) runAll(ROUND_CHECKS, round, ctx, findings);
      for (const report of b.reports.sort((x, y) => compareText(x.id, y.id))) runAll(REPORT_CHECKS, report, ctx, findings);
      for (const f of b.feedback.sort((x, y) => compareText(x.id, y.id))) runAll(FEEDBACK_CHECKS, f, ctx, findings);
    }
    completeness.push({
      componentCode: code,
      commitments: b?.commitments.length ?? 0,
      sq: percent(tally.sq, tally.required),
      en: percent(tally.en, tally.required),
    });
  }

  let blocking = 0;
  for (const f of findings) if (f.severity === 'blocking') blocking++;
  return { findings, completeness, blocking, warnings: findings.length - blocking };
}
