// Indicators of a commitment (treguesit, the Annex IX template). They follow
// the child-record rules described in milestones.ts; in addition, an
// indicator may point at a milestone, which must be one of the same
// commitment.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { IndicatorPatch } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import type { Indicator } from '../../../shared/model/plan';
import { newIndicator as blankIndicator } from '../../../shared/model/new-commitment';
import type { AnyDb } from '../store/database';
import { patchToColumns, toRow } from '../store/mapping';
import { INDICATOR } from '../store/tables';
import { WorkspaceService } from '../workspace/workspace-service';
import {
  deleteChild,
  explainChildRefusal,
  nextSeq,
  ownCommitmentIds,
  ownedCommitment,
  reorderChildren,
  type SavedRevision,
  touchCommitment,
} from './milestones';

/** A new indicator with a fresh id (the spreadsheet import builds its rows from it too). */
export const newIndicator = (init: Omit<Parameters<typeof blankIndicator>[0], 'id'>): Indicator => blankIndicator({ id: randomUUID(), ...init });

const foreignMilestone = (path: string) =>
  new AppError('invalid-input', {
    issues: [{ path, code: 'milestone-not-in-commitment', message: 'The milestone is not one of this commitment’s milestones' }],
  });

async function isMilestoneOf(db: AnyDb, milestoneId: string, commitmentId: string): Promise<boolean> {
  const row = await db
    .selectFrom('milestone')
    .select('id')
    .where('id', '=', milestoneId)
    .where('commitment_id', '=', commitmentId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Appends prepared indicators (already validated) to a commitment; used by create and by the sheet import. */
export async function insertIndicators(db: AnyDb, commitmentId: string, records: readonly Indicator[]): Promise<void> {
  if (records.length === 0) return;
  await db
    .insertInto('indicator')
    .values(records.map((r) => toRow(INDICATOR, { ...r, commitmentId })))
    .execute();
}

export class IndicatorService extends WorkspaceService {
  async create(commitmentId: string, milestoneId: string | null = null): Promise<Indicator> {
    const now = this.now();
    return this.db.transaction().execute(async (trx) => {
      const parent = await ownedCommitment(trx, commitmentId, this.me);
      if (milestoneId !== null && !(await isMilestoneOf(trx, milestoneId, commitmentId))) throw foreignMilestone('milestoneId');
      const record = newIndicator({
        seq: await nextSeq(trx, 'indicator', commitmentId),
        milestoneId,
        responsibleInstitution: parent.leadInstitution,
        now,
      });
      await insertIndicators(trx, commitmentId, [record]);
      await touchCommitment(trx, commitmentId, now);
      return record;
    });
  }

  /**
   * One UPDATE whose WHERE clause carries both the ownership rule and, when
   * the milestone changes, the same-commitment rule; a refusal is explained
   * afterwards from what the row turned out to be.
   */
  async update(id: string, changes: IndicatorPatch): Promise<SavedRevision> {
    const cols = patchToColumns(INDICATOR, changes as Record<string, unknown>);
    const updatedAt = this.now();
    const milestoneId = changes.milestoneId ?? null;
    const row = await this.db.transaction().execute(async (trx) => {
      let q = trx
        .updateTable('indicator')
        .set({ ...cols, rev: sql<number>`rev + 1`, updated_at: updatedAt })
        .where('id', '=', id)
        .where('commitment_id', 'in', ownCommitmentIds(trx, this.me));
      if (milestoneId !== null) {
        q = q.where(sql<boolean>`EXISTS (SELECT 1 FROM milestone m WHERE m.id = ${milestoneId} AND m.commitment_id = indicator.commitment_id)`);
      }
      const saved = await q.returning(['rev', 'commitment_id']).executeTakeFirst();
      if (saved) await touchCommitment(trx, saved.commitment_id, updatedAt);
      return saved;
    });
    if (row) return { id, rev: row.rev, updatedAt };
    if (milestoneId !== null) {
      const existing = await this.db.selectFrom('indicator').select('commitment_id').where('id', '=', id).executeTakeFirst();
      if (existing) {
        await ownedCommitment(this.db, existing.commitment_id, this.me);
        throw foreignMilestone('changes.milestoneId');
      }
    }
    return explainChildRefusal(this.db, 'indicator', id);
  }

  async delete(id: string): Promise<{ id: string }> {
    return deleteChild(this.db, 'indicator', id, this.me, this.now());
  }

  async reorder(commitmentId: string, order: readonly string[]) {
    return reorderChildren(this.db, 'indicator', commitmentId, order, this.me, this.now());
  }
}
