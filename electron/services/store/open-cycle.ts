// The cycle being drafted is the latest (the one whose period starts last);
// every earlier cycle stays readable and printable but is not changed. The
// services that write drafted records ask here before they write.
import { sql } from 'kysely';
import { AppError } from '../../../shared/api/errors';
import { openCycle } from '../../../shared/cycles/new-cycle';
import type { AnyDb } from './database';

/** The cycle being drafted, inside a statement (a WHERE that writes only there). */
export const OPEN_CYCLE_ID = sql<string>`(SELECT id FROM cycle ORDER BY period_start DESC LIMIT 1)`;

/** The id of the cycle being drafted. */
export async function openCycleId(db: AnyDb): Promise<string> {
  const rows = await db.selectFrom('cycle').select(['id', 'period_start as periodStart']).execute();
  const open = openCycle(rows);
  if (!open) throw new AppError('internal', undefined, 'the workspace holds no cycle');
  return open.id;
}

/** Refuses a write to a record of an earlier cycle, naming both cycles. */
export async function assertOpenCycle(db: AnyDb, cycleId: string): Promise<void> {
  const open = await openCycleId(db);
  if (cycleId !== open) throw new AppError('cycle-read-only', { params: { cycle: cycleId, open } });
}
