// A comment carries no cycle of its own: it is in the cycle of the event it
// was made at, or of the record it concerns (a commitment, its milestone or
// indicator, an idea). A comment of an earlier cycle is read and printed, not
// changed or decided (cycle-read-only, like every record of that cycle).
import type { AnyDb } from '../store/database';
import { assertOpenCycle } from '../store/open-cycle';

/** The cycle a comment's event and target lie in (each that is given and found). */
async function cyclesOf(db: AnyDb, refs: { eventId?: string | null; target?: string | null }): Promise<string[]> {
  const out: string[] = [];
  const add = (row: { cycle_id: string } | undefined) => row && out.push(row.cycle_id);
  if (refs.eventId) add(await db.selectFrom('consultation_event').select('cycle_id').where('id', '=', refs.eventId).executeTakeFirst());
  const t = refs.target;
  if (t) {
    add(await db.selectFrom('commitment').select('cycle_id').where('id', '=', t).executeTakeFirst());
    add(await db.selectFrom('idea').select('cycle_id').where('id', '=', t).executeTakeFirst());
    const parent = (await db.selectFrom('milestone').select('commitment_id').where('id', '=', t).executeTakeFirst()) ??
      (await db.selectFrom('indicator').select('commitment_id').where('id', '=', t).executeTakeFirst());
    if (parent) add(await db.selectFrom('commitment').select('cycle_id').where('id', '=', parent.commitment_id).executeTakeFirst());
  }
  return out;
}

/** Refuses a write to a comment whose event or target (before or after the write) lies in an earlier cycle. */
export async function assertCommentInOpenCycle(db: AnyDb, ...refs: { eventId?: string | null; target?: string | null }[]): Promise<void> {
  for (const r of refs) for (const cycleId of await cyclesOf(db, r)) await assertOpenCycle(db, cycleId);
}
