// Prioritization rounds of a component: open one, edit its criteria, ideas
// and scorers, record scores, close it. Only the institution that owns a round
// changes it, and only while it is open; every change moves the round's rev,
// so a bundle carries it. Results are not stored: shared/cocreation/
// prioritization.ts computes them from what is read here.
import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { RoundIdea, RoundSummary, RoundView } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import { defaultCriteria, DEFAULT_SCALE } from '../../../shared/cocreation/default-criteria';
import { scoreProblem, weightsAddUp } from '../../../shared/cocreation/prioritization';
import type { PrioritizationRound } from '../../../shared/model/cocreation';
import { localIsoDay } from '../quality/plan-report';
import type { AnyDb, DB } from '../store/database';
import { assertOpenCycle } from '../store/open-cycle';
import { selectRecords, upsertRecords } from '../store/records';
import { readRoundHead, type RoundHead } from '../store/aggregates';
import { IDEA, PRIORITIZATION_ROUND } from '../store/tables';
import { WorkspaceService } from '../workspace/workspace-service';
import { readRoundIdeas, readRoundRecords, type RoundRecord, scorerKey } from './round-store';

type Criterion = PrioritizationRound['criteria'][number];
type Stage = PrioritizationRound['stage'];
type Trx = Transaction<DB>;

export class RoundService extends WorkspaceService {
  async list(componentCode?: string): Promise<RoundSummary[]> {
    let q = this.db.selectFrom('prioritization_round').select('id').where('cycle_id', '=', this.ws.info.currentCycleId);
    if (componentCode !== undefined) q = q.where('component_code', '=', componentCode);
    const ids = (await q.execute()).map((r) => r.id);
    const records = await readRoundRecords(this.db, { ids });
    return records
      .map(({ round, ideaIds, scorers }) => ({
        id: round.id,
        componentCode: round.componentCode,
        owner: round.owner,
        stage: round.stage,
        openedAt: round.openedAt,
        closedAt: round.closedAt,
        scale: round.scale,
        ideas: ideaIds.length,
        scorers,
        weightsAddUp: weightsAddUp(round.criteria),
      }))
      .sort((a, b) => (b.openedAt ?? '').localeCompare(a.openedAt ?? '') || a.id.localeCompare(b.id));
  }

  async get(id: string): Promise<RoundView> {
    const [record] = await readRoundRecords(this.db, { ids: [id] });
    if (!record) throw new AppError('not-found', { params: { id } });
    return this.view(record);
  }

  /** The ideas of a component in this cycle, oldest first: what a round can take in. */
  async candidates(componentCode: string): Promise<RoundIdea[]> {
    const rows = await this.db
      .selectFrom('idea')
      .select('id')
      .where('cycle_id', '=', this.ws.info.currentCycleId)
      .where('component_code', '=', componentCode)
      .orderBy('received_at')
      .orderBy('id')
      .execute();
    return readRoundIdeas(this.db, rows.map((r) => r.id));
  }

  async open(input: { componentCode: string; stage: Stage; scale?: { min: number; max: number }; ideaIds: readonly string[]; fromRoundId?: string }): Promise<RoundView> {
    const cycleId = this.ws.info.currentCycleId;
    await assertOpenCycle(this.db, cycleId);
    await this.assertLead(cycleId, input.componentCode);
    let criteria: Criterion[] = defaultCriteria();
    let scale = input.scale ?? { ...DEFAULT_SCALE };
    if (input.fromRoundId !== undefined) {
      const from = await this.get(input.fromRoundId);
      if (from.round.componentCode !== input.componentCode) throw new AppError('idea-other-component', { params: { component: from.round.componentCode } });
      // The next stage weighs the same way unless someone changes it on purpose.
      criteria = from.round.criteria;
      scale = input.scale ?? from.round.scale;
    }
    const ideaIds = await this.ownIdeasOf(input.componentCode, input.ideaIds);
    const id = randomUUID();
    const now = this.now();
    await this.db.transaction().execute(async (trx) => {
      await upsertRecords(trx, PRIORITIZATION_ROUND, [
        { id, cycleId, componentCode: input.componentCode, owner: this.me, stage: input.stage, criteria, scale, openedAt: localIsoDay(this.clock()), closedAt: null, rev: 1, createdAt: now, updatedAt: now },
      ]);
      await this.writeIdeas(trx, id, ideaIds);
    });
    return this.get(id);
  }

