// Everything one institution owns in one cycle, read from a workspace: what
// an LFP's submission carries, and at the POC what it holds of that LFP (the
// "before" side of a diff, equal to the previous accepted bundle because the
// POC never edits an LFP's records). Records come out in the order the
// interchange export writes them: by id, children by seq.
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Attachment, CalendarItem, Comment, ConsultationEvent, ConsultationReport, Idea, Participant, PrioritizationRound, Score } from '../../../shared/model/cocreation';
import type { SubmissionPayload, Tombstone } from '../../../shared/model/bundle';
import { TOMBSTONE_ENTITIES } from '../../../shared/model/bundle';
import type { Commitment, Indicator, Milestone } from '../../../shared/model/plan';
import type { AnyDb } from '../store/database';
import { fromRow, type Row, type TableMap } from '../store/mapping';
import {
  ATTACHMENT,
  CALENDAR_ITEM,
  COMMENT,
  COMMITMENT,
  CONSULTATION_EVENT,
  CONSULTATION_REPORT,
  EVENT_PARTICIPANT,
  IDEA,
  INDICATOR,
  MILESTONE,
  PRIORITIZATION_ROUND,
  PRIORITIZATION_SCORE,
} from '../store/tables';

type Dyn = Kysely<Record<string, Row>>;
const dyn = (db: AnyDb) => db as unknown as Dyn;

/** At most this many ids per IN list (SQLite's bound-variable limit is 32 766). */
const IN_CHUNK = 10_000;

type Filter = readonly [column: string, value: string] | readonly [column: string, values: readonly string[]];

/** Mapped columns only (an attachment's content is read separately), filtered and ordered. */
async function select<T>(db: AnyDb, map: TableMap, filters: readonly Filter[], orderBy: readonly string[]): Promise<T[]> {
  const inFilter = filters.find((f) => Array.isArray(f[1]));
  if (inFilter && (inFilter[1] as readonly string[]).length > IN_CHUNK) {
    const all = inFilter[1] as readonly string[];
    const out: T[] = [];
    for (let i = 0; i < all.length; i += IN_CHUNK) {
      const part = filters.map((f) => (f === inFilter ? ([f[0], all.slice(i, i + IN_CHUNK)] as const) : f));
      out.push(...(await select<T>(db, map, part, orderBy)));
    }
    return out;
  }
  let q = dyn(db).selectFrom(map.table).select(map.columns as string[]);
  for (const [column, value] of filters) {
    if (Array.isArray(value)) {
      if (value.length === 0) return [];
      q = q.where(column, 'in', value as string[]);
    } else {
      q = q.where(column, '=', value as string);
    }
  }
  for (const col of orderBy) q = q.orderBy(col);
  const rows = (await q.execute()) as Row[];
  return rows.map((r) => fromRow<T>(map, r));
}

function groupBy<T extends Record<string, unknown>, K extends keyof T>(rows: T[], key: K): Map<string, Omit<T, K>[]> {
  const out = new Map<string, Omit<T, K>[]>();
  for (const row of rows) {
    const { [key]: parent, ...child } = row;
    const list = out.get(String(parent));
    if (list) list.push(child);
    else out.set(String(parent), [child]);
  }
  return out;
}

export type OwnedRecords = Omit<SubmissionPayload, 'tombstones'>;

export async function readCommitmentsWhere(db: AnyDb, filters: readonly Filter[]): Promise<Commitment[]> {
  const commitments = await select<Omit<Commitment, 'milestones' | 'indicators'>>(db, COMMITMENT, filters, ['id']);
  const ids = commitments.map((c) => c.id);
  const of = [['commitment_id', ids]] as const;
  const milestones = groupBy(await select<Milestone & { commitmentId: string }>(db, MILESTONE, of, ['commitment_id', 'seq', 'id']), 'commitmentId');
  const indicators = groupBy(await select<Indicator & { commitmentId: string }>(db, INDICATOR, of, ['commitment_id', 'seq', 'id']), 'commitmentId');
  return commitments.map((c) => ({ ...c, milestones: milestones.get(c.id) ?? [], indicators: indicators.get(c.id) ?? [] }));
}

