// Loads a parsed interchange document into a workspace: all of it or none of
// it. Every check runs before the transaction begins; inside it there is no
// file I/O, only writes, so a failure (a constraint, a crash) rolls back to
// exactly the state before the import.
import type { z } from 'zod';
import type { ImportCounts } from '../../../shared/api/contract/plan';
import { AppError } from '../../../shared/api/errors';
import type { InterchangeDocument } from '../../../shared/model/interchange';
import { scorerKey } from '../cocreation/round-store';
import { writeFrontMatter } from '../front-matter/store';
import { reconcileStatuses } from '../plan/statuses';
import { readReference, readRevision, writeReference, writeRevision } from '../reference/reference-store';
import type { AnyDb, Store } from '../store/database';
import { deleteWhere, upsertRecords } from '../store/records';
import { type SuspendedSearch, suspendSearch } from '../store/search-bulk';
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
  ROUND_IDEA,
  ROUND_SCORER,
} from '../store/tables';
import { type KnownData, checkInterchange } from './checks';
import { continueHistory } from './history';
import { plainIssues } from './issues';
import { ownershipIssues } from './ownership';

/** The counts are the contract's (plan.import answers them), declared once there. */
export type ImportSummary = z.infer<typeof ImportCounts>;

/** How many records of each kind a document holds (what an import writes). */
export function summarizeInterchange(doc: InterchangeDocument): ImportSummary {
  const sum = <T>(list: readonly T[], count: (item: T) => number) => list.reduce((n, item) => n + count(item), 0);
  return {
    cycles: doc.reference.cycles.length,
    institutions: doc.reference.institutions.length,
    components: doc.reference.components.length,
    terms: doc.reference.terms.length,
    commitments: doc.commitments.length,
    milestones: sum(doc.commitments, (c) => c.milestones.length),
    indicators: sum(doc.commitments, (c) => c.indicators.length),
    ideas: doc.ideas.length,
    prioritizationRounds: doc.prioritizationRounds.length,
    scores: sum(doc.prioritizationRounds, (r) => r.scores.length),
    consultationEvents: doc.consultationEvents.length,
    participants: sum(doc.consultationEvents, (e) => e.participants.length),
    comments: doc.comments.length,
    consultationReports: doc.consultationReports.length,
    feedback: doc.feedback.length,
    calendar: doc.calendar.length,
    attachments: doc.attachments.length,
    frontMatter: doc.frontMatter.length,
  };
}

/** The reference data and event ids of a workspace, for the checks a file must pass against it. */
export async function readKnown(db: AnyDb): Promise<KnownData> {
  const events = await db.selectFrom('consultation_event').select('id').execute();
  return { reference: await readReference(db), eventIds: new Set(events.map((e) => e.id)) };
}

const rowByRow: SuspendedSearch = { forget: async () => {}, resume: async () => {} };

/**
 * The writes alone, for a caller that already holds a transaction. A parent's
 * child list in the file (milestones, indicators, scores, participants) is
 * authoritative: the children it had are removed and the file's written, so a
 * milestone deleted in the file is deleted here too.
 */