  async setCriteria(id: string, criteria: Criterion[]): Promise<RoundView> {
    await this.change(id, async (trx) => {
      await trx.updateTable('prioritization_round').set({ criteria: JSON.stringify(criteria) }).where('id', '=', id).execute();
    });
    return this.get(id);
  }

  async setIdeas(id: string, ideaIds: readonly string[]): Promise<RoundView> {
    const round = await this.writable(this.db, id);
    const own = await this.ownIdeasOf(round.component_code, ideaIds);
    // Scores of an idea taken out stay stored (nothing typed is lost); they count again if it comes back.
    await this.change(id, (trx) => this.writeIdeas(trx, id, own));
    return this.get(id);
  }

  async addScorer(id: string, rawName: string): Promise<RoundView> {
    const name = rawName.normalize('NFC').trim();
    await this.change(id, async (trx) => {
      const key = scorerKey(name);
      const taken = (await this.scorersOf(trx, id)).find((s) => scorerKey(s) === key);
      if (taken !== undefined) throw new AppError('scorer-exists', { params: { name: taken } });
      const last = await trx.selectFrom('round_scorer').select(sql<number>`coalesce(max(position), -1)`.as('p')).where('round_id', '=', id).executeTakeFirst();
      await trx.insertInto('round_scorer').values({ round_id: id, name, name_key: key, position: (last?.p ?? -1) + 1 }).execute();
    });
    return this.get(id);
  }

  /** One cell: a whole number inside the scale, or null to clear it. */
  async score(input: { id: string; ideaId: string; criterionId: string; scorer: string; value: number | null; comment?: string }): Promise<{ id: string; rev: number }> {
    const rev = await this.change(input.id, async (trx, record) => {
      this.assertCell(record, input);
      await this.writeScore(trx, input.id, { ...input, scorer: this.scorerName(record, input.scorer) });
    });
    return { id: input.id, rev };
  }

  /** Writes many cells of one scorer at once (an imported sheet): all of them or none. */
  async scoreMany(id: string, scorer: string, cells: readonly { ideaId: string; criterionId: string; value: number | null }[]): Promise<{ scores: number; cleared: number }> {
    let scores = 0;
    let cleared = 0;
    await this.change(id, async (trx, record) => {
      const name = this.scorerName(record, scorer);
      for (const cell of cells) {
        this.assertCell(record, cell);
        const existing = await trx
          .selectFrom('prioritization_score')
          .select('comment')
          .where('round_id', '=', id)
          .where('idea_id', '=', cell.ideaId)
          .where('criterion_id', '=', cell.criterionId)
          .where('scorer', '=', name)
          .executeTakeFirst();
        if (cell.value === null) {
          if (existing) cleared++;
        } else scores++;
        // A comment typed on screen stays with a value the sheet brings back.
        await this.writeScore(trx, id, { ...cell, scorer: name, comment: existing?.comment });
      }
    });
    return { scores, cleared };
  }

  async close(id: string): Promise<RoundView> {
    await this.change(id, async (trx) => {
      await trx.updateTable('prioritization_round').set({ closed_at: localIsoDay(this.clock()) }).where('id', '=', id).execute();
    });
    return this.get(id);
  }

  // ---------------------------------------------------------------------------

  private view(record: RoundRecord): Promise<RoundView> {
    const { round, ideaIds, scorers } = record;
    return readRoundIdeas(this.db, ideaIds).then((ideas) => ({ round, ideas, scorers, editable: round.owner === this.me && round.closedAt === null }));
  }

  private async assertLead(cycleId: string, componentCode: string) {
    const component = await this.db.selectFrom('component').select('id').where('cycle_id', '=', cycleId).where('code', '=', componentCode).executeTakeFirst();
    if (!component) throw new AppError('unknown-component', { params: { code: componentCode } });
    const lead = await this.db.selectFrom('component_lead').select('institution_code').where('component_id', '=', component.id).where('institution_code', '=', this.me).executeTakeFirst();
    if (!lead) throw new AppError('not-lead', { params: { code: this.me, component: componentCode } });
  }

