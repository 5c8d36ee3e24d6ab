// A file from another tool may leave out a record's bookkeeping (rev,
// createdAt, updatedAt), and the input schema then sets it as for a new
// record. For a record the workspace already holds, that would send its
// revision back to 1, and a POC review of revision 5 would no longer read as
// outdated; so such a record continues its stored history instead: the next
// revision, its original creation time.
import type { InterchangeDocument } from '../../../shared/model/interchange';
import type { AnyDb } from '../store/database';
import { tableMap } from '../store/mapping';
import { selectRecords } from '../store/records';
import type { TableName } from '../store/schema';
import { ATTACHMENT, CALENDAR_ITEM, FRONT_MATTER, COMMENT, COMMITMENT, CONSULTATION_EVENT, CONSULTATION_REPORT, IDEA, INDICATOR, MILESTONE, POC_FEEDBACK, PRIORITIZATION_ROUND } from '../store/tables';

/**
 * The records of a parsed document whose file did not say `rev`, found by
 * walking the file's value beside what parsing made of it (the same lists in
 * the same order): the parsed objects themselves.
 */
export function bookkeepingLeftOut(raw: unknown, parsed: unknown, out = new Set<object>()): Set<object> {
  if (Array.isArray(parsed)) {
    if (Array.isArray(raw)) parsed.forEach((p, i) => bookkeepingLeftOut(raw[i], p, out));
  } else if (parsed !== null && typeof parsed === 'object' && raw !== null && typeof raw === 'object') {
    if ('rev' in parsed && !('rev' in raw)) out.add(parsed);
    for (const [key, value] of Object.entries(parsed)) {
      if (value !== null && typeof value === 'object') bookkeepingLeftOut((raw as Record<string, unknown>)[key], value, out);
    }
  }
  return out;
}

interface Stamped {
  id: string;
  rev: number;
  createdAt: string;
}

/** A function that gives each left-out record of `records` its stored history, if it has one. */
async function storedHistory(db: AnyDb, table: TableName, records: readonly Stamped[], leftOut: ReadonlySet<object>) {
  const ids = records.filter((r) => leftOut.has(r)).map((r) => r.id);
  const stored = new Map((await selectRecords<Stamped>(db, tableMap(table, { id: 'value', rev: 'value', createdAt: 'value' }), { column: 'id', in: ids })).map((s) => [s.id, s]));
  return <T extends Stamped>(r: T): T => {
    const s = leftOut.has(r) ? stored.get(r.id) : undefined;
    return s ? { ...r, rev: s.rev + 1, createdAt: s.createdAt } : r;
  };
}

/** `doc` with every left-out record that the workspace holds continuing its history; the rest unchanged. */
export async function continueHistory(db: AnyDb, doc: InterchangeDocument, leftOut: ReadonlySet<object>): Promise<InterchangeDocument> {
  if (leftOut.size === 0) return doc;
  const history = (table: TableName, records: readonly Stamped[]) => storedHistory(db, table, records, leftOut);
  const commitment = await history(COMMITMENT.table, doc.commitments);
  const milestone = await history(MILESTONE.table, doc.commitments.flatMap((c) => c.milestones));
  const indicator = await history(INDICATOR.table, doc.commitments.flatMap((c) => c.indicators));
  return {
    ...doc,
    commitments: doc.commitments.map((c) => ({ ...commitment(c), milestones: c.milestones.map(milestone), indicators: c.indicators.map(indicator) })),
    ideas: doc.ideas.map(await history(IDEA.table, doc.ideas)),
    prioritizationRounds: doc.prioritizationRounds.map(await history(PRIORITIZATION_ROUND.table, doc.prioritizationRounds)),
    consultationEvents: doc.consultationEvents.map(await history(CONSULTATION_EVENT.table, doc.consultationEvents)),
    comments: doc.comments.map(await history(COMMENT.table, doc.comments)),
    consultationReports: doc.consultationReports.map(await history(CONSULTATION_REPORT.table, doc.consultationReports)),
    feedback: doc.feedback.map(await history(POC_FEEDBACK.table, doc.feedback)),
    calendar: doc.calendar.map(await history(CALENDAR_ITEM.table, doc.calendar)),
    attachments: doc.attachments.map(await history(ATTACHMENT.table, doc.attachments)),
    frontMatter: doc.frontMatter.map(await history(FRONT_MATTER.table, doc.frontMatter)),
  };
}
