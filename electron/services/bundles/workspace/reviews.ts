// The POC's review of a commitment (number in the plan, accepted or
// returned, a bilingual comment), tied to the revision it was made on, so a
// later edit shows it as "on an earlier version". The POC never edits the
// LFP's text: the review lives in its own table. At an LFP: what the POC
// sent, with the same marker.
import { AppError } from '../../../../shared/api/errors';
import type { FeedbackPayload, Review } from '../../../../shared/model/bundle';
import type { PocFeedback } from '../../../../shared/model/cocreation';
import type { Line } from '../../../../shared/model/primitives';
import type { z } from 'zod';
import { reconcileStatuses } from '../../plan/statuses';
import { selectRecords } from '../../store/records';
import { POC_FEEDBACK } from '../../store/tables';
import { type BundleEnv, me, nowIso, requireRole } from './context';
import { readReview, readReviews, type ReviewRow, upsertReviews } from './state';

export interface ReviewInput {
  commitmentId: string;
  /** '' clears the number. */
  planNumber?: string;
  decision?: 'accepted' | 'returned' | null;
  comment?: { sq?: string; en?: string };
}

export async function setReview(env: BundleEnv, input: ReviewInput): Promise<{ commitmentId: string; commitmentRev: number }> {
  requireRole(env, 'poc');
  return env.ws.store.db.transaction().execute(async (trx) => {
    const c = await trx.selectFrom('commitment').select(['owner', 'rev']).where('id', '=', input.commitmentId).executeTakeFirst();
    if (!c) throw new AppError('not-found', { params: { id: input.commitmentId } });
    const old = await readReview(trx, input.commitmentId);
    const review: ReviewRow = {
      commitmentId: input.commitmentId,
      institution: c.owner,
      commitmentRev: c.rev,
      planNumber: input.planNumber === undefined ? (old?.planNumber ?? null) : input.planNumber === '' ? null : input.planNumber,
      decision: input.decision === undefined ? (old?.decision ?? null) : input.decision,
      comment: { sq: input.comment?.sq ?? old?.comment.sq ?? '', en: input.comment?.en ?? old?.comment.en ?? '' },
      decidedAt: nowIso(env),
    };
    await upsertReviews(trx, [review]);
    await reconcileStatuses(trx, [review.commitmentId]);
    return { commitmentId: review.commitmentId, commitmentRev: review.commitmentRev };
  });
}

const toReview = (r: ReviewRow): Review => ({ commitmentId: r.commitmentId, commitmentRev: r.commitmentRev, planNumber: r.planNumber, decision: r.decision, comment: r.comment, decidedAt: r.decidedAt });

export type FeedbackView = FeedbackPayload & { receivedAt: string | null; pocSeq: number | null };

/** At an LFP: the POC's latest feedback as stored by the last feedback bundle. */
export async function getFeedback(env: BundleEnv): Promise<FeedbackView> {
  requireRole(env, 'lfp');
  return env.ws.store.db.transaction().execute(async (trx) => {
    const state = await trx.selectFrom('feedback_state').selectAll().orderBy('received_at', 'desc').executeTakeFirst();
    const reviews = (await readReviews(trx, me(env))).map(toReview);
    const feedback = state ? await selectRecords<PocFeedback>(trx, POC_FEEDBACK, { column: 'owner', eq: state.issuer }, ['id']) : [];
    return {
      receipts: state ? (JSON.parse(state.receipts) as FeedbackPayload['receipts']) : [],
      reviews,
      feedback,
      reference: state && state.reference !== null ? (JSON.parse(state.reference) as FeedbackPayload['reference']) : null,
      receivedAt: state?.received_at ?? null,
      pocSeq: state?.poc_seq ?? null,
    };
  });
}

export interface ReviewWithMarker {
  review: Review;
  title: z.infer<typeof Line>;
  /** The commitment's revision now; null when it no longer exists here. */
  currentRev: number | null;
  /** Made on an earlier revision than the one now held. */
  outdated: boolean;
}

/** The reviews this workspace holds, each with its commitment's title and the "earlier revision" marker. */
export async function reviewsWithMarkers(env: BundleEnv): Promise<ReviewWithMarker[]> {
  const db = env.ws.store.db;
  const reviews = await readReviews(db, env.ws.info.role === 'lfp' ? me(env) : undefined);
  if (reviews.length === 0) return [];
  const rows = await db.selectFrom('commitment').select(['id', 'rev', 'title_sq', 'title_en']).where('id', 'in', reviews.map((r) => r.commitmentId)).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return reviews.map((r) => {
    const c = byId.get(r.commitmentId);
    const currentRev = c?.rev ?? null;
    return {
      review: toReview(r),
      title: c ? { sq: c.title_sq, en: c.title_en } : { sq: '', en: '' },
      currentRev,
      outdated: currentRev !== null && r.commitmentRev < currentRev,
    };
  });
}