/** Every record `institution` owns in `cycleId`, children inside their parents. */
export async function readOwnedRecords(db: AnyDb, institution: string, cycleId: string): Promise<OwnedRecords> {
  const inCycle = [['owner', institution], ['cycle_id', cycleId]] as const;
  const commitments = await readCommitmentsWhere(db, inCycle);
  const ideas = await select<Idea>(db, IDEA, inCycle, ['id']);

  const rounds = await select<Omit<PrioritizationRound, 'scores'>>(db, PRIORITIZATION_ROUND, inCycle, ['id']);
  const scores = groupBy(
    await select<z.infer<typeof Score> & { roundId: string }>(db, PRIORITIZATION_SCORE, [['round_id', rounds.map((r) => r.id)]], ['round_id', 'idea_id', 'criterion_id', 'scorer']),
    'roundId',
  );
  const prioritizationRounds = rounds.map((r) => ({ ...r, scores: scores.get(r.id) ?? [] }));

  const events = await select<Omit<ConsultationEvent, 'participants'>>(db, CONSULTATION_EVENT, inCycle, ['id']);
  const eventIds = events.map((e) => e.id);
  const participantRows = await select<z.infer<typeof Participant> & { eventId: string; position: number }>(db, EVENT_PARTICIPANT, [['event_id', eventIds]], ['event_id', 'position']);
  const participants = groupBy(
    participantRows.map(({ position: _p, ...p }) => p),
    'eventId',
  );
  const consultationEvents = events.map((e) => ({ ...e, participants: participants.get(e.id) ?? [] }));

  // Comments carry no cycle: those on this cycle's events, and those on no event.
  const eventSet = new Set(eventIds);
  const comments = (await select<Comment>(db, COMMENT, [['owner', institution]], ['id'])).filter((c) => c.eventId === null || eventSet.has(c.eventId));
  const consultationReports = await select<ConsultationReport>(db, CONSULTATION_REPORT, inCycle, ['id']);
  const calendar = await select<CalendarItem>(db, CALENDAR_ITEM, inCycle, ['id']);

  // Attachments carry no cycle either: those hanging off a record of this snapshot.
  const parents = new Set<string>([...commitments.map((c) => c.id), ...eventIds, ...consultationReports.map((r) => r.id), ...ideas.map((i) => i.id)]);
  const attachments = (await select<Attachment>(db, ATTACHMENT, [['owner', institution]], ['id'])).filter((a) => parents.has(a.ownerId));

  return { commitments, ideas, prioritizationRounds, consultationEvents, comments, consultationReports, calendar, attachments };
}

const ENTITY_SET = new Set<string>(TOMBSTONE_ENTITIES);

/** The deletions `institution` recorded (tombstone table), minus any id the snapshot still carries. */
export async function readOwnTombstones(db: AnyDb, institution: string, carried: ReadonlySet<string>): Promise<Tombstone[]> {
  const rows = await db.selectFrom('tombstone').selectAll().where('owner', '=', institution).orderBy('entity').orderBy('id').execute();
  return rows
    .filter((r) => ENTITY_SET.has(r.entity) && !carried.has(r.id))
    .map((r) => ({ entity: r.entity as Tombstone['entity'], id: r.id, rev: r.rev, deletedAt: r.deleted_at }));
}

/** Every id a snapshot carries, children included. */
export function idsOf(records: OwnedRecords): Set<string> {
  const ids = new Set<string>();
  for (const c of records.commitments) {
    ids.add(c.id);
    for (const m of c.milestones) ids.add(m.id);
    for (const i of c.indicators) ids.add(i.id);
  }
  for (const list of [records.ideas, records.prioritizationRounds, records.consultationEvents, records.comments, records.consultationReports, records.calendar, records.attachments]) {
    for (const r of list) ids.add(r.id);
  }
  return ids;
}

/** Attachment contents present in the workspace, by SHA-256. */
export async function readAttachmentContents(db: AnyDb, ids: readonly string[]): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (let i = 0; i < ids.length; i += IN_CHUNK) {
    const part = ids.slice(i, i + IN_CHUNK);
    if (part.length === 0) continue;
    const rows = await db.selectFrom('attachment').select(['sha256', 'content']).where('id', 'in', part).where('content', 'is not', null).execute();
    for (const r of rows) out.set(String(r.sha256), r.content as Buffer);
  }
  return out;
}
