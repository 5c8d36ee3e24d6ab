// Milestones of a commitment (hapat kyç), and the rules every record that
// hangs off a commitment follows (indicators.ts uses them too):
// - ownership is the commitment's: a write names the owner in its WHERE
//   clause, so checking and writing cannot drift apart;
// - each save moves the record's rev by one and its updated_at;
// - it also moves the commitment's updated_at (never its rev: the
//   commitment's own fields did not change), so the plan overview sorts and
//   shows the commitment as recently worked on;
// - seq is the position, 1..n without gaps: create appends, delete closes
//   the gap, reorder rewrites it; a record whose seq changes is a changed
//   record (rev + 1), so the new order travels in bundles;
// - deletions leave tombstones, as commitments do.
import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { MilestonePatch } from '../../../shared/api/contract';
import { AppError, type Issue } from '../../../shared/api/errors';
import type { Milestone } from '../../../shared/model/plan';
import { newMilestone } from '../../../shared/model/new-commitment';
import { assertOpenCycle, OPEN_CYCLE_ID } from '../store/open-cycle';
import type { AnyDb, DB } from '../store/database';
import { patchToColumns, toRow } from '../store/mapping';
import { MILESTONE } from '../store/tables';
import { WorkspaceService } from '../workspace/workspace-service';

export type ChildEntity = 'milestone' | 'indicator';
export type SavedRevision = { id: string; rev: number; updatedAt: string };

/** The Commitment schema caps each child list at 500. */
export const MAX_CHILDREN = 500;

export interface OwnedCommitment {
  id: string;
  cycleId: string;
  owner: string;
  leadInstitution: string | null;
}

/** The parent commitment, or not-found / not-owner. */
export async function ownedCommitment(db: AnyDb, commitmentId: string, me: string): Promise<OwnedCommitment> {
  const row = await db
    .selectFrom('commitment')
    .select(['id', 'cycle_id', 'owner', 'lead_institution'])
    .where('id', '=', commitmentId)
    .executeTakeFirst();
  if (!row) throw new AppError('not-found', { params: { id: commitmentId } });
  if (row.owner !== me) throw new AppError('not-owner', { params: { owner: row.owner } });
  await assertOpenCycle(db, row.cycle_id);
  return { id: row.id, cycleId: row.cycle_id, owner: row.owner, leadInstitution: row.lead_institution };
}

/** `commitment_id IN (…)`: the commitments this institution may edit (its own, in the cycle being drafted). */
export const ownCommitmentIds = (db: AnyDb, me: string) =>
  db.selectFrom('commitment').select('id').where('owner', '=', me).where('cycle_id', '=', OPEN_CYCLE_ID);

/** Why a child write touched no row: it does not exist, or its commitment is someone else's. */
export async function explainChildRefusal(db: AnyDb, entity: ChildEntity, id: string): Promise<never> {
  const child = await db.selectFrom(entity).select('commitment_id').where('id', '=', id).executeTakeFirst();
  if (!child) throw new AppError('not-found', { params: { id } });
  const parent = await db.selectFrom('commitment').select(['owner', 'cycle_id']).where('id', '=', child.commitment_id).executeTakeFirst();
  if (parent) await assertOpenCycle(db, parent.cycle_id);
  throw new AppError('not-owner', { params: { owner: parent?.owner ?? '' } });
}

export async function touchCommitment(db: AnyDb, commitmentId: string, at: string): Promise<void> {
  await db.updateTable('commitment').set({ updated_at: at }).where('id', '=', commitmentId).execute();
}

/** The seq the first of `adding` new records gets (appended), refusing to overfill the list. */
export async function nextSeq(db: AnyDb, entity: ChildEntity, commitmentId: string, adding = 1): Promise<number> {
  const row = await db
    .selectFrom(entity)
    .select([sql<number | null>`max(seq)`.as('max_seq'), sql<number>`count(*)`.as('n')])
    .where('commitment_id', '=', commitmentId)
    .executeTakeFirstOrThrow();
  if (row.n + adding > MAX_CHILDREN) {
    throw new AppError('invalid-input', {
      issues: [{ path: 'commitmentId', code: 'list-full', message: `A commitment holds at most ${MAX_CHILDREN} ${entity}s` }],
      params: { max: MAX_CHILDREN },
    });
  }
  return (row.max_seq ?? 0) + 1;
}

export async function tombstone(trx: Transaction<DB>, entity: ChildEntity, id: string, owner: string, rev: number, at: string) {
  await trx
    .insertInto('tombstone')
    .values({ entity, id, owner, rev, deleted_at: at })
    .onConflict((oc) => oc.columns(['entity', 'id']).doUpdateSet({ rev, deleted_at: at }))
    .execute();
}

/**
 * Deletes one child with its tombstone and closes the gap in seq. `before`
 * runs after the checks and before the row goes (indicators detached from a
 * deleted milestone).
 */
