// Cycles: list them, start the next one (the POC), choose the workspace's
// current one, and carry a commitment of an earlier cycle forward into the
// cycle being drafted (an LFP). Each use case is one short transaction; what
// is refused is refused before anything is written.
import { randomUUID } from 'node:crypto';
import type { CycleEntry, CycleStartInput, WorkspaceInfo } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import { newCycleProblems, openCycle } from '../../../shared/cycles/new-cycle';
import { addDays, daysBetween } from '../../../shared/cycles/period';
import type { CalendarItem } from '../../../shared/model/cocreation';
import { newCommitment } from '../../../shared/model/new-commitment';
import type { Commitment } from '../../../shared/model/plan';
import type { Component, Cycle } from '../../../shared/model/reference';
import { readReference, readRevision, writeReference, writeRevision } from '../reference/reference-store';
import { readCommitments } from '../store/aggregates';
import type { AnyDb } from '../store/database';
import { selectRecords, upsertRecords } from '../store/records';
import { CALENDAR_ITEM, COMMITMENT, INDICATOR, MILESTONE } from '../store/tables';
import { setCurrentCycle } from '../workspace/workspace';
import { WorkspaceService } from '../workspace/workspace-service';
import { openCycleId } from '../store/open-cycle';
import { cycleRefusal } from './refusal';

/** "Plani Kombëtar i Veprimit OGP 2020-2022" → "… 2023-2025"; a title that does not name its cycle gets the id appended. */
function titleFor(previous: Cycle | undefined, id: string): Cycle['title'] {
  const rename = (s: string, fallback: string) => (previous && s.includes(previous.id) ? s.split(previous.id).join(id) : `${fallback} ${id}`);
  return {
    sq: rename(previous?.title.sq ?? '', 'Plani Kombëtar i Veprimit OGP'),
    en: rename(previous?.title.en ?? '', 'OGP National Action Plan'),
  };
}

export class CycleService extends WorkspaceService {
  async list(): Promise<{ cycles: CycleEntry[]; currentCycleId: string; openCycleId: string }> {
    const { cycles } = await readReference(this.db);
    const open = openCycle(cycles)?.id ?? this.ws.info.currentCycleId;
    const current = this.ws.info.currentCycleId;
    return { cycles: cycles.map((c) => ({ ...c, current: c.id === current, open: c.id === open })), currentCycleId: current, openCycleId: open };
  }

  async start(input: CycleStartInput): Promise<{ cycle: Cycle; components: number; calendarItems: number; workspace: WorkspaceInfo }> {
    if (this.ws.info.role !== 'poc') throw new AppError('cycle-poc-only');
    const result = await this.db.transaction().execute(async (trx) => {
      const ref = await readReference(trx);
      const [problem] = newCycleProblems(input, ref.cycles);
      if (problem) throw cycleRefusal(problem);
      const from = ref.cycles.find((c) => c.id === this.ws.info.currentCycleId) ?? openCycle(ref.cycles);
      const cycle: Cycle = {
        id: input.id,
        title: titleFor(from, input.id),
        number: input.number,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        status: 'drafting',
      };
      // Components and their lead institutions, for the POC to edit; ids are per cycle.
      const components: Component[] = ref.components
        .filter((c) => c.cycleId === from?.id)
        .map((c) => ({ ...c, id: `${c.code}-${input.id}`.slice(0, 63), cycleId: input.id }));
      await writeReference(trx, { cycles: [cycle], institutions: [], components, terms: [] });
      const calendarItems = from ? await this.copyCalendar(trx, from, cycle) : 0;
      // A new cycle is a reference-data edit: the next feedback bundle brings it to every LFP, not as a rollback.
      await writeRevision(trx, (await readRevision(trx)).revision + 1, this.now());
      await setCurrentCycle(trx, cycle.id);
      return { cycle, components: components.length, calendarItems };
    });
    this.ws.info.currentCycleId = result.cycle.id;
    return { ...result, workspace: { ...this.ws.info } };
  }

