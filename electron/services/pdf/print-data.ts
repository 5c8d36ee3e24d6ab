// Everything a printed document shows, read from the workspace in one
// transaction and handed to the renderer as plain data. Rendering needs
// nothing else (no database, no clock), which is what lets it run in a worker
// thread and makes two prints of the same data byte-identical.
import { AppError } from '../../../shared/api/errors';
import type { CalendarItem, Comment, ConsultationEvent, ConsultationReport, Idea, PrioritizationRound } from '../../../shared/model/cocreation';
import type { FrontMatter } from '../../../shared/model/front-matter';
import type { Commitment } from '../../../shared/model/plan';
import type { Text } from '../../../shared/model/primitives';
import type { Cycle, ReferenceData, WorkspaceRole } from '../../../shared/model/reference';
import { readAllInbox } from '../bundles/workspace/state';
import { readFrontMatter } from '../front-matter/store';
import { readPlan } from '../quality/plan-report';
import { readEvents, readRounds } from '../store/aggregates';
import type { AnyDb } from '../store/database';
import { selectRecords } from '../store/records';
import { CALENDAR_ITEM, COMMENT, CONSULTATION_REPORT, IDEA } from '../store/tables';
import type { Workspace } from '../workspace/workspace';

export interface PrintData {
  cycle: Cycle;
  reference: ReferenceData;
  /** The workspace that prints: the author of the document. */
  printedBy: { code: string; name: Text; role: WorkspaceRole };
  /** The cycle's commitments (planNumber is the POC's review number where it set one: readCommitments). */
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
  /** The POC's front matter of the cycle (the consolidated plan's opening sections, Annex III's focal points), if written. */
  frontMatter: FrontMatter | null;
}

export interface PrintSource {
  institution: string;
  seq: number;
  manifestSha256: string;
  /** When it was imported (a timestamp of the data, not of the print). */
  acceptedAt: string;
}

/** Comments carry no cycle: those on one of `ids` (an event of the cycle, or a record through its target), by id. */
async function readCommentsOn(db: AnyDb, eventIds: readonly string[], ids: readonly string[]): Promise<Comment[]> {
  const onEvent = await selectRecords<Comment>(db, COMMENT, { column: 'event_id', in: eventIds }, ['id']);
  const onTarget = await selectRecords<Comment>(db, COMMENT, { column: 'target', in: ids }, ['id']);
  const byId = new Map([...onEvent, ...onTarget].map((c) => [c.id, c]));
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

async function readCycle(db: AnyDb, cycleId: string) {
  const ofCycle = { column: 'cycle_id', eq: cycleId } as const;
  const plan = await readPlan(db, cycleId);
  const events = await readEvents(db, { cycleId });
  const ideas = await selectRecords<Idea>(db, IDEA, ofCycle, ['id']);
  const reports = await selectRecords<ConsultationReport>(db, CONSULTATION_REPORT, ofCycle, ['id']);
  const eventIds = events.map((e) => e.id);
  const ids = [...eventIds, ...plan.commitments.map((c) => c.id), ...ideas.map((i) => i.id), ...reports.map((r) => r.id)];
  return {
    plan,
    ideas,
    rounds: await readRounds(db, { cycleId }),
    events,
    reports,
    calendar: await selectRecords<CalendarItem>(db, CALENDAR_ITEM, ofCycle, ['id']),
    comments: await readCommentsOn(db, eventIds, ids),
    inbox: await readAllInbox(db),
    frontMatter: await readFrontMatter(db, cycleId),
  };
}

/** The cycle (default: the current one) as it would be printed now. */
export async function loadPrintData(ws: Workspace, opts: { cycleId?: string } = {}): Promise<PrintData> {
  const cycleId = opts.cycleId ?? ws.info.currentCycleId;
  const { plan, inbox, ...co } = await ws.store.db.transaction().execute((trx) => readCycle(trx, cycleId));
  if (!plan.cycle) throw new AppError('not-found', { params: { id: cycleId } });
  return {
    cycle: plan.cycle,
    reference: plan.reference,
    printedBy: { code: ws.info.institution.code, name: ws.info.institution.name, role: ws.info.role },
    commitments: plan.commitments,
    ideas: co.ideas,
    rounds: co.rounds,
    events: co.events,
    comments: co.comments,
    reports: co.reports,
    calendar: co.calendar,
    frontMatter: co.frontMatter,
    sources: inbox.map(({ issuer, lastSeq, manifestSha256, acceptedAt }) => ({ institution: issuer, seq: lastSeq, manifestSha256, acceptedAt })),
  };
}

/** The components of the cycle that exist, for validating a --component choice. */
export function hasComponent(data: PrintData, code: string): boolean {
  return data.reference.components.some((c) => c.cycleId === data.cycle.id && c.code === code);
}
