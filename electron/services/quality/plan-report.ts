// The plan-wide quality report: one cycle's commitments (with milestones and
// indicators), ideas and consultation events, read in one transaction so the
// report describes one consistent moment, then run through the shared checks.
import { AppError } from '../../../shared/api/errors';
import { checkPlan, type EventInput, type IdeaInput, type PlanInput } from '../../../shared/quality';
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
import { readPlanKept, recordChanges } from './plan-inputs';
import { readCommentInputs, readReportInputs } from './plan-report-reads';

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
 * The rows plan-inputs.ts clears from its own temporary table are not counted.
 */
const lastReports = new WeakMap<Workspace['store'], { key: string; report: QualityReport }>();

function stateKey(ws: Workspace, cycleId: string, today: string): string {
  const { sqlite } = ws.store;
  const changes = recordChanges(ws.store);
  const version = sqlite.pragma('data_version', { simple: true });
  return JSON.stringify([changes, version, cycleId, today, ws.info.role]);
}

export async function planQualityReport(ws: Workspace, opts: { cycleId?: string; now: Date }): Promise<QualityReport> {
  const key = stateKey(ws, opts.cycleId ?? ws.info.currentCycleId, localIsoDay(opts.now));
  const last = lastReports.get(ws.store);
  if (last?.key === key) return last.report;
  // After a write, only the records whose revision moved are read again (plan-inputs.ts).
  const cycleId = opts.cycleId ?? ws.info.currentCycleId;
  const plan = await readPlanKept(ws, cycleId);
  const report = checkPlan({ ...plan, today: localIsoDay(opts.now), national: ws.info.role === 'poc' });
  lastReports.set(ws.store, { key, report });
  return report;
}
