// Annex V in print: the sentence, then each phase's heading kept with its
// table (print-content/calendar.ts: the rows and "late").
import { ANNEX_LAYOUT, ANNEX_RECORDS } from '../../print-content/annexes';
import { calendarContent, calendarUnits } from '../../print-content/calendar';
import { type Doc } from '../document';
import { bilingualParagraph, outline } from '../text';
import { type AnnexInput, oneLine, type Section, modeOf } from './common';
import { headedTable } from './fill';

function renderCalendar(doc: Doc, input: AnnexInput): void {
  const { t, lang } = input;
  const placeholder = t('print.missingTranslation');
  const content = calendarContent(input);
  bilingualParagraph(doc, content.sentence, lang, placeholder);
  if (content.phases.length === 0) {
    input.tick();
    return;
  }
  for (const { title, table } of content.phases) {
    // The phase's heading stays with its table's header and first rows.
    headedTable(doc, title, 2, { ...table, lang, mode: modeOf(input) }, { afterHeading: () => outline(doc, oneLine(title, lang, placeholder), input.outline) });
    input.tick();
  }
}

export const calendarSection: Section = {
  layout: ANNEX_LAYOUT.calendar,
  units: calendarUnits,
  render: renderCalendar,
  records: ANNEX_RECORDS.calendar,
};
