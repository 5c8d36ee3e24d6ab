// Everything a workspace holds, as one interchange document.
//
// Deliberately left out: the signing keys, the trusted signers and the bundle
// log. An interchange file is unsigned; if it carried trust (a public key to
// enrol, a signer marked active), anyone who can hand over a JSON file could
// make a workspace accept their bundles. Trust only ever enters through the
// signed-bundle enrolment, where a person compares safety codes. Attachment
// contents are left out too (metadata only): they belong in bundles, which
// carry and verify them.
import type { Kysely } from 'kysely';
import { AppError } from '../../../shared/api/errors';
import type { z } from 'zod';
import type { Attachment, ConsultationEvent, Participant, PrioritizationRound, Score } from '../../../shared/model/cocreation';
import { INTERCHANGE_FORMAT, INTERCHANGE_VERSION, InterchangeDocument } from '../../../shared/model/interchange';
import type { Commitment, Indicator, Milestone } from '../../../shared/model/plan';
import type { WorkspaceRole } from '../../../shared/model/reference';
import { readReference } from '../reference/reference-store';
import type { AnyDb, Store } from '../store/database';
import { fromRow, type Row, type TableMap } from '../store/mapping';
import { selectRecords } from '../store/records';
import { APP_VERSION } from '../version';
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
  POC_FEEDBACK,
  PRIORITIZATION_ROUND,
  PRIORITIZATION_SCORE,
} from '../store/tables';
import { issuesFromSchema, plainIssues } from './issues';


export interface ExportSource {
  role: WorkspaceRole;
  institution: string;
  /** Defaults to this build's version. */
  appVersion?: string;
}

export interface ExportOptions {
  now?: () => Date;
}

/** Groups child rows under their parent id and drops the parent-key field, which is not part of the child record. */
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

/** Only the mapped columns: an attachment's content can be megabytes and is not exported. */
async function selectMapped<T>(db: AnyDb, map: TableMap, orderBy: string[]): Promise<T[]> {
  let q = (db as unknown as Kysely<Record<string, Row>>).selectFrom(map.table).select(map.columns as string[]);
  for (const col of orderBy) q = q.orderBy(col);
  const rows = (await q.execute()) as Row[];
  return rows.map((r) => fromRow<T>(map, r));
}

type CommitmentRow = Omit<Commitment, 'milestones' | 'indicators'>;
type WithParent<T, K extends string> = T & Record<K, string>;

async function readCommitments(db: AnyDb): Promise<Commitment[]> {
  const commitments = await selectRecords<CommitmentRow>(db, COMMITMENT, undefined, ['id']);
  const milestones = groupBy(await selectRecords<WithParent<Milestone, 'commitmentId'>>(db, MILESTONE, undefined, ['commitment_id', 'seq', 'id']), 'commitmentId');
  const indicators = groupBy(await selectRecords<WithParent<Indicator, 'commitmentId'>>(db, INDICATOR, undefined, ['commitment_id', 'seq', 'id']), 'commitmentId');
  return commitments.map((c) => ({ ...c, milestones: milestones.get(c.id) ?? [], indicators: indicators.get(c.id) ?? [] }));
}

export async function readRounds(db: AnyDb): Promise<PrioritizationRound[]> {
  const rounds = await selectRecords<Omit<PrioritizationRound, 'scores'>>(db, PRIORITIZATION_ROUND, undefined, ['id']);
  const scores = groupBy(
    await selectRecords<WithParent<z.infer<typeof Score>, 'roundId'>>(db, PRIORITIZATION_SCORE, undefined, ['round_id', 'idea_id', 'criterion_id', 'scorer']),
    'roundId',
  );
  return rounds.map((r) => ({ ...r, scores: scores.get(r.id) ?? [] }));
}

export async function readEvents(db: AnyDb): Promise<ConsultationEvent[]> {
  const events = await selectRecords<Omit<ConsultationEvent, 'participants'>>(db, CONSULTATION_EVENT, undefined, ['id']);
  const rows = await selectRecords<WithParent<z.infer<typeof Participant>, 'eventId'> & { position: number }>(db, EVENT_PARTICIPANT, undefined, ['event_id', 'position']);
  const participants = groupBy(
    rows.map(({ position: _position, ...p }) => p),
    'eventId',
  );
  return events.map((e) => ({ ...e, participants: participants.get(e.id) ?? [] }));
}

/** Reads the whole workspace inside one read transaction, so the document is a consistent snapshot. */
async function readAll(db: AnyDb) {
  return {
    reference: await readReference(db),
    commitments: await readCommitments(db),
    ideas: await selectRecords(db, IDEA, undefined, ['id']),
    prioritizationRounds: await readRounds(db),
    consultationEvents: await readEvents(db),
    comments: await selectRecords(db, COMMENT, undefined, ['id']),
    consultationReports: await selectRecords(db, CONSULTATION_REPORT, undefined, ['id']),
    feedback: await selectRecords(db, POC_FEEDBACK, undefined, ['id']),
    calendar: await selectRecords(db, CALENDAR_ITEM, undefined, ['id']),
    attachments: await selectMapped<Attachment>(db, ATTACHMENT, ['id']),
  };
}

/**
 * The document is validated with the same schema import uses, so a file this
 * workspace writes is one every Plani of the same version accepts; parsing
 * also puts every record's keys in schema order, which makes two exports of
 * the same data byte-identical apart from `exportedAt`.
 */
export async function exportInterchange(store: Store, source: ExportSource, options: ExportOptions = {}): Promise<InterchangeDocument> {
  const records = await store.db.transaction().execute(readAll);
  const draft = {
    format: INTERCHANGE_FORMAT,
    version: INTERCHANGE_VERSION,
    exportedAt: (options.now?.() ?? new Date()).toISOString(),
    source: { role: source.role, institution: source.institution, appVersion: source.appVersion ?? APP_VERSION },
    ...records,
  };
  const parsed = InterchangeDocument.safeParse(draft);
  if (!parsed.success) {
    // The workspace holds a record its own schema refuses: a bug to report, not a file to write.
    throw new AppError('internal', { issues: plainIssues(issuesFromSchema(parsed.error)) }, 'workspace data fails the interchange schema');
  }
  return parsed.data;
}

/** Pretty, UTF-8, one trailing newline: the form `plan export` writes and people diff. */
export const serializeInterchange = (doc: InterchangeDocument) => `${JSON.stringify(doc, null, 2)}\n`;
