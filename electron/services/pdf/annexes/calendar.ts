// (being written) calendar annex.
import { type Doc } from '../document';
import { paragraph } from '../text';
import { type AnnexInput, type Section } from './common';

function renderCalendar(doc: Doc, input: AnnexInput): void {
  paragraph(doc, input.t('print.notSet').sq);
  input.tick();
}

export const calendarSection: Section = {
  layout: 'portrait',
  units: () => 1,
  render: renderCalendar,
  records: () => [],
};
