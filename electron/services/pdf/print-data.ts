// Everything a printed document shows, read from the workspace in one
// transaction and handed to the renderer as plain data. Rendering needs
// nothing else (no database, no clock), which is what lets it run in a worker
// thread and makes two prints of the same data byte-identical.
import { AppError } from '../../../shared/api/errors';
import type { CalendarItem, Comment, ConsultationEvent, ConsultationReport, Idea, PrioritizationRound } from '../../../shared/model/cocreation';
import type { Commitment } from '../../../shared/model/plan';
import type { Text } from '../../../shared/model/primitives';
import type { Cycle, ReferenceData, WorkspaceRole } from '../../../shared/model/reference';
import { readAllInbox, readReviews } from '../bundles/state';
import { readEvents, readRounds } from '../interchange/export';
import { readPlan } from '../quality/plan-report';
import type { AnyDb } from '../store/database';
import { selectRecords } from '../store/records';
import { CALENDAR_ITEM, COMMENT, CONSULTATION_REPORT, IDEA } from '../store/tables';
import type { Workspace } from '../workspace/workspace';

export interface PrintData {
  cycle: Cycle;
  reference: ReferenceData;
  /** The workspace that prints: the author of the document. */
  printedBy: { code: string; name: Text; role: WorkspaceRole };
  /** The cycle's commitments; planNumber is the POC's review number where it set one. */
  commitments: readonly Commitment[];
  ideas: readonly Idea[];
  rounds: readonly PrioritizationRound[];
  events: readonly ConsultationEvent[];
  /** Comments on the cycle's events and records. */
  comments: readonly Comment[];
  reports: readonly ConsultationReport[];
  calendar: readonly CalendarItem[];
  /** The latest signed bundle imported from each institution: what the printed data came from. */
  sources: readonly PrintSource[];
}

export interface PrintSource {
  institution: string;
  seq: number;
  manifestSha256: string;
  /** When it was imported (a timestamp of the data, not of the print). */
  acceptedAt: string;
}

async function readCocreation(db: AnyDb, cycleId: string) {
  const ofCycle = { column: 'cycle_id', eq: cycleId } as const;
  const events = (await readEvents(db)).filter((e) => e.cycleId === cycleId);
  const ideas = await selectRecords<Idea>(db, IDEA, ofCycle, ['id']);
  const reports = await selectRecords<ConsultationReport>(db, CONSULTATION_REPORT, ofCycle, ['id']);
  return {
    ideas,
    rounds: (await readRounds(db)).filter((r) => r.cycleId === cycleId),
    events,
    reports,
    calendar: await selectRecords<CalendarItem>(db, CALENDAR_ITEM, ofCycle, ['id']),
    comments: await selectRecords<Comment>(db, COMMENT, undefined, ['id']),
  };
}

/** The cycle (default: the current one) as it would be printed now. */
export async function loadPrintData(ws: Workspace, opts: { cycleId?: string } = {}): Promise<PrintData> {
  const cycleId = opts.cycleId ?? ws.info.currentCycleId;
  const { plan, reviews, co, inbox } = await ws.store.db.transaction().execute(async (trx) => ({
    plan: await readPlan(trx, cycleId),
    reviews: ws.info.role === 'poc' ? await readReviews(trx) : [],
    co: await readCocreation(trx, cycleId),
    inbox: await readAllInbox(trx),
  }));
  if (!plan.cycle) throw new AppError('not-found', { params: { id: cycleId } });
  // The POC numbers commitments in its reviews; an LFP prints the commitment's own number.
  const numbers = new Map(reviews.map((r) => [r.commitmentId, r.planNumber]));
  const commitments = plan.commitments.map((c) => ({ ...c, planNumber: numbers.get(c.id) || c.planNumber }));
  const ids = new Set<string>([...co.events.map((e) => e.id), ...commitments.map((c) => c.id), ...co.ideas.map((i) => i.id), ...co.reports.map((r) => r.id)]);
  const comments = co.comments.filter((c) => (c.eventId !== null && ids.has(c.eventId)) || (c.target !== null && ids.has(c.target)));
  return {
    cycle: plan.cycle,
    reference: plan.reference,
    printedBy: { code: ws.info.institution.code, name: ws.info.institution.name, role: ws.info.role },
    commitments,
    ideas: co.ideas,
    rounds: co.rounds,
    events: co.events,
    comments,
    reports: co.reports,
    calendar: co.calendar,
    sources: inbox.map(({ issuer, lastSeq, manifestSha256, acceptedAt }) => ({ institution: issuer, seq: lastSeq, manifestSha256, acceptedAt })),
  };
}

/** The components of the cycle that exist, for validating a --component choice. */
export function hasComponent(data: PrintData, code: string): boolean {
  return data.reference.components.some((c) => c.cycleId === data.cycle.id && c.code === code);
}
