// The ideas register: list (filtered, sorted, counted by status), open,
// create, save field changes, merge a duplicate into the idea it repeats,
// delete. Only the institution that received an idea writes it (the owner
// check is part of every write's WHERE clause, as for commitments); the POC
// reads every institution's ideas once their bundles are imported.
import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { IdeaCounts, IdeaFilter, IdeaPatch, IdeaSort } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import { IDEA_STATUSES, type Idea } from '../../../shared/model/cocreation';
import { newIdea } from '../../../shared/model/new-idea';
import type { AnyDb, DB } from '../store/database';
import { patchToColumns } from '../store/mapping';
import { assertOpenCycle, OPEN_CYCLE_ID } from '../store/open-cycle';
import { selectRecords, upsertRecords, type Where } from '../store/records';
import { IDEA } from '../store/tables';
import { writeTombstone } from '../store/tombstones';
import { WorkspaceService } from '../workspace/workspace-service';

const refused = (path: string, code: string) => new AppError('invalid-input', { issues: [{ path, code, message: code }] });

/** Whether `institution` leads the component (cycle, code); refuses an unknown component. */
export async function assertLeads(db: AnyDb, institution: string, cycleId: string, componentCode: string): Promise<void> {
  await assertOpenCycle(db, cycleId);
  const component = await db.selectFrom('component').select('id').where('cycle_id', '=', cycleId).where('code', '=', componentCode).executeTakeFirst();
  if (!component) throw new AppError('unknown-component', { params: { code: componentCode } });
  const lead = await db
    .selectFrom('component_lead')
    .select('institution_code')
    .where('component_id', '=', component.id)
    .where('institution_code', '=', institution)
    .executeTakeFirst();
  if (!lead) throw new AppError('not-lead', { params: { code: institution, component: componentCode } });
}

/** A suggested lead must be a known institution: the interchange checks refuse any other code. */
async function assertKnownLead(db: AnyDb, code: string | null | undefined, path: string): Promise<void> {
  if (code === null || code === undefined) return;
  const known = await db.selectFrom('institution').select('code').where('code', '=', code).executeTakeFirst();
  if (!known) throw refused(path, 'unknown-lead');
}

const titleOf = (i: Idea) => (i.title.sq.trim() || i.title.en.trim()).toLocaleLowerCase('sq');
const COMPARE: Record<IdeaSort['by'], (a: Idea, b: Idea) => number> = {
  receivedAt: (a, b) => a.receivedAt.localeCompare(b.receivedAt),
  title: (a, b) => titleOf(a).localeCompare(titleOf(b), 'sq'),
  status: (a, b) => IDEA_STATUSES.indexOf(a.status) - IDEA_STATUSES.indexOf(b.status),
  channel: (a, b) => a.channel.localeCompare(b.channel),
  submitter: (a, b) => (a.submitter.organisation || a.submitter.name).localeCompare(b.submitter.organisation || b.submitter.name, 'sq'),
  updatedAt: (a, b) => a.updatedAt.localeCompare(b.updatedAt),
};

