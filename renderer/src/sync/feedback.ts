// The POC's feedback as an LFP reads it: per commitment, the review
// (decision, plan number, comment) and the feedback notes on the commitment,
// its milestones and indicators, each marked when it was written about an
// earlier revision than the one the LFP holds now.
import type { Review } from '../../../shared/model/bundle';
import type { PocFeedback } from '../../../shared/model/cocreation';

/** A record the LFP holds: which commitment it belongs to and its current revision. */
export interface HeldRecord {
  readonly commitmentId: string;
  readonly rev: number;
  readonly entity: 'commitment' | 'milestone' | 'indicator';
  /** A milestone's or indicator's number within its commitment (1-based). */
  readonly number?: number;
}

export interface FeedbackNote {
  readonly feedback: PocFeedback;
  readonly record: HeldRecord | null;
  readonly outdated: boolean;
}

export interface CommitmentFeedback {
  readonly commitmentId: string;
  readonly review: Review | null;
  readonly reviewOutdated: boolean;
  readonly notes: FeedbackNote[];
}

export interface CollectedFeedback {
  readonly byCommitment: Map<string, CommitmentFeedback>;
  /** Notes on records that belong to no commitment here (ideas, consultation reports, records no longer held). */
  readonly other: FeedbackNote[];
}

/** Written about an earlier revision than the one held now (unknown revisions are not flagged). */
export const isOutdated = (reviewedRev: number | null | undefined, currentRev: number | null | undefined): boolean =>
  reviewedRev != null && currentRev != null && reviewedRev < currentRev;

export function collectFeedback(
  payload: { readonly reviews: readonly Review[]; readonly feedback: readonly PocFeedback[] },
  held: ReadonlyMap<string, HeldRecord>,
): CollectedFeedback {
  const byCommitment = new Map<string, CommitmentFeedback>();
  const entry = (commitmentId: string) => {
    let e = byCommitment.get(commitmentId);
    if (!e) byCommitment.set(commitmentId, (e = { commitmentId, review: null, reviewOutdated: false, notes: [] }));
    return e;
  };
  for (const review of payload.reviews) {
    const current = held.get(review.commitmentId);
    const previous = byCommitment.get(review.commitmentId)?.review;
    // Two reviews of one commitment should not happen; the later decision wins.
    if (previous && previous.decidedAt > review.decidedAt) continue;
    byCommitment.set(review.commitmentId, { ...entry(review.commitmentId), review, reviewOutdated: isOutdated(review.commitmentRev, current?.rev) });
  }
  const other: FeedbackNote[] = [];
  for (const feedback of payload.feedback) {
    const record = held.get(feedback.targetId) ?? null;
    const note = { feedback, record, outdated: isOutdated(feedback.targetRev, record?.rev) };
    if (record) entry(record.commitmentId).notes.push(note);
    else other.push(note);
  }
  return { byCommitment, other };
}
