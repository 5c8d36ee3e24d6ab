// The calendar screen's pure parts: where the timeline puts each mark
// (phases in process order, bars from start to the end of the due day, a
// point for one date, today inside the range or at its edge), how the table
// sorts (each column both ways, ties in process order, late first), and
// "late" judged on a fixed day by the one shared rule.
import { describe, expect, it } from 'vitest';
import { dayNumber, isoOfDay, timelineLayout, type TimelineItemRow } from '../../../renderer/src/calendar/timeline-layout';
import { nextSort, sortCalendarItems, PROCESS_ORDER } from '../../../renderer/src/calendar/table-sort';
import { openRecord, parseRoute, routeHref } from '../../../renderer/src/lib/route';
import { isCalendarItemLate } from '../../../shared/cocreation/calendar';
import { CALENDAR_PHASE_TEXT, type CalendarPhaseCode } from '../../../shared/cocreation/calendar-phases';
import type { CalendarItem } from '../../../shared/model/cocreation';
import { calItem } from '../../fixtures/cocreation-records';

let n = 0;
function item(phase: CalendarPhaseCode, over: Partial<CalendarItem> = {}): CalendarItem {
  n++;
  return calItem(`view-${n}`, { phase: { ...CALENDAR_PHASE_TEXT[phase] }, title: { sq: `Veprimtaria ${n}`, en: `Item ${n}` }, responsible: 'POC', ...over });
}

const TODAY = '2020-10-15';
const itemRows = (rows: ReturnType<typeof timelineLayout>['rows']) => rows.filter((r): r is TimelineItemRow => r.kind === 'item');

describe('day numbers', () => {
  it('count whole days, across a leap day and a daylight-saving change', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2020-03-01') - dayNumber('2020-02-28')).toBe(2);
    expect(dayNumber('2020-10-26') - dayNumber('2020-10-24')).toBe(2);
    expect(isoOfDay(dayNumber('2021-08-31'))).toBe('2021-08-31');
  });
});

