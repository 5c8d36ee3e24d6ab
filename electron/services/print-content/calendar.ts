// What Annex V prints, whatever the format: the calendar of the finalization
// process, phase by phase, each phase a table. "Late" is worked out on the
// calendar's data date (its latest update, which is also the date the footer
// of the annex shows), so a re-print of unchanged data says the same thing
// whatever day it is printed.
import { calendarAsOf, calendarPhases, calendarStatus } from '../../../shared/cocreation/calendar';
import { formatDate } from '../../../shared/format/dates';
import type { CalendarItem } from '../../../shared/model/cocreation';
import type { Text } from '../../../shared/model/primitives';
import { decidedText, once } from './cocreation-format';
import { type AnnexScope, dateText, institutionName, same } from './scope';
import type { TableSpec } from './table';

function responsible(scope: AnnexScope, item: CalendarItem, notSet: string) {
  const who = item.responsible.trim();
  if (!who) return same(notSet);
  // An institution code of the reference data prints as the institution's name; a role ("LFP", "MSF") as written.
  return institutionName(scope.plan.reference, who);
}

function phaseTable(scope: AnnexScope, items: readonly CalendarItem[], asOf: string | null): TableSpec {
  const { t } = scope;
  const notSet = t('print.notSet').sq;
  const col = (key: string) => t(`print.calendar.columns.${key}`);
  return {
    columns: [
      { header: col('activity'), width: 0.28 },
      { header: col('responsible'), width: 0.16 },
      { header: col('start'), width: 0.09 },
      { header: col('due'), width: 0.09 },
      { header: col('status'), width: 0.1 },
      { header: col('notes'), width: 0.28 },
    ],
    rows: items.map((item) => [
      item.title,
      responsible(scope, item, notSet),
      dateText(item.start, notSet),
      dateText(item.due, notSet),
      once(t(`print.calendar.status.${calendarStatus(item, asOf)}`)),
      decidedText(item.notes, false, notSet),
    ]),
  };
}

export interface CalendarPhase {
  /** The phase's heading (a heading of the annex's second level). */
  title: Text;
  table: TableSpec;
}

/** The sentence above the phases (the data date "late" is judged on, or that the calendar is empty), then the phases. */
export interface CalendarContent {
  sentence: Text;
  phases: CalendarPhase[];
}

export function calendarContent(scope: AnnexScope): CalendarContent {
  const { t, plan } = scope;
  const phases = calendarPhases(plan.calendar);
  if (phases.length === 0) return { sentence: t('print.calendar.empty'), phases: [] };
  const asOf = calendarAsOf(plan.calendar);
  return {
    sentence: t('print.calendar.asOf', { date: asOf ? formatDate(asOf) : '' }),
    // A phase with no name in either language is the group of items given none.
    phases: phases.map(({ phase, items }) => ({ title: phase.sq || phase.en ? phase : t('print.calendar.noPhase'), table: phaseTable(scope, items, asOf) })),
  };
}

/** One unit of work per phase printed (an empty calendar is one unit: its sentence). */
export const calendarUnits = (scope: AnnexScope): number => Math.max(1, calendarPhases(scope.plan.calendar).length);

/** Calendar items belong to the cycle, not to a component: always printed in full. */
export const calendarRecords = (scope: AnnexScope): Iterable<{ updatedAt: string }> => scope.plan.calendar;