  /** The given ideas, each checked to be one of this institution's ideas of the component, without repeats. */
  private async ownIdeasOf(componentCode: string, ideaIds: readonly string[]): Promise<string[]> {
    const unique = [...new Set(ideaIds)];
    const rows = await selectRecords<{ id: string; owner: string; componentCode: string }>(this.db, IDEA, { column: 'id', in: unique });
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of unique) {
      const idea = byId.get(id);
      if (!idea) throw new AppError('not-found', { params: { id } });
      if (idea.owner !== this.me) throw new AppError('not-owner', { params: { owner: idea.owner } });
      if (idea.componentCode !== componentCode) throw new AppError('idea-other-component', { params: { component: idea.componentCode } });
    }
    return unique;
  }

  private async writeIdeas(trx: Trx, id: string, ideaIds: readonly string[]) {
    await trx.deleteFrom('round_idea').where('round_id', '=', id).execute();
    if (ideaIds.length > 0) await trx.insertInto('round_idea').values(ideaIds.map((idea_id, position) => ({ round_id: id, idea_id, position }))).execute();
  }

  /** The round as stored, if this workspace may change it. */
  private async writable(db: AnyDb, id: string) {
    const row = await db.selectFrom('prioritization_round').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('not-found', { params: { id } });
    if (row.owner !== this.me) throw new AppError('not-owner', { params: { owner: row.owner } });
    if (row.closed_at !== null) throw new AppError('round-closed', { params: { date: row.closed_at } });
    return row;
  }

  /** Runs `write` on a writable round in one transaction and moves its rev; answers the new rev. */
  private async change(id: string, write: (trx: Trx, record: RoundHead) => Promise<void>): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      await this.writable(trx, id);
      const record = await readRoundHead(trx, id);
      await write(trx, record!);
      const row = await trx
        .updateTable('prioritization_round')
        .set({ rev: sql<number>`rev + 1`, updated_at: this.now() })
        .where('id', '=', id)
        .returning('rev')
        .executeTakeFirstOrThrow();
      return row.rev;
    });
  }

  private async scorersOf(trx: Trx, id: string): Promise<string[]> {
    return (await readRoundHead(trx, id))?.scorers ?? [];
  }

  /** The scorer's name as the round keeps it. */
  private scorerName(record: RoundHead, name: string): string {
    const key = scorerKey(name);
    const found = record.scorers.find((s) => scorerKey(s) === key);
    if (found === undefined) throw new AppError('unknown-scorer', { params: { name: name.trim() } });
    return found;
  }

  private assertCell({ round, ideaIds }: RoundHead, cell: { ideaId: string; criterionId: string; value: number | null }) {
    if (!round.criteria.some((c) => c.id === cell.criterionId)) throw new AppError('unknown-criterion', { params: { id: cell.criterionId } });
    if (!ideaIds.includes(cell.ideaId)) throw new AppError('idea-not-in-round', { params: { id: cell.ideaId } });
    if (cell.value !== null) {
      const problem = scoreProblem(cell.value, round.scale);
      if (problem) throw new AppError(problem, { params: { value: cell.value, min: round.scale.min, max: round.scale.max } });
    }
  }

  private async writeScore(trx: Trx, id: string, cell: { ideaId: string; criterionId: string; scorer: string; value: number | null; comment?: string | undefined }) {
    const where = trx
      .deleteFrom('prioritization_score')
      .where('round_id', '=', id)
      .where('idea_id', '=', cell.ideaId)
      .where('criterion_id', '=', cell.criterionId)
      .where('scorer', '=', cell.scorer);
    if (cell.value === null) {
      await where.execute();
      return;
    }
    const row = { round_id: id, idea_id: cell.ideaId, criterion_id: cell.criterionId, scorer: cell.scorer, value: cell.value, comment: cell.comment ?? '' };
    await trx
      .insertInto('prioritization_score')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['round_id', 'idea_id', 'criterion_id', 'scorer']).doUpdateSet(cell.comment === undefined ? { value: cell.value! } : { value: cell.value!, comment: row.comment }),
      )
      .execute();
  }
}