  async select(id: string): Promise<WorkspaceInfo> {
    await this.db.transaction().execute(async (trx) => {
      const cycle = await trx.selectFrom('cycle').select('id').where('id', '=', id).executeTakeFirst();
      if (!cycle) throw new AppError('not-found', { params: { id } });
      await setCurrentCycle(trx, id);
    });
    this.ws.info.currentCycleId = id;
    return { ...this.ws.info };
  }

  /** A draft copy, in the cycle being drafted, of this institution's commitment of an earlier cycle. */
  async carryForward(id: string): Promise<Commitment> {
    if (this.ws.info.role !== 'lfp') throw new AppError('carry-forward-lfp-only');
    const newId = await this.db.transaction().execute(async (trx) => {
      const [old] = await readCommitments(trx, { ids: [id] });
      if (!old) throw new AppError('not-found', { params: { id } });
      if (old.owner !== this.me) throw new AppError('not-owner', { params: { owner: old.owner } });
      const target = await openCycleId(trx);
      if (old.cycleId === target) throw new AppError('carry-forward-same-cycle', { params: { cycle: target } });
      const component = await trx.selectFrom('component').select('id').where('cycle_id', '=', target).where('code', '=', old.componentCode).executeTakeFirst();
      if (!component) throw new AppError('unknown-component', { params: { code: old.componentCode } });
      const lead = await trx.selectFrom('component_lead').select('institution_code').where('component_id', '=', component.id).where('institution_code', '=', this.me).executeTakeFirst();
      if (!lead) throw new AppError('not-lead', { params: { code: this.me, component: old.componentCode } });
      return this.writeCopy(trx, old, target);
    });
    const [copy] = await readCommitments(this.db, { ids: [newId] });
    return copy!;
  }

  /** The old commitment's texts and choices as a draft of the new cycle; its review, plan number and OGP id stay behind. */
  private async writeCopy(trx: AnyDb, old: Commitment, cycleId: string): Promise<string> {
    const now = this.now();
    const { milestones, indicators, id: _id, cycleId: _cycle, planNumber: _n, ogpId: _o, status: _s, originIdeas: _i, rev: _r, createdAt: _c, updatedAt: _u, carriedFrom: _f, ...fields } = old;
    const base = newCommitment({ id: randomUUID(), cycleId, componentCode: old.componentCode, owner: this.me, now });
    await upsertRecords(trx, COMMITMENT, [{ ...base, ...fields, carriedFrom: old.id }]);
    const milestoneIds = new Map(milestones.map((m) => [m.id, randomUUID()]));
    await upsertRecords(
      trx,
      MILESTONE,
      milestones.map((m) => ({ ...m, id: milestoneIds.get(m.id)!, commitmentId: base.id, status: 'not-started', progressPct: 0, rev: 1, createdAt: now, updatedAt: now })),
    );
    await upsertRecords(
      trx,
      INDICATOR,
      indicators.map((i) => ({ ...i, id: randomUUID(), commitmentId: base.id, milestoneId: i.milestoneId ? (milestoneIds.get(i.milestoneId) ?? null) : null, rev: 1, createdAt: now, updatedAt: now })),
    );
    return base.id;
  }

  /** The POC's own items of `from`, moved by the days between the two periods' starts, as planned. */
  private async copyCalendar(trx: AnyDb, from: Cycle, to: Cycle): Promise<number> {
    const items = await selectRecords<CalendarItem>(trx, CALENDAR_ITEM, [{ column: 'cycle_id', eq: from.id }, { column: 'owner', eq: this.me }], ['id']);
    const shift = daysBetween(from.periodStart, to.periodStart);
    const move = (d: string | null) => (d === null ? null : addDays(d, shift));
    const now = this.now();
    await upsertRecords(
      trx,
      CALENDAR_ITEM,
      items.map((i) => ({ ...i, id: randomUUID(), cycleId: to.id, start: move(i.start), due: move(i.due), status: 'planned' as const, rev: 1, createdAt: now, updatedAt: now })),
    );
    return items.length;
  }
}
