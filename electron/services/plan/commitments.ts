// Commitments of the plan: read the overview, open one, create, save field
// changes, delete. Each use case is one short statement or transaction;
// validation of the input has already happened at the boundary.
import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { CommitmentPatch, PlanOverview } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import { newCommitment } from '../../../shared/model/new-commitment';
import { comparePlanNumbers } from '../../../shared/model/plan-number';
import { type Commitment, type CommitmentStatus, type CommitmentSummary, POC_STATUSES } from '../../../shared/model/plan';
import type { Cycle } from '../../../shared/model/reference';
import { assertOpenCycle, OPEN_CYCLE_ID } from '../store/open-cycle';
import { assertOwnReferences } from '../ownership/workspace-rules';
import { readReference } from '../reference/reference-store';
import { readCommitments, reviewPlanNumbers } from '../store/aggregates';
import type { DB } from '../store/database';
import { patchToColumns } from '../store/mapping';
import { selectRecords, upsertRecords } from '../store/records';
import { COMMITMENT, CYCLE } from '../store/tables';
import { assertLfpStatus, statusHeldByPoc } from './statuses';
import { WorkspaceService } from '../workspace/workspace-service';

export class CommitmentService extends WorkspaceService {
  async overview(cycleId = this.ws.info.currentCycleId): Promise<PlanOverview> {
    const [cycle] = await selectRecords<Cycle>(this.db, CYCLE, { column: 'id', eq: cycleId });
    if (!cycle) throw new AppError('not-found', { params: { id: cycleId } });
    const ref = await readReference(this.db);
    const rows = await this.db
      .selectFrom('commitment as c')
      .select([
        'c.id',
        'c.cycle_id',
        'c.component_code',
        'c.owner',
        'c.plan_number',
        'c.title_sq',
        'c.title_en',
        'c.status',
        'c.rev',
        'c.updated_at',
        sql<number>`(SELECT count(*) FROM milestone m WHERE m.commitment_id = c.id)`.as('milestone_count'),
        sql<number>`(SELECT count(*) FROM indicator i WHERE i.commitment_id = c.id)`.as('indicator_count'),
      ])
      .where('c.cycle_id', '=', cycleId)
      .orderBy('c.component_code')
      .orderBy('c.created_at')
      .execute();
    const numbers = await reviewPlanNumbers(this.db);
    const summaries: CommitmentSummary[] = rows.map((r) => ({
      id: r.id,
      cycleId: r.cycle_id,
      componentCode: r.component_code,
      owner: r.owner,
      planNumber: numbers.get(r.id) ?? r.plan_number,
      title: { sq: r.title_sq, en: r.title_en },
      status: r.status as CommitmentSummary['status'],
      milestoneCount: r.milestone_count,
      indicatorCount: r.indicator_count,
      rev: r.rev,
      updatedAt: r.updated_at,
    }));
    // In plan order inside each component ("1.2" before "1.10"); the sort is stable, so creation order otherwise.
    summaries.sort((a, b) => comparePlanNumbers(a.planNumber, b.planNumber));
    return {
      cycle,
      components: ref.components
        .filter((c) => c.cycleId === cycleId)
        .sort((a, b) => a.number - b.number)
        .map((component) => ({
          component,
          leads: component.leadInstitutions
            .map((code) => ref.institutions.find((i) => i.code === code))
            .filter((i): i is NonNullable<typeof i> => i !== undefined),
          commitments: summaries.filter((s) => s.componentCode === component.code),
        })),
    };
  }

  async get(id: string): Promise<Commitment> {
    const [commitment] = await readCommitments(this.db, { ids: [id] });
    if (!commitment) throw new AppError('not-found', { params: { id } });
    return commitment;
  }

  async create(input: { componentCode: string; cycleId?: string; title?: Partial<Text> }): Promise<Commitment> {
    const cycleId = input.cycleId ?? this.ws.info.currentCycleId;
    await assertOpenCycle(this.db, cycleId);
    const component = await this.db
      .selectFrom('component')
      .select(['id'])
      .where('cycle_id', '=', cycleId)
      .where('code', '=', input.componentCode)
      .executeTakeFirst();
    if (!component) throw new AppError('unknown-component', { params: { code: input.componentCode } });
    const leads = await this.db
      .selectFrom('component_lead')
      .select('institution_code')
      .where('component_id', '=', component.id)
      .execute();
    if (!leads.some((l) => l.institution_code === this.me)) {
      throw new AppError('not-lead', { params: { code: this.me, component: input.componentCode } });
    }
    const record = newCommitment({
      id: randomUUID(),
      cycleId,
      componentCode: input.componentCode,
      owner: this.me,
      title: input.title,
      now: this.clock().toISOString(),
    });
    await upsertRecords(this.db, COMMITMENT, [record]);
    return { ...record, milestones: [], indicators: [] };
  }

