// Everything one institution owns in one cycle, read from a workspace: what
// an LFP's submission carries, and at the POC what it holds of that LFP (the
// "before" side of a diff, equal to the previous accepted bundle because the
// POC never edits an LFP's records). Records come out in the order the
// interchange export writes them: by id, children by seq.
import type { Attachment, CalendarItem, Comment, ConsultationReport, FeedbackReply, Idea } from '../../../../shared/model/cocreation';
import type { SubmissionPayload, Tombstone } from '../../../../shared/model/bundle';
import { TOMBSTONE_ENTITIES } from '../../../../shared/model/bundle';
import { readCommitments, readEvents, readRounds } from '../../store/aggregates';
import type { AnyDb } from '../../store/database';
import { IN_CHUNK, selectRecords } from '../../store/records';
import type { ContentStore } from '../../attachments/content-store';
import { ATTACHMENT, CALENDAR_ITEM, COMMENT, CONSULTATION_REPORT, FEEDBACK_REPLY, IDEA } from '../../store/tables';

export type OwnedRecords = Omit<SubmissionPayload, 'tombstones'>;

/** Every record `institution` owns in `cycleId`, children inside their parents. */
export async function readOwnedRecords(db: AnyDb, institution: string, cycleId: string): Promise<OwnedRecords> {
  const owned = { owner: institution, cycleId };
  const inCycle = [
    { column: 'owner', eq: institution },
    { column: 'cycle_id', eq: cycleId },
  ];
  const commitments = await readCommitments(db, owned);
  const ideas = await selectRecords<Idea>(db, IDEA, inCycle, ['id']);
  const prioritizationRounds = await readRounds(db, owned);
  const consultationEvents = await readEvents(db, owned);
  const eventIds = consultationEvents.map((e) => e.id);

  // Comments carry no cycle: those on this cycle's events, and those on no event.
  const eventSet = new Set(eventIds);
  const comments = (await selectRecords<Comment>(db, COMMENT, { column: 'owner', eq: institution }, ['id'])).filter((c) => c.eventId === null || eventSet.has(c.eventId));
  const consultationReports = await selectRecords<ConsultationReport>(db, CONSULTATION_REPORT, inCycle, ['id']);
  const calendar = await selectRecords<CalendarItem>(db, CALENDAR_ITEM, inCycle, ['id']);

  // Attachments carry no cycle either: those hanging off a record of this snapshot.
  const parents = new Set<string>([...commitments.map((c) => c.id), ...eventIds, ...consultationReports.map((r) => r.id), ...ideas.map((i) => i.id)]);
  const attachments = (await selectRecords<Attachment>(db, ATTACHMENT, { column: 'owner', eq: institution }, ['id'])).filter((a) => parents.has(a.ownerId));

  // The replies to the POC's feedback carry no cycle: every one travels (they answer records of any cycle).
  const feedbackReplies = await selectRecords<FeedbackReply>(db, FEEDBACK_REPLY, { column: 'owner', eq: institution }, ['id']);

  return { commitments, ideas, prioritizationRounds, consultationEvents, comments, consultationReports, calendar, attachments, feedbackReplies };
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

/** An attachment's content: its file in the content store, or (rows from before the store) its bytes in the row. */
export type AttachmentContent = { path: string } | { data: Buffer };

/**
 * Attachment contents present in the workspace, by SHA-256: the content
 * store's files, and for rows written before it (the content column of 0001) the column.
 */
export async function readAttachmentContents(db: AnyDb, ids: readonly string[], store?: ContentStore): Promise<Map<string, AttachmentContent>> {
  const out = new Map<string, AttachmentContent>();
  if (store) {
    for (let i = 0; i < ids.length; i += IN_CHUNK) {
      const rows = await db.selectFrom('attachment').select('sha256').where('id', 'in', ids.slice(i, i + IN_CHUNK)).execute();
      // The file, not its bytes: the writer streams it into the bundle.
      for (const r of rows) if (!out.has(r.sha256) && store.has(r.sha256)) out.set(r.sha256, { path: store.path(r.sha256) });
    }
  }
  for (let i = 0; i < ids.length; i += IN_CHUNK) {
    const part = ids.slice(i, i + IN_CHUNK);
    if (part.length === 0) continue;
    const rows = await db.selectFrom('attachment').select(['sha256', 'content']).where('id', 'in', part).where('content', 'is not', null).execute();
    for (const r of rows) if (r.content !== null && !out.has(r.sha256)) out.set(r.sha256, { data: r.content });
  }
  return out;
}
