// The front matter of a cycle's plan: everyone reads it, only the POC writes
// it. An institution's copy is the one the POC's last feedback bundle brought
// (apply-feedback.ts), so a write there would be overwritten by the next
// feedback and never reach the POC: it is refused (poc-only), nothing saved.
import { sql } from 'kysely';
import type { FrontMatterPatch, FrontMatterView } from '../../../shared/api/contract/front-matter';
import { AppError } from '../../../shared/api/errors';
import { emptyFrontMatterFields } from '../../../shared/model/front-matter';
import type { Cycle } from '../../../shared/model/reference';
import { patchToColumns } from '../store/mapping';
import { assertOpenCycle } from '../store/open-cycle';
import { selectRecords, upsertRecords } from '../store/records';
import { CYCLE, FRONT_MATTER } from '../store/tables';
import { WorkspaceService } from '../workspace/workspace-service';
import { frontMatterIdOf, readFrontMatter, writeAbbreviations, writeFocalPoints } from './store';

export class FrontMatterService extends WorkspaceService {
  async get(cycleId = this.ws.info.currentCycleId): Promise<FrontMatterView> {
    const [cycle] = await selectRecords<Cycle>(this.db, CYCLE, { column: 'id', eq: cycleId });
    if (!cycle) throw new AppError('not-found', { params: { id: cycleId } });
    const stored = await readFrontMatter(this.db, cycleId);
    return {
      id: stored?.id ?? frontMatterIdOf(cycleId),
      cycleId,
      editable: this.ws.info.role === 'poc',
      rev: stored?.rev ?? 0,
      updatedAt: stored?.updatedAt ?? null,
      fields: stored ? fieldsOf(stored) : emptyFrontMatterFields(),
    };
  }

  /** Saves some fields; the first save of a cycle's front matter creates it. */
  async update(id: string, changes: FrontMatterPatch): Promise<{ id: string; rev: number; updatedAt: string }> {
    if (this.ws.info.role !== 'poc') throw new AppError('poc-only', { params: { institution: this.me } });
    const updatedAt = this.now();
    return this.db.transaction().execute(async (trx) => {
      let row = await trx.selectFrom('front_matter').select(['id', 'rev', 'cycle_id']).where('id', '=', id).executeTakeFirst();
      if (row) await assertOpenCycle(trx, row.cycle_id);
      if (!row) {
        const cycles = await selectRecords<Cycle>(trx, CYCLE);
        const cycle = cycles.find((c) => frontMatterIdOf(c.id) === id);
        if (!cycle) throw new AppError('not-found', { params: { id } });
        // A front matter that came with another id (an interchange file) keeps the cycle's one row.
        const other = await readFrontMatter(trx, cycle.id);
        if (other) throw new AppError('not-found', { params: { id } });
        await assertOpenCycle(trx, cycle.id);
        await upsertRecords(trx, FRONT_MATTER, [{ id, cycleId: cycle.id, owner: this.me, ...emptyFrontMatterFields(), rev: 0, createdAt: updatedAt, updatedAt }]);
        row = { id, rev: 0, cycle_id: cycle.id };
      }
      const { abbreviations, focalPoints, ...rest } = changes;
      const cols = Object.keys(rest).length > 0 ? patchToColumns(FRONT_MATTER, rest as Record<string, unknown>) : {};
      if (abbreviations !== undefined) await writeAbbreviations(trx, id, abbreviations);
      if (focalPoints !== undefined) await writeFocalPoints(trx, id, focalPoints);
      const saved = await trx
        .updateTable('front_matter')
        .set({ ...cols, owner: this.me, rev: sql<number>`rev + 1`, updated_at: updatedAt })
        .where('id', '=', id)
        .returning(['rev'])
        .executeTakeFirstOrThrow();
      return { id, rev: saved.rev, updatedAt };
    });
  }
}

function fieldsOf(fm: NonNullable<Awaited<ReturnType<typeof readFrontMatter>>>) {
  const { foreword, introduction, process, approval, abbreviations, focalPoints } = fm;
  return { foreword, introduction, process, approval, abbreviations, focalPoints };
}
