// Annex III: the lead institutions of every component, then their focal points (print-content/institutions.ts).
import { ANNEX_LAYOUT, ANNEX_RECORDS } from '../../print-content/annexes';
import { institutionsTable } from '../../print-content/institutions';
import { type Doc } from '../document';
import { type AnnexInput, type Section, modeOf } from './common';
import { annexTable } from './fill';
import { renderFocalPoints } from './focal-points';

function renderInstitutions(doc: Doc, input: AnnexInput): void {
  annexTable(doc, { ...institutionsTable(input), lang: input.lang, mode: modeOf(input) });
  renderFocalPoints(doc, input);
  input.tick();
}

export const institutionsSection: Section = {
  layout: ANNEX_LAYOUT.institutions,
  units: () => 1,
  render: renderInstitutions,
  records: ANNEX_RECORDS.institutions,
};
