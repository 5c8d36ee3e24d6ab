// Applies the POC's feedback at an LFP, inside the importer's transaction.
// The POC's tables are replaced wholesale by the latest feedback (the LFP
// never edits them): reviews and POC feedback records about this
// institution's own records, the reference data, the front matter of the
// bundle's cycle (an older bundle without it leaves the copy held). The LFP's commitments take
// the POC's plan number, and the status its decision gives, without a new
// revision (POC-assigned attributes, not edits). The receipt of our last
// submission raises the exporter's floor, so a restored backup never reuses
// a number the POC has seen.
import type { FeedbackPayload } from '../../../../shared/model/bundle';
import type { PocFeedback } from '../../../../shared/model/cocreation';
import { writeFrontMatter } from '../../front-matter/store';
import { reconcileStatuses } from '../../plan/statuses';
import { replaceReference, writeRevision } from '../../reference/reference-store';
import type { AnyDb } from '../../store/database';
import { upsertRecords } from '../../store/records';
import { POC_FEEDBACK } from '../../store/tables';
import { applyFeedbackCalendar } from './feedback-calendar';
import { incomingRevision } from './reference-diff';
import { readOutbox, upsertReviews, writeOutbox } from './state';
import { BundleRefusal, type VerifiedBundle } from '../types';

/** Ids of every record `institution` owns that POC feedback can point at. */
export async function ownTargets(db: AnyDb, institution: string): Promise<Set<string>> {
  const ids = new Set<string>();
  const add = (rows: readonly { id: string }[]) => rows.forEach((r) => ids.add(r.id));
  const own = db.selectFrom('commitment').select('id').where('owner', '=', institution);
  add(await own.execute());
  add(await db.selectFrom('milestone').select('id').where('commitment_id', 'in', own).execute());
  add(await db.selectFrom('indicator').select('id').where('commitment_id', 'in', own).execute());
  add(await db.selectFrom('idea').select('id').where('owner', '=', institution).execute());
  add(await db.selectFrom('consultation_report').select('id').where('owner', '=', institution).execute());
  return ids;
}

/**
 * Feedback the POC says is about one of `institution`'s records (targetOwner)
 * while no such record was ever sent from here: neither held nor deleted (a
 * tombstone). Refused whole rather than skipped, because a skipped item is
 * feedback the LFP would never see; a record deleted since is no refusal (the
 * POC has not heard of the deletion yet), and feedback for other institutions,
 * or from before targetOwner, is filtered as before.
 */
export async function feedbackTargetRefusal(db: AnyDb, institution: string, feedback: readonly PocFeedback[]): Promise<BundleRefusal | null> {
  const meant = feedback.filter((f) => f.targetOwner === institution);
  if (meant.length === 0) return null;
  const targets = await ownTargets(db, institution);
  const deleted = new Set((await db.selectFrom('tombstone').select('id').where('owner', '=', institution).execute()).map((r) => r.id));
  const unknown = meant.filter((f) => !targets.has(f.targetId) && !deleted.has(f.targetId));
  const first = unknown[0];
  if (!first) return null;
  return new BundleRefusal(
    'feedback-target-unknown',
    { institution, entity: first.targetType, id: first.targetId, count: unknown.length },
    `feedback ${first.id} names ${first.targetType} ${first.targetId} of ${institution}, never sent`,
  );
}

export interface FeedbackApplied {
  reviews: number;
  feedback: number;
  receiptSeq: number | null;
}

export async function applyFeedback(trx: AnyDb, verified: VerifiedBundle, me: string, at: string): Promise<FeedbackApplied> {
  const m = verified.manifest;
  const p = verified.payload as FeedbackPayload;
  const poc = m.issuer.institution;

  // The POC's reference data with its revision (assess refused an older one); what records here still use stays.
  if (p.reference) {
    await replaceReference(trx, p.reference);
    await writeRevision(trx, incomingRevision(p), at);
  }

  const mine = new Set((await trx.selectFrom('commitment').select('id').where('owner', '=', me).execute()).map((r) => r.id));
  const reviews = p.reviews.filter((r) => mine.has(r.commitmentId));
  await trx.deleteFrom('review').execute();
  await upsertReviews(
    trx,
    reviews.map((r) => ({ ...r, institution: me })),
  );
  for (const r of reviews) {
    if (r.planNumber !== null) await trx.updateTable('commitment').set({ plan_number: r.planNumber }).where('id', '=', r.commitmentId).where('owner', '=', me).execute();
  }
  // The POC's decisions arrive as the commitments' statuses, the one way an LFP's commitment enters a POC status.
  await reconcileStatuses(trx, [...mine]);

  const targets = await ownTargets(trx, me);
  // Feedback about another institution's records stays out (a bundle to '*' carries everyone's).
  const feedback: PocFeedback[] = p.feedback.filter((f) => targets.has(f.targetId) && (f.targetOwner == null || f.targetOwner === me));
  await trx.deleteFrom('poc_feedback').where('owner', '=', poc).execute();
  await upsertRecords(trx, POC_FEEDBACK, feedback);

  if (p.frontMatter !== undefined) {
    if (p.frontMatter === null) await trx.deleteFrom('front_matter').where('cycle_id', '=', m.cycleId).execute();
    else await writeFrontMatter(trx, [p.frontMatter]);
  }

  await applyFeedbackCalendar(trx, poc, m.cycleId, p);

  const receipt = p.receipts.find((r) => r.institution === me) ?? null;
  if (receipt) {
    const o = await readOutbox(trx, poc);
    if (receipt.seq > o.floorSeq) await writeOutbox(trx, { ...o, floorSeq: receipt.seq }, at);
  }

  const state = {
    poc_seq: m.seq,
    manifest_sha256: verified.manifestSha256,
    received_at: at,
    receipts: JSON.stringify(p.receipts),
    reference: p.reference ? JSON.stringify(p.reference) : null,
  };
  await trx
    .insertInto('feedback_state')
    .values({ issuer: poc, ...state })
    .onConflict((oc) => oc.column('issuer').doUpdateSet(state))
    .execute();

  return { reviews: reviews.length, feedback: feedback.length, receiptSeq: receipt?.seq ?? null };
}
