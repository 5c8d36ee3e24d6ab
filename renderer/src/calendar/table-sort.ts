// The calendar table's order: by the column a person chose, up or down, and
// within equal values always the process order (phase, then dates, title,
// id), so the same click gives the same table every time.
import { compareProcessOrder, isCalendarItemLate } from '../../../shared/cocreation/calendar';
import { calendarPhaseRank } from '../../../shared/cocreation/calendar-phases';
import { CALENDAR_STATUSES, type CalendarItem } from '../../../shared/model/cocreation';
import type { Lang } from '../../../shared/model/primitives';

export const CALENDAR_COLUMNS = ['phase', 'title', 'responsible', 'start', 'due', 'status', 'late'] as const;
export type CalendarColumn = (typeof CALENDAR_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface CalendarSort {
  readonly column: CalendarColumn;
  readonly direction: SortDirection;
}

export const PROCESS_ORDER: CalendarSort = { column: 'phase', direction: 'ascending' };

const collator = new Intl.Collator('sq', { sensitivity: 'base', numeric: true });

/** Empty values (no title in that language, no date) go last whichever way the column is sorted. */
function compareMaybe(a: string, b: string, sign: number): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  return sign * collator.compare(a, b);
}

/** The items in the chosen order; `asOf` is the day "late" is judged on (YYYY-MM-DD). */
export function sortCalendarItems(items: readonly CalendarItem[], sort: CalendarSort, lang: Lang, asOf: string): CalendarItem[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const other: Lang = lang === 'sq' ? 'en' : 'sq';
  const title = (i: CalendarItem) => (i.title[lang].trim() || i.title[other].trim());
  const by: Record<CalendarColumn, (a: CalendarItem, b: CalendarItem) => number> = {
    phase: (a, b) => sign * (calendarPhaseRank(a.phase) - calendarPhaseRank(b.phase)),
    title: (a, b) => compareMaybe(title(a), title(b), sign),
    responsible: (a, b) => compareMaybe(a.responsible.trim(), b.responsible.trim(), sign),
    start: (a, b) => compareMaybe(a.start ?? '', b.start ?? '', sign),
    due: (a, b) => compareMaybe(a.due ?? '', b.due ?? '', sign),
    status: (a, b) => sign * (CALENDAR_STATUSES.indexOf(a.status) - CALENDAR_STATUSES.indexOf(b.status)),
    // Ascending puts the late items first: the question the column answers is "what is late?".
    late: (a, b) => sign * (Number(isCalendarItemLate(b, asOf)) - Number(isCalendarItemLate(a, asOf))),
  };
  const compare = by[sort.column];
  return [...items].sort((a, b) => compare(a, b) || compareProcessOrder(a, b));
}

/** A click on a column: the same column turns its direction round, another starts ascending. */
export function nextSort(current: CalendarSort, column: CalendarColumn): CalendarSort {
  return current.column === column ? { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' } : { column, direction: 'ascending' };
}
