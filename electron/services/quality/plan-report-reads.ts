// The comment and report inputs of the quality checks, computed in SQL for
// one cycle: read whole by both the from-scratch plan (plan-report.ts) and the
// kept one (plan-inputs.ts).
import { sql } from 'kysely';
import type { CommentInput, ReportInput } from '../../../shared/quality';
import type { AnyDb } from '../store/database';

/** The cycle's reports, each with how many comments of its chosen events (its owner's, in its component) are undecided. */
export async function readReportInputs(db: AnyDb, cycleId: string): Promise<ReportInput[]> {
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

/** The comments received at the cycle's events, each under its event's component (a comment tied to no event has none to be filed under). */
export async function readCommentInputs(db: AnyDb, cycleId: string): Promise<CommentInput[]> {
  const rows = await db
    .selectFrom('comment as c')
    .innerJoin('consultation_event as e', 'e.id', 'c.event_id')
    .select(['c.id as id', 'c.event_id as eventId', 'c.decision as decision', 'c.reason_sq as sq', 'c.reason_en as en', 'e.component_code as componentCode'])
    .where('e.cycle_id', '=', cycleId)
    .orderBy('c.id')
    .execute();
  return rows.map((r) => ({ id: r.id, eventId: r.eventId, decision: r.decision as CommentInput['decision'], reason: { sq: r.sq, en: r.en }, componentCode: r.componentCode }));
}
