// Annex III: the lead institutions of every component, then their focal points.
import { type Doc } from '../document';
import { type AnnexInput, commitmentRecords, componentsOf, institutionName, joinTexts, same, type Section, modeOf } from './common';
import { annexTable } from './fill';
import { renderFocalPoints } from './focal-points';
import { frontRecords } from './plan-front';

function renderInstitutions(doc: Doc, input: AnnexInput): void {
  const { t, lang, plan } = input;
  annexTable(doc, {
    columns: [
      { header: t('print.columns.componentNumber'), width: 0.14 },
      { header: t('print.columns.componentTitle'), width: 0.4 },
      { header: t('print.columns.leadInstitutions'), width: 0.46 },
    ],
    rows: componentsOf(input).map((c) => [
      String(c.number),
      c.title,
      c.leadInstitutions.length ? joinTexts(c.leadInstitutions.map((code) => institutionName(plan.reference, code))) : same(t('print.notSet').sq),
    ]),
    lang,
    mode: modeOf(input),
  });
  renderFocalPoints(doc, input);
  input.tick();
}

export const institutionsSection: Section = {
  layout: 'portrait',
  units: () => 1,
  render: renderInstitutions,
  // Annex III prints no drafted record; its data are the commitments of the components it lists.
  records: (scope) => [...commitmentRecords(scope), ...frontRecords(scope)],
};