describe('timelineLayout', () => {
  const adoption = item('adoption', { start: '2020-12-01', due: '2020-12-20' });
  const launch = item('launch', { start: '2020-09-01', due: '2020-09-05', status: 'done' });
  const late = item('drafting', { start: '2020-09-20', due: '2020-10-01' });
  const single = item('drafting', { due: '2020-11-30' });
  const undated = item('validation');
  const layout = timelineLayout([adoption, undated, late, launch, single], TODAY, { width: 488, rowHeight: 30, minBarWidth: 8 });

  it('groups rows by phase in the order of the process, a heading row before its items', () => {
    expect(layout.rows.map((r) => (r.kind === 'phase' ? r.code : r.item.id))).toEqual(['launch', launch.id, 'drafting', late.id, single.id, 'validation', undated.id, 'adoption', adoption.id]);
    expect(layout.rows.map((r) => r.y)).toEqual([0, 30, 60, 90, 120, 150, 180, 210, 240]);
    expect(layout.height).toBe(270);
  });

  it('spans whole months, with the day width that fills the width asked for', () => {
    expect([layout.from, layout.to]).toEqual(['2020-09-01', '2020-12-31']);
    // September to December: 122 days in 488 px.
    expect(layout.dayWidth).toBe(4);
    expect(layout.width).toBe(488);
    expect(layout.months.map((m) => [m.iso, m.x])).toEqual([
      ['2020-09-01', 0],
      ['2020-10-01', 120],
      ['2020-11-01', 244],
      ['2020-12-01', 364],
    ]);
  });

  it('draws a bar from the start to the end of the due day, a point for one date, no mark without dates', () => {
    const rows = new Map(itemRows(layout.rows).map((r) => [r.item.id, r]));
    expect(rows.get(launch.id)).toMatchObject({ mark: 'bar', x: 0, width: 20 });
    expect(rows.get(late.id)).toMatchObject({ mark: 'bar', x: 76, width: 48 });
    expect(rows.get(single.id)).toMatchObject({ mark: 'point', x: (dayNumber('2020-11-30') - dayNumber('2020-09-01')) * 4 + 2, width: 0 });
    expect(rows.get(undated.id)).toMatchObject({ mark: 'none' });
  });

  it('marks late what is past its due date and not done, on the day given', () => {
    const status = Object.fromEntries(itemRows(layout.rows).map((r) => [r.item.id, [r.status, r.late]]));
    expect(status[late.id]).toEqual(['late', true]);
    expect(status[launch.id]).toEqual(['done', false]);
    expect(status[adoption.id]).toEqual(['planned', false]);
    expect(status[undated.id]).toEqual(['planned', false]);
    const later = timelineLayout([adoption], '2021-01-05');
    expect(itemRows(later.rows)[0]!.late).toBe(true);
  });

  it('draws today inside the range (stretching it a little) or, far away, at the edge it lies beyond', () => {
    expect(layout.today).toEqual({ iso: TODAY, x: (dayNumber(TODAY) - dayNumber('2020-09-01')) * 4 + 2, edge: null });
    const soon = timelineLayout([launch], '2020-11-10');
    expect([soon.from, soon.to, soon.today.edge]).toEqual(['2020-09-01', '2020-11-30', null]);
    const far = timelineLayout([launch], '2026-12-04');
    expect([far.from, far.to]).toEqual(['2020-09-01', '2020-09-30']);
    expect(far.today).toMatchObject({ edge: 'after', x: far.width });
    expect(timelineLayout([adoption], '2019-01-01').today).toMatchObject({ edge: 'before', x: 0 });
  });

  it('keeps a one-day item wide enough to see, and labels months only where their names fit', () => {
    const long = timelineLayout([item('launch', { start: '2020-09-01', due: '2020-09-01' }), item('adoption', { start: '2023-06-01', due: '2023-06-30' })], '2021-01-01', { width: 760, minDayWidth: 1 });
    expect(long.dayWidth).toBe(1);
    expect(itemRows(long.rows)[0]!.width).toBe(8);
    const labelled = long.months.filter((m) => m.labelled);
    expect(labelled.length).toBeLessThan(long.months.length);
    for (let i = 1; i < labelled.length; i++) expect(labelled[i]!.x - labelled[i - 1]!.x).toBeGreaterThanOrEqual(56);
  });

  it('lays out an empty calendar around today', () => {
    const empty = timelineLayout([], TODAY);
    expect([empty.from, empty.to, empty.rows.length, empty.today.edge]).toEqual(['2020-10-01', '2020-10-31', 0, null]);
  });
});