export async function deleteChild(
  db: AnyDb,
  entity: ChildEntity,
  id: string,
  me: string,
  at: string,
  before?: (trx: Transaction<DB>) => Promise<void>,
): Promise<{ id: string }> {
  await db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom(entity).select(['commitment_id', 'seq', 'rev']).where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('not-found', { params: { id } });
    const commitmentId = row.commitment_id;
    const parent = await ownedCommitment(trx, commitmentId, me);
    await before?.(trx);
    await tombstone(trx, entity, id, parent.owner, row.rev + 1, at);
    await trx.deleteFrom(entity).where('id', '=', id).execute();
    await trx
      .updateTable(entity)
      .set({ seq: sql<number>`seq - 1`, rev: sql<number>`rev + 1`, updated_at: at })
      .where('commitment_id', '=', commitmentId)
      .where('seq', '>', row.seq)
      .execute();
    await touchCommitment(trx, commitmentId, at);
  });
  return { id };
}

/** What is wrong with a proposed order: every current id exactly once, nothing else. */
export function orderIssues(current: readonly string[], order: readonly string[]): Issue[] {
  const known = new Set(current);
  const seen = new Set<string>();
  const issues: Issue[] = [];
  order.forEach((id, i) => {
    if (!known.has(id)) issues.push({ path: `order[${i}]`, code: 'reorder-unknown', message: 'Not one of this commitment’s records' });
    else if (seen.has(id)) issues.push({ path: `order[${i}]`, code: 'reorder-duplicate', message: 'Listed more than once' });
    seen.add(id);
  });
  const missing = current.filter((id) => !seen.has(id));
  if (missing.length > 0) {
    issues.push({ path: 'order', code: 'reorder-missing', message: `${missing.length} of this commitment’s records are missing from the order` });
  }
  return issues;
}

/** Rewrites seq 1..n in the given order, in one transaction. */
export async function reorderChildren(
  db: AnyDb,
  entity: ChildEntity,
  commitmentId: string,
  order: readonly string[],
  me: string,
  at: string,
): Promise<{ commitmentId: string; order: string[] }> {
  await db.transaction().execute(async (trx) => {
    await ownedCommitment(trx, commitmentId, me);
    const rows = await trx.selectFrom(entity).select(['id', 'seq']).where('commitment_id', '=', commitmentId).execute();
    const issues = orderIssues(
      rows.map((r) => r.id),
      order,
    );
    if (issues.length > 0) throw new AppError('invalid-input', { issues });
    const seqOf = new Map(rows.map((r) => [r.id, r.seq]));
    let changed = false;
    for (const [i, id] of order.entries()) {
      if (seqOf.get(id) === i + 1) continue;
      changed = true;
      await trx
        .updateTable(entity)
        .set({ seq: i + 1, rev: sql<number>`rev + 1`, updated_at: at })
        .where('id', '=', id)
        .execute();
    }
    if (changed) await touchCommitment(trx, commitmentId, at);
  });
  return { commitmentId, order: [...order] };
}

export class MilestoneService extends WorkspaceService {
  async create(commitmentId: string): Promise<Milestone> {
    const now = this.now();
    return this.db.transaction().execute(async (trx) => {
      const parent = await ownedCommitment(trx, commitmentId, this.me);
      const record = newMilestone({ id: randomUUID(), seq: await nextSeq(trx, 'milestone', commitmentId), responsibleInstitution: parent.leadInstitution, now });
      await trx.insertInto('milestone').values(toRow(MILESTONE, { ...record, commitmentId })).execute();
      await touchCommitment(trx, commitmentId, now);
      return record;
    });
  }

  /** One UPDATE (ownership in its WHERE clause) plus the commitment's updated_at, in one transaction. */
  async update(id: string, changes: MilestonePatch): Promise<SavedRevision> {
    const cols = patchToColumns(MILESTONE, changes as Record<string, unknown>);
    const updatedAt = this.now();
    const row = await this.db.transaction().execute(async (trx) => {
      const saved = await trx
        .updateTable('milestone')
        .set({ ...cols, rev: sql<number>`rev + 1`, updated_at: updatedAt })
        .where('id', '=', id)
        .where('commitment_id', 'in', ownCommitmentIds(trx, this.me))
        .returning(['rev', 'commitment_id'])
        .executeTakeFirst();
      if (saved) await touchCommitment(trx, saved.commitment_id, updatedAt);
      return saved;
    });
    if (!row) return explainChildRefusal(this.db, 'milestone', id);
    return { id, rev: row.rev, updatedAt };
  }

  /**
   * The foreign key would detach the milestone's indicators by itself; doing
   * it explicitly first lets their rev move too, so the change is visible
   * and travels in the next bundle.
   */
  async delete(id: string): Promise<{ id: string }> {
    const at = this.now();
    return deleteChild(this.db, 'milestone', id, this.me, at, async (trx) => {
      await trx
        .updateTable('indicator')
        .set({ milestone_id: null, rev: sql<number>`rev + 1`, updated_at: at })
        .where('milestone_id', '=', id)
        .execute();
    });
  }

  async reorder(commitmentId: string, order: readonly string[]) {
    return reorderChildren(this.db, 'milestone', commitmentId, order, this.me, this.now());
  }
}
