// The plan-wide quality report: one cycle's commitments (with milestones and
// indicators), ideas and consultation events, read in one transaction so the
// report describes one consistent moment, then run through the shared checks.
import { AppError } from '../../../shared/api/errors';
import { sql } from 'kysely';
import { checkPlan, type CommentInput, type EventInput, type IdeaInput, type PlanInput, type ReportInput } from '../../../shared/quality';
import type { RoundInput } from '../../../shared/quality/check';
import type { QualityReport } from '../../../shared/quality/types';
import { readReference } from '../reference/reference-store';
import { readCommitments } from '../store/aggregates';
import type { AnyDb } from '../store/database';
import { selectRecords } from '../store/records';
import { CONSULTATION_EVENT, FEEDBACK_REPLY, IDEA, POC_FEEDBACK, PRIORITIZATION_ROUND } from '../store/tables';
import type { FeedbackReply, PocFeedback } from '../../../shared/model/cocreation';
import type { FeedbackInput } from '../../../shared/quality/check';
import { feedbackInputs } from '../../../shared/quality/record-inputs';
import type { Workspace } from '../workspace/workspace';

export async function readPlan(db: AnyDb, cycleId: string): Promise<Omit<PlanInput, 'today' | 'national'>> {
  const reference = await readReference(db);
  const cycle = reference.cycles.find((c) => c.id === cycleId);
  if (!cycle) throw new AppError('not-found', { params: { id: cycleId } });
  return {
    cycle,
    reference,
    commitments: await readCommitments(db, { cycleId }),
    ideas: await selectRecords<IdeaInput>(db, IDEA, { column: 'cycle_id', eq: cycleId }, ['id']),
    // Participants are not read: no check looks at them.
    events: await selectRecords<EventInput>(db, CONSULTATION_EVENT, { column: 'cycle_id', eq: cycleId }, ['id']),
    rounds: await selectRecords<RoundInput>(db, PRIORITIZATION_ROUND, { column: 'cycle_id', eq: cycleId }, ['id']),
    comments: await readCommentInputs(db, cycleId),
    reports: await readReportInputs(db, cycleId),
    feedback: await readFeedbackInputs(db, cycleId),
  };
}

/** The cycle's reports, each with how many comments of its chosen events (its owner's, in its component) are undecided. */
async function readReportInputs(db: AnyDb, cycleId: string): Promise<ReportInput[]> {
  const rows = await db
    .selectFrom('consultation_report as r')
    .select((eb) => [
      'r.id as id',
      'r.component_code as componentCode',
      'r.kind as kind',
      'r.status as status',
      eb
        .selectFrom('comment as c')
        .innerJoin('consultation_event as e', 'e.id', 'c.event_id')
        .select(sql<number>`count(*)`.as('n'))
        .where('c.decision', 'is', null)
        .whereRef('e.owner', '=', 'r.owner')
        .whereRef('e.component_code', '=', 'r.component_code')
        .where(sql<boolean>`c.event_id IN (SELECT value FROM json_each(r.events))`)
        .as('undecided'),
    ])
    .where('r.cycle_id', '=', cycleId)
    .orderBy('r.id')
    .execute();
  return rows.map((r) => ({ id: r.id, componentCode: r.componentCode, kind: r.kind as ReportInput['kind'], status: r.status as ReportInput['status'], undecided: Number(r.undecided ?? 0) }));
}

/** The POC's feedback held here on the cycle's commitments and reports, with the owners' resolved marks. */
async function readFeedbackInputs(db: AnyDb, cycleId: string): Promise<FeedbackInput[]> {
  const feedback = await selectRecords<PocFeedback>(db, POC_FEEDBACK, undefined, ['id']);
  if (feedback.length === 0) return [];
  const replies = await selectRecords<FeedbackReply>(db, FEEDBACK_REPLY, undefined, ['id']);
  const commitments = await db.selectFrom('commitment').select(['id', 'component_code']).where('cycle_id', '=', cycleId).execute();
  const reports = await db.selectFrom('consultation_report').select(['id', 'component_code']).where('cycle_id', '=', cycleId).execute();
  const targets = new Map([...commitments, ...reports].map((r) => [r.id, r.component_code]));
  return feedbackInputs(feedback, replies, targets);
}

/** The comments received at the cycle's events, each under its event's component (a comment tied to no event has none to be filed under). */
async function readCommentInputs(db: AnyDb, cycleId: string): Promise<CommentInput[]> {
  const rows = await db
    .selectFrom('comment as c')
    .innerJoin('consultation_event as e', 'e.id', 'c.event_id')
    .select(['c.id as id', 'c.event_id as eventId', 'c.decision as decision', 'c.reason_sq as sq', 'c.reason_en as en', 'e.component_code as componentCode'])
    .where('e.cycle_id', '=', cycleId)
    .orderBy('c.id')
    .execute();
  return rows.map((r) => ({ id: r.id, eventId: r.eventId, decision: r.decision as CommentInput['decision'], reason: { sq: r.sq, en: r.en }, componentCode: r.componentCode }));
}

/** The calendar day of `now` where the app runs: a notice deadline is a local date. */
export function localIsoDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Everything the checks read for one cycle (default: the workspace's current one). */
export async function loadPlanInput(ws: Workspace, opts: { cycleId?: string; now: Date }): Promise<PlanInput> {
  const cycleId = opts.cycleId ?? ws.info.currentCycleId;
  const plan = await ws.store.db.transaction().execute((trx) => readPlan(trx, cycleId));
  return { ...plan, today: localIsoDay(opts.now), national: ws.info.role === 'poc' };
}

/**
 * The last report of each open database, with what it was made from: the
 * connection's count of changed rows (every INSERT, UPDATE and DELETE it ran,
 * triggers' included), SQLite's data_version (which moves when another
 * connection commits), the cycle, the day and the role. While all of them
 * are unchanged the database holds what it held, so the report is the same;
 * a rolled-back write moves the count too, which only costs a fresh read.
 */
const lastReports = new WeakMap<Workspace['store'], { key: string; report: QualityReport }>();

function stateKey(ws: Workspace, cycleId: string, today: string): string {
  const { sqlite } = ws.store;
  const changes = sqlite.prepare('SELECT total_changes()').pluck().get();
  const version = sqlite.pragma('data_version', { simple: true });
  return JSON.stringify([changes, version, cycleId, today, ws.info.role]);
}

export async function planQualityReport(ws: Workspace, opts: { cycleId?: string; now: Date }): Promise<QualityReport> {
  const key = stateKey(ws, opts.cycleId ?? ws.info.currentCycleId, localIsoDay(opts.now));
  const last = lastReports.get(ws.store);
  if (last?.key === key) return last.report;
  const report = checkPlan(await loadPlanInput(ws, opts));
  lastReports.set(ws.store, { key, report });
  return report;
}