  /**
   * Saves a field change in one UPDATE: the owner check is part of the WHERE
   * clause, and rev/updated_at move with the change, so there is no window
   * between checking and writing.
   */
  async update(id: string, changes: CommitmentPatch): Promise<{ id: string; rev: number; updatedAt: string }> {
    if (changes.originIdeas !== undefined) {
      // An origin idea is one of this institution's own ideas: linking MOFE's idea would claim it in MD's plan.
      await assertOwnReferences(this.db, this.me, changes.originIdeas.map((ideaId, i) => ({ path: ['originIdeas', i], id: ideaId, kinds: ['idea'] })));
    }
    if (changes.status !== undefined) assertLfpStatus(changes.status);
    const cols = patchToColumns(COMMITMENT, changes as Record<string, unknown>);
    const updatedAt = this.clock().toISOString();
    let update = this.db
      .updateTable('commitment')
      .set({ ...cols, rev: sql<number>`rev + 1`, updated_at: updatedAt })
      .where('id', '=', id)
      .where('owner', '=', this.me)
      .where('cycle_id', '=', OPEN_CYCLE_ID);
    // A commitment the POC's review put in its status stays there until the POC decides otherwise.
    if (changes.status !== undefined) update = update.where('status', 'not in', [...POC_STATUSES]);
    const row = await update.returning(['rev']).executeTakeFirst();
    if (!row) await this.explainRefusal(id);
    return { id, rev: row!.rev, updatedAt };
  }

  async delete(id: string): Promise<{ id: string }> {
    const deletedAt = this.clock().toISOString();
    await this.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('commitment').select(['owner', 'rev', 'cycle_id']).where('id', '=', id).executeTakeFirst();
      if (!row) throw new AppError('not-found', { params: { id } });
      if (row.owner !== this.me) throw new AppError('not-owner', { params: { owner: row.owner } });
      await assertOpenCycle(trx, row.cycle_id);
      // Children first get their own tombstones: a bundle states every deletion explicitly.
      for (const entity of ['milestone', 'indicator'] as const) {
        const children = await trx.selectFrom(entity).select(['id', 'rev']).where('commitment_id', '=', id).execute();
        for (const c of children) await this.tombstone(trx, entity, c.id, c.rev + 1, deletedAt);
      }
      await this.tombstone(trx, 'commitment', id, row.rev + 1, deletedAt);
      await trx.deleteFrom('commitment').where('id', '=', id).execute();
    });
    return { id };
  }

  /**
   * An abandoned "New commitment": removed only while it is exactly as it
   * was created (revision 1, no title, no milestone or indicator, no value
   * kept unsaved). A bundle exported since its creation may have carried it,
   * so then its deletion is recorded like any other.
   */
  async discardUntouched(id: string): Promise<{ id: string; discarded: boolean }> {
    const discarded = await this.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('commitment').select(['owner', 'rev', 'created_at', 'title_sq', 'title_en']).where('id', '=', id).executeTakeFirst();
      if (!row) return false;
      if (row.owner !== this.me) throw new AppError('not-owner', { params: { owner: row.owner } });
      if (row.rev !== 1 || row.title_sq !== '' || row.title_en !== '') return false;
      for (const table of ['milestone', 'indicator'] as const) {
        if (await trx.selectFrom(table).select('id').where('commitment_id', '=', id).executeTakeFirst()) return false;
      }
      if (await trx.selectFrom('unsaved_value').select('record_id').where('commitment_id', '=', id).executeTakeFirst()) return false;
      const exportedSince = await trx.selectFrom('bundle_outbox').select('audience').where('updated_at', '>=', row.created_at).executeTakeFirst();
      if (exportedSince) await this.tombstone(trx, 'commitment', id, row.rev + 1, this.now());
      await trx.deleteFrom('commitment').where('id', '=', id).execute();
      return true;
    });
    return { id, discarded };
  }

  private async tombstone(trx: Transaction<DB>, entity: string, id: string, rev: number, deletedAt: string) {
    await trx
      .insertInto('tombstone')
      .values({ entity, id, owner: this.me, rev, deleted_at: deletedAt })
      .onConflict((oc) => oc.columns(['entity', 'id']).doUpdateSet({ rev, deleted_at: deletedAt }))
      .execute();
  }

  private async explainRefusal(id: string): Promise<never> {
    const existing = await this.db.selectFrom('commitment').select(['owner', 'status', 'cycle_id']).where('id', '=', id).executeTakeFirst();
    if (!existing) throw new AppError('not-found', { params: { id } });
    if (existing.owner !== this.me) throw new AppError('not-owner', { params: { owner: existing.owner } });
    await assertOpenCycle(this.db, existing.cycle_id);
    throw statusHeldByPoc(existing.status as CommitmentStatus) ?? new AppError('internal', undefined, 'the commitment update matched no row');
  }
}
