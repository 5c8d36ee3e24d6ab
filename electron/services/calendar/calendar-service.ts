// The process calendar: list, open, create, save field changes, delete.
// Every institution keeps its own items (the POC the whole process, an LFP
// its consultations and drafting deadlines) and reads the others' as its
// bundles bring them; only the owner writes an item, whatever the transport.
import { randomUUID } from 'node:crypto';
import type { CalendarPatch } from '../../../shared/api/contract';
import { CalendarPatch as CalendarPatchSchema } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import { compareProcessOrder } from '../../../shared/cocreation/calendar';
import { CALENDAR_PHASE_TEXT, calendarDatesIssue } from '../../../shared/cocreation/calendar-phases';
import type { CalendarItem } from '../../../shared/model/cocreation';
import { emptyText } from '../../../shared/model/primitives';
import type { AnyDb } from '../store/database';
import { patchToColumns } from '../store/mapping';
import { assertOpenCycle } from '../store/open-cycle';
import { selectRecords, upsertRecords, saveOwnRow } from '../store/records';
import { CALENDAR_ITEM } from '../store/tables';
import { writeTombstone } from '../store/tombstones';
import { WorkspaceService } from '../workspace/workspace-service';
import { icsFileName, writeIcs } from './ics';

type Saved = { id: string; rev: number; updatedAt: string };

/** Every institution's items of one cycle, in process order. */
export async function readCycleCalendar(db: AnyDb, cycleId: string): Promise<CalendarItem[]> {
  const items = await selectRecords<CalendarItem>(db, CALENDAR_ITEM, { column: 'cycle_id', eq: cycleId }, ['id']);
  return items.sort(compareProcessOrder);
}

export class CalendarService extends WorkspaceService {
  async list(cycleId?: string): Promise<{ items: CalendarItem[] }> {
    return { items: await readCycleCalendar(this.db, cycleId ?? this.ws.info.currentCycleId) };
  }

  async get(id: string, db: AnyDb = this.db): Promise<CalendarItem> {
    const [item] = await selectRecords<CalendarItem>(db, CALENDAR_ITEM, { column: 'id', eq: id });
    if (!item) throw new AppError('not-found', { params: { id } });
    return item;
  }

  async create(input: { cycleId?: string; fields?: CalendarPatch }): Promise<CalendarItem> {
    const cycleId = input.cycleId ?? this.ws.info.currentCycleId;
    return this.db.transaction().execute(async (trx) => {
      const cycle = await trx.selectFrom('cycle').select('id').where('id', '=', cycleId).executeTakeFirst();
      if (!cycle) throw new AppError('invalid-input', { issues: [{ path: 'cycleId', code: 'unknown-cycle', message: 'unknown-cycle' }] });
      await assertOpenCycle(trx, cycleId);
      const now = this.now();
      const item: CalendarItem = {
        id: randomUUID(),
        cycleId,
        owner: this.me,
        phase: { ...CALENDAR_PHASE_TEXT.launch },
        title: emptyText(),
        responsible: this.me,
        start: null,
        due: null,
        status: 'planned',
        notes: emptyText(),
        rev: 1,
        createdAt: now,
        updatedAt: now,
      };
      await upsertRecords(trx, CALENDAR_ITEM, [item]);
      if (!input.fields) return item;
      await this.write(trx, item, input.fields);
      return this.get(item.id, trx);
    });
  }

  async update(id: string, changes: CalendarPatch): Promise<Saved> {
    return this.db.transaction().execute(async (trx) => this.write(trx, await this.owned(trx, id), changes));
  }

  async delete(id: string): Promise<{ id: string }> {
    await this.db.transaction().execute(async (trx) => {
      const item = await this.owned(trx, id);
      await writeTombstone(trx, 'calendar-item', id, this.me, item.rev + 1, this.now());
      await trx.deleteFrom('calendar_item').where('id', '=', id).execute();
    });
    return { id };
  }

  /** The cycle's calendar as an .ics file in one language. */
  async ics(lang: 'sq' | 'en', cycleId?: string): Promise<{ fileName: string; text: string }> {
    const cycle = cycleId ?? this.ws.info.currentCycleId;
    const items = await readCycleCalendar(this.db, cycle);
    return { fileName: icsFileName(cycle, lang), text: writeIcs(items, { lang, cycleId: cycle }) };
  }

  private async write(trx: AnyDb, item: CalendarItem, input: CalendarPatch): Promise<Saved> {
    // The service's callers are not all the contract (the CLI, tests): the one schema checks here too.
    const parsed = CalendarPatchSchema.safeParse(input);
    if (!parsed.success) {
      throw new AppError('invalid-input', { issues: parsed.error.issues.map((i) => ({ path: ['changes', ...i.path].join('.'), code: i.code, message: i.message })) });
    }
    const { phase, ...rest } = parsed.data;
    const start = rest.start === undefined ? item.start : rest.start;
    const due = rest.due === undefined ? item.due : rest.due;
    const issue = calendarDatesIssue(start, due);
    if (issue) {
      // Said at the date that was changed (both when both were), so the box that holds it shows why.
      const paths = [...(rest.due !== undefined ? ['changes.due'] : []), ...(rest.start !== undefined ? ['changes.start'] : [])];
      throw new AppError('invalid-input', { issues: paths.map((path) => ({ path, code: issue, message: issue })), params: { start: start ?? '', due: due ?? '' } });
    }
    const cols: Record<string, unknown> = Object.keys(rest).length > 0 ? { ...patchToColumns(CALENDAR_ITEM, rest as Record<string, unknown>) } : {};
    if (phase) Object.assign(cols, patchToColumns(CALENDAR_ITEM, { phase: CALENDAR_PHASE_TEXT[phase] }));
    return saveOwnRow(trx, 'calendar_item', item.id, this.me, cols, this.now());
  }

  private async owned(db: AnyDb, id: string): Promise<CalendarItem> {
    const item = await this.get(id, db);
    if (item.owner !== this.me) throw new AppError('not-owner', { params: { owner: item.owner } });
    return item;
  }
}
