// The process calendar (Annex V) as people read it: items grouped by phase in
// the order the phases happen, and "late" worked out from the due date, since
// a stored "late" would go stale the day after it was written.
import type { CalendarItem } from '../model/cocreation';
import type { Text } from '../model/primitives';
import { calendarPhaseRank } from './calendar-phases';

export type CalendarStatus = CalendarItem['status'] | 'late';

export interface CalendarPhase {
  /** The phase as written, in both languages (both '' when none was given). */
  phase: Text;
  items: CalendarItem[];
}

const compareCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
// Albanian alphabetical order (ç after c, ë after e); code units break what the collator calls equal.
// Made when first used: building an ICU collator is a measurable part of every CLI command's start.
let collator: Intl.Collator | undefined;
const compareText = (a: string, b: string) => (collator ??= new Intl.Collator('sq', { sensitivity: 'variant' })).compare(a, b) || compareCodeUnits(a, b);

/** Dates compare as strings (YYYY-MM-DD); an item without a date comes after every dated one. */
function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareCodeUnits(a, b);
}

/** Start, then due, then title (Albanian, then English), then id: a total order. */
export function compareCalendarItems(a: CalendarItem, b: CalendarItem): number {
  return (
    compareDates(a.start, b.start) ||
    compareDates(a.due, b.due) ||
    compareText(a.title.sq, b.title.sq) ||
    compareText(a.title.en, b.title.en) ||
    compareCodeUnits(a.id, b.id)
  );
}

/** Process order: the phase's place in the process, then as compareCalendarItems (how Annex V, the list and the screen order items). */
export function compareProcessOrder(a: CalendarItem, b: CalendarItem): number {
  return calendarPhaseRank(a.phase) - calendarPhaseRank(b.phase) || compareCalendarItems(a, b);
}

/** Whether an item is late on `asOf`: past its due date and not done (calendarStatus's 'late'). */
export const isCalendarItemLate = (item: Pick<CalendarItem, 'status' | 'due'>, asOf: string | null): boolean => calendarStatus(item, asOf) === 'late';

/** The day a calendar is "as of": the latest updatedAt among its items (the printed data date), or null when empty. */
export function calendarAsOf(items: readonly { updatedAt: string }[]): string | null {
  let latest = '';
  for (const i of items) if (i.updatedAt > latest) latest = i.updatedAt;
  return latest ? latest.slice(0, 10) : null;
}

/** The status shown: 'late' when the due date is before `asOf` (YYYY-MM-DD) and the item is not done. */
export function calendarStatus(item: Pick<CalendarItem, 'status' | 'due'>, asOf: string | null): CalendarStatus {
  if (item.status !== 'done' && item.due !== null && asOf !== null && item.due < asOf) return 'late';
  return item.status;
}

/**
 * Items grouped by phase (the same Albanian and English, spaces around them
 * aside); the eight phases of the process in their order first
 * (calendar-phases.ts), then any other phase by its earliest start (undated
 * last), then name (Albanian, then English); items as compareCalendarItems.
 */
export function calendarPhases(items: readonly CalendarItem[]): CalendarPhase[] {
  const groups = new Map<string, { phase: Text; items: CalendarItem[] }>();
  for (const item of items) {
    const phase = { sq: item.phase.sq.trim(), en: item.phase.en.trim() };
    // A separator no one-line text contains (control characters are refused).
    const key = `${phase.sq}\u0000${phase.en}`;
    const group = groups.get(key);
    if (group) group.items.push(item);
    else groups.set(key, { phase, items: [item] });
  }
  const phases = [...groups.values()].map(({ phase, items: list }) => ({ phase, items: list.sort(compareCalendarItems) }));
  return phases.sort(
    (a, b) =>
      calendarPhaseRank(a.phase) - calendarPhaseRank(b.phase) ||
      compareDates(a.items[0]!.start, b.items[0]!.start) || compareText(a.phase.sq, b.phase.sq) || compareText(a.phase.en, b.phase.en),
  );
}
