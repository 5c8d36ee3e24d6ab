// The process calendar against a real workspace: items created and saved
// field by field, the phase by code, the date rule, ownership (the POC's and
// an LFP's items read-only to the other), deletion with its tombstone, and
// lateness as the screens and Annex V compute it.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { calendarStatus } from '../../../shared/cocreation/calendar';
import { CALENDAR_PHASE_TEXT } from '../../../shared/cocreation/calendar-phases';
import type { CalendarItem } from '../../../shared/model/cocreation';
import { upsertRecords } from '../../../electron/services/store/records';
import { CALENDAR_ITEM } from '../../../electron/services/store/tables';
import { type TempWorkspace, tempWorkspace, ticking } from '../../helpers/temp-workspace';

let ws: TempWorkspace;
afterEach(async () => {
  await ws?.cleanup();
});

type Failure = { ok: boolean; error?: { code: string; details?: { params?: Record<string, unknown>; issues?: { path: string; code: string; message: string }[] } } };
const refusal = async (p: Promise<Failure>) => {
  const r = await p;
  expect(r.ok).toBe(false);
  return r.error!;
};

const foreignItem = (owner: string, over: Partial<CalendarItem> = {}): CalendarItem => ({
  id: randomUUID(),
  cycleId: '2020-2022',
  owner,
  phase: { ...CALENDAR_PHASE_TEXT.drafting },
  title: { sq: 'Afati i hartimit', en: 'Drafting deadline' },
  responsible: owner,
  start: '2020-11-01',
  due: '2020-11-30',
  status: 'planned',
  notes: { sq: '', en: '' },
  rev: 1,
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
  ...over,
});

describe('calendar service', () => {
  it('creates an item, saves its fields one by one, and lists the cycle in process order', async () => {
    ws = await tempWorkspace({ role: 'poc', institution: 'POC' }, ticking());
    const adoption = await ws.ok('calendar.create', { fields: { phase: 'adoption', title: { sq: 'Miratimi në Këshillin e Ministrave' }, start: '2020-12-01', due: '2020-12-15' } });
    const launch = await ws.ok('calendar.create', {});
    expect(launch).toMatchObject({ owner: 'POC', responsible: 'POC', status: 'planned', phase: CALENDAR_PHASE_TEXT.launch, start: null, due: null });
    await ws.ok('calendar.update', { id: launch.id, changes: { title: { sq: 'Njoftimi për nisjen' } } });
    await ws.ok('calendar.update', { id: launch.id, changes: { title: { en: 'Launch notice' }, start: '2020-09-01', due: '2020-09-10', status: 'done', responsible: 'MSF', notes: { sq: 'Botuar në faqen e internetit; me ç dhe ë.' } } });
    const got = await ws.ok('calendar.get', { id: launch.id });
    expect(got).toMatchObject({ title: { sq: 'Njoftimi për nisjen', en: 'Launch notice' }, start: '2020-09-01', due: '2020-09-10', status: 'done', responsible: 'MSF', rev: 3 });
    expect(adoption.phase).toEqual({ sq: 'Miratimi', en: 'Adoption' });
    // Launch before adoption, whatever the dates or the order they were written in.
    await ws.ok('calendar.update', { id: launch.id, changes: { start: '2021-01-01', due: '2021-01-05' } });
    expect((await ws.ok('calendar.list', {})).items.map((i) => i.id)).toEqual([launch.id, adoption.id]);
  });

  it('refuses a due date before the start at the date that was changed, and saves nothing', async () => {
    ws = await tempWorkspace({ role: 'poc', institution: 'POC' });
    const item = await ws.ok('calendar.create', { fields: { start: '2020-10-10', due: '2020-10-20' } });
    const early = await refusal(ws.plani.call('calendar.update', { id: item.id, changes: { due: '2020-10-01' } }));
    expect(early.code).toBe('invalid-input');
    expect(early.details?.issues).toEqual([{ path: 'changes.due', code: 'due-before-start', message: 'due-before-start' }]);
    const late = await refusal(ws.plani.call('calendar.update', { id: item.id, changes: { start: '2020-11-01' } }));
    expect(late.details?.issues?.map((i) => i.path)).toEqual(['changes.start']);
    expect(await refusal(ws.plani.call('calendar.create', { fields: { start: '2020-10-10', due: '2020-10-09' } }))).toMatchObject({ code: 'invalid-input' });
    // The schema's own refusals: a day that does not exist, a phase not in the list, a status of its own.
    for (const changes of [{ due: '2020-02-30' }, { phase: 'brainstorming' }, { status: 'late' }, { title: { sq: 'a\u0007b' } }]) {
      expect((await refusal(ws.plani.call('calendar.update', { id: item.id, changes } as never))).code).toBe('invalid-input');
    }
    const kept = await ws.ok('calendar.get', { id: item.id });
    expect(kept).toMatchObject({ start: '2020-10-10', due: '2020-10-20', rev: 2 });
    expect((await ws.ok('calendar.list', {})).items).toHaveLength(1);
  });

  it('lets an LFP keep its own items and read the POC’s, and the POC read the LFP’s, never write them', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const own = await ws.ok('calendar.create', { fields: { phase: 'thematic-consultations', title: { sq: 'Konsultimi për ndihmën juridike' } } });
    const store = (await ws.plani.context.workspace()).store;
    const poc = foreignItem('POC', { phase: { ...CALENDAR_PHASE_TEXT.launch } });
    await upsertRecords(store.db, CALENDAR_ITEM, [poc]);
    expect((await ws.ok('calendar.list', {})).items.map((i) => i.owner)).toEqual(['POC', 'MD']);
    const refused = await refusal(ws.plani.call('calendar.update', { id: poc.id, changes: { status: 'done' } }));
    expect(refused).toMatchObject({ code: 'not-owner', details: { params: { owner: 'POC' } } });
    expect((await refusal(ws.plani.call('calendar.delete', { id: poc.id }))).code).toBe('not-owner');
    expect((await ws.ok('calendar.get', { id: poc.id })).status).toBe('planned');
    await ws.ok('calendar.update', { id: own.id, changes: { status: 'in-progress' } });
  });

  it('deletes an own item and leaves a tombstone for the next bundle', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const item = await ws.ok('calendar.create', {});
    await ws.ok('calendar.delete', { id: item.id });
    expect((await ws.ok('calendar.list', {})).items).toEqual([]);
    const store = (await ws.plani.context.workspace()).store;
    const tomb = await store.db.selectFrom('tombstone').selectAll().where('id', '=', item.id).executeTakeFirst();
    expect(tomb).toMatchObject({ entity: 'calendar-item', owner: 'MD', rev: 2 });
    expect((await refusal(ws.plani.call('calendar.get', { id: item.id }))).code).toBe('not-found');
  });

  it('marks an item late when its due date has passed and it is not done', async () => {
    ws = await tempWorkspace({ role: 'poc', institution: 'POC' });
    const item = await ws.ok('calendar.create', { fields: { start: '2020-10-01', due: '2020-10-20', status: 'in-progress' } });
    expect(calendarStatus(item, '2020-10-20')).toBe('in-progress');
    expect(calendarStatus(item, '2020-10-21')).toBe('late');
    await ws.ok('calendar.update', { id: item.id, changes: { status: 'done' } });
    expect(calendarStatus(await ws.ok('calendar.get', { id: item.id }), '2021-01-01')).toBe('done');
  });
});
