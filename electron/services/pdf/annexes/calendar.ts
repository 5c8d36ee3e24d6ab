// Annex V: the calendar of the finalization process, phase by phase. "Late"
// is worked out on the calendar's data date (its latest update, which is
// also the date the footer of the annex shows), so a re-print of unchanged
// data says the same thing whatever day it is printed.
import { calendarAsOf, calendarPhases, calendarStatus } from '../../../../shared/cocreation/calendar';
import { formatDate } from '../../../../shared/format/dates';
import type { CalendarItem } from '../../../../shared/model/cocreation';
import { type Doc } from '../document';
import { bilingualParagraph, outline } from '../text';
import { decidedText, once } from './cocreation-format';
import { type AnnexInput, type AnnexScope, dateText, institutionName, oneLine, same, type Section, modeOf } from './common';
import { type AnnexTableOptions, headedTable } from './fill';

function responsible(input: AnnexInput, item: CalendarItem, notSet: string) {
  const who = item.responsible.trim();
  if (!who) return same(notSet);
  // An institution code of the reference data prints as the institution's name; a role ("LFP", "MSF") as written.
  return institutionName(input.plan.reference, who);
}

function phaseTable(input: AnnexInput, items: readonly CalendarItem[], asOf: string | null): AnnexTableOptions {
  const { t, lang } = input;
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
      responsible(input, item, notSet),
      dateText(item.start, notSet),
      dateText(item.due, notSet),
      once(t(`print.calendar.status.${calendarStatus(item, asOf)}`)),
      decidedText(item.notes, false, notSet),
    ]),
    lang,
    mode: modeOf(input),
  };
}

function renderCalendar(doc: Doc, input: AnnexInput): void {
  const { t, lang, plan } = input;
  const placeholder = t('print.missingTranslation');
  const phases = calendarPhases(plan.calendar);
  if (phases.length === 0) {
    bilingualParagraph(doc, t('print.calendar.empty'), lang, placeholder);
    input.tick();
    return;
  }
  const asOf = calendarAsOf(plan.calendar);
  bilingualParagraph(doc, t('print.calendar.asOf', { date: asOf ? formatDate(asOf) : '' }), lang, placeholder);
  for (const { phase, items } of phases) {
    // A phase with no name in either language is the group of items given none.
    const title = phase.sq || phase.en ? phase : t('print.calendar.noPhase');
    // The phase's heading stays with its table's header and first rows.
    headedTable(doc, title, 2, phaseTable(input, items, asOf), { afterHeading: () => outline(doc, oneLine(title, lang, placeholder), input.outline) });
    input.tick();
  }
}

/** One unit per phase printed (an empty calendar is one unit: its sentence). */
const calendarUnits = (scope: AnnexScope): number => Math.max(1, calendarPhases(scope.plan.calendar).length);

export const calendarSection: Section = {
  // Six columns with notes: the table reads better across the page.
  layout: 'landscape',
  units: calendarUnits,
  render: renderCalendar,
  // Calendar items belong to the cycle, not to a component: always printed in full.
  records: (scope) => scope.plan.calendar,
};