describe('sortCalendarItems', () => {
  const a = item('drafting', { title: { sq: 'Çelja', en: 'B opening' }, responsible: 'MD', start: '2020-10-01', due: '2020-10-05', status: 'in-progress' });
  const b = item('launch', { title: { sq: 'Caktimi', en: 'A setting' }, responsible: 'POC', start: '2020-09-01', due: '2020-09-30', status: 'done' });
  const c = item('adoption', { title: { sq: 'Dorëzimi', en: '' }, responsible: 'AKSHI', start: null, due: '2020-10-10', status: 'planned' });
  const d = item('drafting', { title: { sq: 'Ëndrra', en: 'C dream' }, responsible: '', start: '2020-09-15', due: null, status: 'planned' });
  const all = [a, b, c, d];
  const ids = (list: CalendarItem[]) => list.map((i) => i.id);

  it('starts in process order: phase, then dates', () => {
    expect(ids(sortCalendarItems(all, PROCESS_ORDER, 'sq', TODAY))).toEqual([b.id, d.id, a.id, c.id]);
    expect(ids(sortCalendarItems(all, { column: 'phase', direction: 'descending' }, 'sq', TODAY))).toEqual([c.id, d.id, a.id, b.id]);
  });

  it('sorts titles in the interface language (Albanian alphabet), the other language when one is empty', () => {
    expect(ids(sortCalendarItems(all, { column: 'title', direction: 'ascending' }, 'sq', TODAY))).toEqual([b.id, a.id, c.id, d.id]);
    expect(ids(sortCalendarItems(all, { column: 'title', direction: 'ascending' }, 'en', TODAY))).toEqual([b.id, a.id, d.id, c.id]);
  });

  it('keeps empty values last both ways', () => {
    expect(ids(sortCalendarItems(all, { column: 'start', direction: 'ascending' }, 'sq', TODAY))).toEqual([b.id, d.id, a.id, c.id]);
    expect(ids(sortCalendarItems(all, { column: 'start', direction: 'descending' }, 'sq', TODAY))).toEqual([a.id, d.id, b.id, c.id]);
    expect(ids(sortCalendarItems(all, { column: 'responsible', direction: 'ascending' }, 'sq', TODAY))).toEqual([c.id, a.id, b.id, d.id]);
    expect(ids(sortCalendarItems(all, { column: 'due', direction: 'descending' }, 'sq', TODAY))).toEqual([c.id, a.id, b.id, d.id]);
  });

  it('sorts status in its order (planned, in progress, done), and late items first', () => {
    expect(ids(sortCalendarItems(all, { column: 'status', direction: 'ascending' }, 'sq', TODAY))).toEqual([d.id, c.id, a.id, b.id]);
    // On 15 October: a (due 5 October, in progress) and c (due 10 October) are late; b is done.
    expect(ids(sortCalendarItems(all, { column: 'late', direction: 'ascending' }, 'sq', TODAY))).toEqual([a.id, c.id, b.id, d.id]);
    expect(ids(sortCalendarItems(all, { column: 'late', direction: 'descending' }, 'sq', TODAY))).toEqual([b.id, d.id, a.id, c.id]);
  });

  it('turns the same column round and starts another ascending', () => {
    expect(nextSort(PROCESS_ORDER, 'phase')).toEqual({ column: 'phase', direction: 'descending' });
    expect(nextSort({ column: 'phase', direction: 'descending' }, 'due')).toEqual({ column: 'due', direction: 'ascending' });
  });
});

describe('isCalendarItemLate', () => {
  it('is the shared rule: due before the day and not done; no due date or no day is never late', () => {
    expect(isCalendarItemLate({ status: 'planned', due: '2020-10-14' }, TODAY)).toBe(true);
    expect(isCalendarItemLate({ status: 'in-progress', due: '2020-10-14' }, TODAY)).toBe(true);
    expect(isCalendarItemLate({ status: 'planned', due: TODAY }, TODAY)).toBe(false);
    expect(isCalendarItemLate({ status: 'done', due: '2020-01-01' }, TODAY)).toBe(false);
    expect(isCalendarItemLate({ status: 'planned', due: null }, TODAY)).toBe(false);
    expect(isCalendarItemLate({ status: 'planned', due: '2020-01-01' }, null)).toBe(false);
  });
});

describe('the calendar route', () => {
  const ID = '00000000-0000-4000-8000-000000000009';
  it('reads and writes #/calendar, an open item and a field to focus, and holds the open item', () => {
    expect(parseRoute('#/calendar')).toEqual({ view: 'calendar' });
    expect(parseRoute(`#/calendar/${ID}`)).toEqual({ view: 'calendar', item: ID });
    const focus = `calendar-item:${ID}:title:sq`;
    expect(parseRoute(routeHref({ view: 'calendar', item: ID, focus }))).toEqual({ view: 'calendar', item: ID, focus });
    expect(openRecord({ view: 'calendar', item: ID })).toEqual({ kind: 'calendar-item', id: ID });
    expect(openRecord({ view: 'calendar' })).toBeNull();
  });
});