/** Ideas in the order asked for; equal ones by date received, then creation, so the order is stable. */
export function sortIdeas(ideas: Idea[], sort: IdeaSort = { by: 'receivedAt', dir: 'desc' }): Idea[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return ideas.sort((a, b) => sign * COMPARE[sort.by](a, b) || sign * COMPARE.receivedAt(a, b) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

export function countByStatus(ideas: readonly Idea[]): IdeaCounts {
  const counts = Object.fromEntries(IDEA_STATUSES.map((s) => [s, 0])) as IdeaCounts;
  for (const i of ideas) counts[i.status]++;
  return counts;
}

export class IdeaService extends WorkspaceService {
  async list(filter: IdeaFilter = {}, sort?: IdeaSort): Promise<{ ideas: Idea[]; counts: IdeaCounts }> {
    const where: Where[] = [{ column: 'cycle_id', eq: filter.cycleId ?? this.ws.info.currentCycleId }];
    if (filter.componentCode) where.push({ column: 'component_code', eq: filter.componentCode });
    if (filter.channel) where.push({ column: 'channel', eq: filter.channel });
    const all = await selectRecords<Idea>(this.db, IDEA, where);
    // The counts answer "how many are left in each status" for what the other filters show.
    const counts = countByStatus(all);
    const ideas = filter.status ? all.filter((i) => i.status === filter.status) : all;
    return { ideas: sortIdeas(ideas, sort), counts };
  }

  async get(id: string): Promise<Idea> {
    const [idea] = await selectRecords<Idea>(this.db, IDEA, { column: 'id', eq: id });
    if (!idea) throw new AppError('not-found', { params: { id } });
    return idea;
  }

  async create(input: { componentCode: string; cycleId?: string; fields?: IdeaPatch }): Promise<Idea> {
    const [idea] = await this.createMany(input.componentCode, [input.fields ?? {}], input.cycleId);
    return idea!;
  }

  /** Several new ideas of one component in one transaction (an import): all are written or none. */
  async createMany(componentCode: string, fields: readonly IdeaPatch[], cycleId = this.ws.info.currentCycleId, db: AnyDb = this.db): Promise<Idea[]> {
    await assertLeads(db, this.me, cycleId, componentCode);
    const leads = [...new Set(fields.map((f) => f.suggestedLead).filter((c): c is string => typeof c === 'string'))];
    for (const code of leads) await assertKnownLead(db, code, 'fields.suggestedLead');
    const now = this.now();
    const ideas = fields.map((f) => mergeFields(newIdea({ id: randomUUID(), cycleId, componentCode, owner: this.me, now }), f));
    await upsertRecords(db, IDEA, ideas);
    return ideas;
  }

  /** One UPDATE, the owner check in its WHERE clause: no window between checking and writing. */
  async update(id: string, changes: IdeaPatch): Promise<{ id: string; rev: number; updatedAt: string }> {
    await assertKnownLead(this.db, changes.suggestedLead, 'changes.suggestedLead');
    const cols = patchToColumns(IDEA, changes as Record<string, unknown>);
    const updatedAt = this.now();
    const row = await this.db
      .updateTable('idea')
      .set({ ...cols, rev: sql<number>`rev + 1`, updated_at: updatedAt })
      .where('id', '=', id)
      .where('owner', '=', this.me)
      .where('cycle_id', '=', OPEN_CYCLE_ID)
      .returning(['rev'])
      .executeTakeFirst();
    if (!row) await this.explainRefusal(id);
    return { id, rev: row!.rev, updatedAt };
  }

  /**
   * Marks `id` as a duplicate of `intoId`: status 'merged', pointing at it.
   * Both must be this institution's ideas of the same component and cycle;
   * an idea merged already cannot take duplicates (they join the one it joined).
   */
  async merge(id: string, intoId: string): Promise<Idea> {
    if (id === intoId) throw refused('intoId', 'merge-into-itself');
    return this.db.transaction().execute(async (trx) => {
      const [idea, into] = await Promise.all([this.owned(trx, id), selectRecords<Idea>(trx, IDEA, { column: 'id', eq: intoId }).then((r) => r[0])]);
      if (!into) throw new AppError('not-found', { params: { id: intoId } });
      if (into.owner !== this.me) throw new AppError('foreign-reference', { params: { path: 'intoId', owner: into.owner } });
      if (into.cycleId !== idea.cycleId || into.componentCode !== idea.componentCode) throw refused('intoId', 'merge-other-component');
      if (into.mergedIntoId !== null) throw refused('intoId', 'merge-into-merged');
      const updatedAt = this.now();
      await trx
        .updateTable('idea')
        .set({ status: 'merged', merged_into_id: intoId, rev: sql<number>`rev + 1`, updated_at: updatedAt })
        .where('id', '=', id)
        .execute();
      // Duplicates of the duplicate follow it, so a merge never leaves a chain to walk.
      await trx
        .updateTable('idea')
        .set({ merged_into_id: intoId, rev: sql<number>`rev + 1`, updated_at: updatedAt })
        .where('merged_into_id', '=', id)
        .where('owner', '=', this.me)
        .execute();
      return { ...idea, status: 'merged' as const, mergedIntoId: intoId, rev: idea.rev + 1, updatedAt };
    });
  }

  /** Removes an idea; one that others were merged into stays until they are dealt with. */
  async delete(id: string): Promise<{ id: string }> {
    await this.db.transaction().execute(async (trx) => {
      const idea = await this.owned(trx, id);
      const duplicate = await trx.selectFrom('idea').select('id').where('merged_into_id', '=', id).executeTakeFirst();
      if (duplicate) throw refused('id', 'idea-has-duplicates');
      const deletedAt = this.now();
      // A bundle states every deletion explicitly.
      await writeTombstone(trx, 'idea', id, this.me, idea.rev + 1, deletedAt);
      await trx.deleteFrom('idea').where('id', '=', id).execute();
    });
    return { id };
  }

  private async owned(db: AnyDb | Transaction<DB>, id: string): Promise<Idea> {
    const [idea] = await selectRecords<Idea>(db, IDEA, { column: 'id', eq: id });
    if (!idea) throw new AppError('not-found', { params: { id } });
    if (idea.owner !== this.me) throw new AppError('not-owner', { params: { owner: idea.owner } });
    return idea;
  }

  private async explainRefusal(id: string): Promise<never> {
    const idea = await this.owned(this.db, id);
    await assertOpenCycle(this.db, idea.cycleId);
    throw new AppError('internal', undefined, 'the idea update matched no row');
  }
}

/** A new idea with the fields of a patch laid over it (bilingual texts language by language, the submitter field by field). */
function mergeFields(idea: Idea, f: IdeaPatch): Idea {
  const text = <K extends 'title' | 'problem' | 'proposedSolution' | 'expectedResult'>(k: K) => ({ ...idea[k], ...(f[k] ?? {}) });
  return {
    ...idea,
    ...(f.receivedAt !== undefined ? { receivedAt: f.receivedAt } : {}),
    ...(f.channel !== undefined ? { channel: f.channel } : {}),
    ...(f.consentToPublish !== undefined ? { consentToPublish: f.consentToPublish } : {}),
    ...(f.ogpValues !== undefined ? { ogpValues: f.ogpValues } : {}),
    ...(f.suggestedLead !== undefined ? { suggestedLead: f.suggestedLead } : {}),
    submitter: { ...idea.submitter, ...(f.submitter ?? {}) } as Idea['submitter'],
    title: text('title'),
    problem: text('problem'),
    proposedSolution: text('proposedSolution'),
    expectedResult: text('expectedResult'),
  };
}