export async function writeInterchange(trx: AnyDb, doc: InterchangeDocument, searchSetWise = true): Promise<ImportSummary> {
  await writeReference(trx, doc.reference);
  // The search index is written set-wise at the end, not row by row through its triggers
  // (`searchSetWise` false keeps the triggers: the test that both index alike).
  const search = searchSetWise ? await suspendSearch(trx) : rowByRow;

  await upsertRecords(trx, COMMITMENT, doc.commitments);
  const commitmentIds = doc.commitments.map((c) => c.id);
  // A file states statuses, but a POC status holds only where the review held here decides it.
  await reconcileStatuses(trx, commitmentIds);
  const milestones = doc.commitments.flatMap((c) => c.milestones.map((m) => ({ ...m, commitmentId: c.id })));
  const indicators = doc.commitments.flatMap((c) => c.indicators.map((i) => ({ ...i, commitmentId: c.id })));
  // Indicators first: they point at milestones.
  await search.forget('indicator', 'commitment_id', commitmentIds);
  await search.forget('milestone', 'commitment_id', commitmentIds);
  await deleteWhere(trx, 'indicator', 'commitment_id', commitmentIds);
  await deleteWhere(trx, 'milestone', 'commitment_id', commitmentIds);
  await upsertRecords(trx, MILESTONE, milestones);
  await upsertRecords(trx, INDICATOR, indicators);

  await upsertRecords(trx, IDEA, doc.ideas);
  await search.resume([
    ['commitment', commitmentIds],
    ['milestone', milestones.map((m) => m.id)],
    ['indicator', indicators.map((i) => i.id)],
    ['idea', doc.ideas.map((i) => i.id)],
  ]);

  await upsertRecords(trx, PRIORITIZATION_ROUND, doc.prioritizationRounds);
  const scores = doc.prioritizationRounds.flatMap((r) => r.scores.map((s) => ({ ...s, roundId: r.id })));
  await deleteWhere(trx, 'prioritization_score', 'round_id', doc.prioritizationRounds.map((r) => r.id));
  await upsertRecords(trx, PRIORITIZATION_SCORE, scores, ['round_id', 'idea_id', 'criterion_id', 'scorer']);
  // The lists are the file's too: an idea taken out of the round there is out here.
  const roundIds = doc.prioritizationRounds.map((r) => r.id);
  await deleteWhere(trx, 'round_idea', 'round_id', roundIds);
  await deleteWhere(trx, 'round_scorer', 'round_id', roundIds);
  await upsertRecords(trx, ROUND_IDEA, doc.prioritizationRounds.flatMap((r) => r.ideaIds.map((ideaId, position) => ({ roundId: r.id, ideaId, position }))), ['round_id', 'idea_id']);
  await upsertRecords(trx, ROUND_SCORER, doc.prioritizationRounds.flatMap((r) => r.scorers.map((name, position) => ({ roundId: r.id, name, nameKey: scorerKey(name), position }))), ['round_id', 'name']);

  await upsertRecords(trx, CONSULTATION_EVENT, doc.consultationEvents);
  const participants = doc.consultationEvents.flatMap((e) => e.participants.map((p, position) => ({ ...p, eventId: e.id, position })));
  await deleteWhere(trx, 'event_participant', 'event_id', doc.consultationEvents.map((e) => e.id));
  await upsertRecords(trx, EVENT_PARTICIPANT, participants, ['event_id', 'position']);

  await upsertRecords(trx, COMMENT, doc.comments);
  await upsertRecords(trx, CONSULTATION_REPORT, doc.consultationReports);
  await upsertRecords(trx, POC_FEEDBACK, doc.feedback);
  await upsertRecords(trx, CALENDAR_ITEM, doc.calendar);
  // Metadata only; an existing attachment keeps its stored content (the column is not mapped).
  await upsertRecords(trx, ATTACHMENT, doc.attachments);
  // Each replaces the cycle's front matter whole, its lists included.
  await writeFrontMatter(trx, doc.frontMatter);

  return summarizeInterchange(doc);
}

/**
 * Upserts every record of `doc` by id in one transaction. The document must
 * come from parseInterchange; the cross-record checks run again here against
 * the workspace as it is now, so nothing is written for a file that refers to
 * something missing. `bookkeepingLeftOut` (parseInterchange's) names the
 * records a file sent without `rev`: those the workspace holds continue their
 * stored history (history.ts).
 */
export async function importInterchange(store: Store, doc: InterchangeDocument, bookkeepingLeftOut: ReadonlySet<object> = new Set(), now: () => Date = () => new Date()): Promise<ImportSummary> {
  const issues = checkInterchange(doc, await readKnown(store.db));
  if (issues.length === 0) issues.push(...(await ownershipIssues(store.db, doc)));
  if (issues.length > 0) {
    throw new AppError('invalid-interchange', { issues: plainIssues(issues), params: { count: issues.length } });
  }
  return store.db.transaction().execute(async (trx) => {
    const before = JSON.stringify(await readReference(trx));
    const summary = await writeInterchange(trx, await continueHistory(trx, doc, bookkeepingLeftOut));
    await reviseReference(trx, before, now);
    return summary;
  });
}

/**
 * A file that changed the reference data is an edit of it at the POC, whose
 * revision the feedback bundles carry: raised by one, so the LFPs take the
 * change rather than hold an equal revision with other data. An LFP's
 * revision is the one its last feedback bundle brought: kept, so the POC's
 * next bundle is never refused as a rollback (and brings the POC's data back).
 */
async function reviseReference(trx: AnyDb, before: string, now: () => Date): Promise<void> {
  const role = await trx.selectFrom('workspace_meta').select('value').where('key', '=', 'role').executeTakeFirst();
  if (role?.value !== 'poc' || JSON.stringify(await readReference(trx)) === before) return;
  await writeRevision(trx, (await readRevision(trx)).revision + 1, now().toISOString());
}
