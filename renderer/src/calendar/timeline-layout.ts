// Where each mark of the calendar's timeline goes, worked out without the
// DOM (so it is tested as plain data): the phases in process order, each a
// heading row followed by its items' rows; an item with both dates a bar
// from its start to the end of its due day, with one date a point on it,
// with none a row without a mark; month lines along the axis; today's line,
// or today's place at the edge when it lies far outside the calendar.
import { calendarPhases, calendarStatus, type CalendarStatus } from '../../../shared/cocreation/calendar';
import { calendarPhaseCode, type CalendarPhaseCode } from '../../../shared/cocreation/calendar-phases';
import type { CalendarItem } from '../../../shared/model/cocreation';
import type { Text } from '../../../shared/model/primitives';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date (UTC, so no daylight-saving hour moves a day). */
export function dayNumber(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS);
}

/** The ISO date of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export interface TimelineOptions {
  /** The width the chart should take when that leaves at least `minDayWidth` per day (px); 640 leaves the whole chart, its titles' column and the words after the last bar inside the 1366-px window beside the navigation. */
  width: number;
  minDayWidth: number;
  maxDayWidth: number;
  rowHeight: number;
  /** The narrowest bar, so a one-day item can still be seen and clicked (px). */
  minBarWidth: number;
  /** Today is drawn inside the range when it is at most this many days outside the items' dates; further away, at the edge. */
  todayReach: number;
}

export const TIMELINE_DEFAULTS: TimelineOptions = { width: 640, minDayWidth: 1, maxDayWidth: 24, rowHeight: 32, minBarWidth: 8, todayReach: 92 };

export type MarkKind = 'bar' | 'point' | 'none';

export interface TimelineItemRow {
  readonly kind: 'item';
  readonly item: CalendarItem;
  readonly status: CalendarStatus;
  readonly late: boolean;
  readonly mark: MarkKind;
  /** Left edge and width of the bar (a point: its centre, width 0). */
  readonly x: number;
  readonly width: number;
  readonly y: number;
}

export interface TimelinePhaseRow {
  readonly kind: 'phase';
  readonly phase: Text;
  readonly code: CalendarPhaseCode | null;
  readonly y: number;
}

export type TimelineRow = TimelinePhaseRow | TimelineItemRow;

export interface TimelineLayout {
  /** The first and the last day drawn (ISO), whole months. */
  readonly from: string;
  readonly to: string;
  readonly dayWidth: number;
  readonly width: number;
  readonly height: number;
  readonly rows: readonly TimelineRow[];
  /** The first day of each month drawn, and whether its name fits beside the previous one shown. */
  readonly months: readonly { iso: string; x: number; labelled: boolean }[];
  /** Today's line; `edge` says it lies before or after the range and is drawn at that edge. */
  readonly today: { iso: string; x: number; edge: 'before' | 'after' | null };
}

const firstOfMonth = (iso: string) => `${iso.slice(0, 7)}-01`;
function firstOfNextMonth(iso: string): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${iso.slice(0, 4)}-${String(m + 1).padStart(2, '0')}-01`;
}

/** The timeline of the items, late as of `today` (YYYY-MM-DD). */
export function timelineLayout(items: readonly CalendarItem[], today: string, options: Partial<TimelineOptions> = {}): TimelineLayout {
  const o = { ...TIMELINE_DEFAULTS, ...options };
  const dates = items.flatMap((i) => [i.start, i.due]).filter((d): d is string => d !== null);
  const todayDay = dayNumber(today);
  let lo = dates.length > 0 ? Math.min(...dates.map(dayNumber)) : todayDay;
  let hi = dates.length > 0 ? Math.max(...dates.map(dayNumber)) : todayDay;
  const near = todayDay >= lo - o.todayReach && todayDay <= hi + o.todayReach;
  if (near) {
    lo = Math.min(lo, todayDay);
    hi = Math.max(hi, todayDay);
  }
  const from = firstOfMonth(isoOfDay(lo));
  // The range ends with the last day of the month of the last date.
  const toExclusive = firstOfNextMonth(isoOfDay(hi));
  const start = dayNumber(from);
  const days = dayNumber(toExclusive) - start;
  const dayWidth = Math.min(o.maxDayWidth, Math.max(o.minDayWidth, o.width / days));
  const width = Math.round(days * dayWidth);
  const xOf = (iso: string) => (dayNumber(iso) - start) * dayWidth;

  const rows: TimelineRow[] = [];
  let y = 0;
  for (const group of calendarPhases(items)) {
    rows.push({ kind: 'phase', phase: group.phase, code: calendarPhaseCode(group.phase), y });
    y += o.rowHeight;
    for (const item of group.items) {
      const status = calendarStatus(item, today);
      const base = { kind: 'item' as const, item, status, late: status === 'late', y };
      if (item.start !== null && item.due !== null) {
        const x = xOf(item.start);
        // The due day is drawn whole: a bar ends where the day after it begins.
        const w = Math.max(o.minBarWidth, xOf(item.due) + dayWidth - x);
        rows.push({ ...base, mark: 'bar', x, width: w });
      } else if (item.start !== null || item.due !== null) {
        rows.push({ ...base, mark: 'point', x: xOf((item.due ?? item.start)!) + dayWidth / 2, width: 0 });
      } else {
        rows.push({ ...base, mark: 'none', x: 0, width: 0 });
      }
      y += o.rowHeight;
    }
  }

  const months: { iso: string; x: number; labelled: boolean }[] = [];
  let lastLabel = -Infinity;
  for (let m = from; dayNumber(m) < dayNumber(toExclusive); m = firstOfNextMonth(m)) {
    const x = xOf(m);
    // A month's name takes about 56 px ("shtator 2021"); names that would overlap are left out, the lines stay.
    const labelled = x - lastLabel >= 56;
    if (labelled) lastLabel = x;
    months.push({ iso: m, x, labelled });
  }
  const edge = near ? null : todayDay < lo ? 'before' : 'after';
  const todayX = edge === 'before' ? 0 : edge === 'after' ? width : xOf(today) + dayWidth / 2;
  return { from, to: isoOfDay(dayNumber(toExclusive) - 1), dayWidth, width, height: y, rows, months, today: { iso: today, x: todayX, edge } };
}
