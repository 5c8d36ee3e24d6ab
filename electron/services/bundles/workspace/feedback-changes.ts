// The feedback framework's changes, shown before a bundle is applied. At an
// LFP, a feedback bundle's POC feedback replaces the copy the last one left:
// what it adds, changes (per item: rating, comment, required action, due
// date, each language on its own line) and no longer carries. At the POC, a
// submission's replies (diffSnapshots lists them) are placed under the
// commitment their feedback is about and named by the item they answer.
import type { BundleChanges, FeedbackPayload, SubmissionPayload } from '../../../../shared/model/bundle';
import { feedbackItemKey, type FeedbackReply, type PocFeedback } from '../../../../shared/model/cocreation';
import { MAX_LINE } from '../../../../shared/model/primitives';
import type { AnyDb } from '../../store/database';
import { selectRecords } from '../../store/records';
import { POC_FEEDBACK } from '../../store/tables';
import { ownTargets } from './apply-feedback';
import { diffLists } from './diff';
import type { OwnedRecords } from './snapshot';

type AnyRecord = { id: string } & Record<string, unknown>;
type Line = { sq: string; en: string };

const clip = (s: string, room: number) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > room ? `${one.slice(0, room - 1)}…` : one;
};

async function commitmentTitles(db: AnyDb, ids: readonly string[]): Promise<Map<string, Line>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('commitment').select(['id', 'title_sq', 'title_en']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, { sq: r.title_sq, en: r.title_en }]));
}

/** At an LFP: what the feedback bundle's POC feedback changes in the copy held here (only feedback about this institution's records is kept, as applyFeedback keeps it). */
export async function feedbackRecordChanges(db: AnyDb, poc: string, me: string, p: FeedbackPayload): Promise<BundleChanges> {
  const held = await selectRecords<PocFeedback>(db, POC_FEEDBACK, { column: 'owner', eq: poc }, ['id']);
  const targets = await ownTargets(db, me);
  const incoming = p.feedback.filter((f) => targets.has(f.targetId) && (f.targetOwner == null || f.targetOwner === me));
  const titles = await commitmentTitles(db, [...held, ...incoming].filter((f) => f.targetType === 'commitment').map((f) => f.targetId));
  return diffLists('poc-feedback', held as unknown as AnyRecord[], incoming as unknown as AnyRecord[], (r) => {
    const f = r as unknown as PocFeedback;
    const commitmentId = f.targetType === 'commitment' ? f.targetId : null;
    const title = commitmentId ? titles.get(commitmentId) : undefined;
    return title ? { commitmentId, label: { sq: clip(title.sq, MAX_LINE), en: clip(title.en, MAX_LINE) } } : { commitmentId };
  });
}

/** At the POC: each reply change under its feedback's commitment, named "n. <the item's check>". */
export async function placeReplyChanges(db: AnyDb, changes: BundleChanges, before: OwnedRecords, after: SubmissionPayload): Promise<BundleChanges> {
  const replies = new Map<string, FeedbackReply>([...(before.feedbackReplies ?? []), ...(after.feedbackReplies ?? [])].map((r) => [r.id, r]));
  if (replies.size === 0) return changes;
  const feedback = new Map((await selectRecords<PocFeedback>(db, POC_FEEDBACK, undefined, ['id'])).map((f) => [f.id, f]));
  const place = (c: BundleChanges['added'][number]): BundleChanges['added'][number] => {
    if (c.entity !== 'feedback-reply') return c;
    const r = replies.get(c.id);
    const f = r ? feedback.get(r.feedbackId) : undefined;
    if (!r || !f) return c;
    const n = f.items.findIndex((it, i) => feedbackItemKey(it, i) === r.itemId);
    const check = f.items[n]?.check;
    const label = check ? { sq: clip(`${n + 1}. ${check.sq}`, MAX_LINE), en: clip(`${n + 1}. ${check.en}`, MAX_LINE) } : c.label;
    return { ...c, commitmentId: f.targetType === 'commitment' ? f.targetId : c.commitmentId, label };
  };
  return { added: changes.added.map(place), changed: changes.changed.map(place), deleted: changes.deleted.map(place), missing: changes.missing.map(place) };
}
