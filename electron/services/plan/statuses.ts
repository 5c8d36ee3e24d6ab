// Who may set a commitment's status. The drafting institution moves its
// commitment between draft, in consultation and ready; the statuses of the
// review (submitted, accepted, returned) are the POC's, and a commitment is
// in one only because the POC's review decision says so. The decision lives
// in the review table (the POC's own at the POC, the last feedback's at an
// LFP). The editor's save refuses a POC status outright; every other write
// that can carry or change one (a plan import, a submission at the POC, a
// feedback bundle, a review at the POC) ends with `reconcileStatuses`, so a
// status no review backs cannot survive any of them.
import { sql } from 'kysely';
import { AppError } from '../../../shared/api/errors';
import { type CommitmentStatus, isPocStatus, POC_STATUSES } from '../../../shared/model/plan';
import type { AnyDb } from '../store/database';
import { IN_CHUNK } from '../store/records';

/** Refuses a status the drafting institution asks for that is the POC's to set. */
export function assertLfpStatus(next: CommitmentStatus): void {
  if (isPocStatus(next)) throw new AppError('status-reserved-for-poc', { params: { status: next } });
}

/** Why a status change found no row it may change: the stored status is the POC's. */
export function statusHeldByPoc(current: CommitmentStatus): AppError | null {
  return isPocStatus(current) ? new AppError('status-held-by-poc', { params: { status: current } }) : null;
}

/** The POC's statuses as an SQL list. */
const pocList = () => sql.join(POC_STATUSES.map((s) => sql.lit(s)));

/**
 * Makes the status of the given commitments agree with the review decision
 * held here: accepted or returned where the POC decided so, and otherwise a
 * POC status falls back to ready (the commitment was with the POC). Not an
 * edit: rev and updated_at stay, as for the plan number the POC assigns; rows
 * already in agreement are not written.
 */
export async function reconcileStatuses(db: AnyDb, ids: readonly string[]): Promise<void> {
  const decided = sql<string>`(SELECT r.decision FROM review r WHERE r.commitment_id = commitment.id)`;
  const status = sql<string>`CASE WHEN ${decided} IN ('accepted', 'returned') THEN ${decided} WHEN status IN (${pocList()}) THEN 'ready' ELSE status END`;
  for (let i = 0; i < ids.length; i += IN_CHUNK) {
    await db
      .updateTable('commitment')
      .set({ status })
      .where('id', 'in', ids.slice(i, i + IN_CHUNK))
      .where(sql<boolean>`status IS NOT ${status}`)
      .execute();
  }
}
