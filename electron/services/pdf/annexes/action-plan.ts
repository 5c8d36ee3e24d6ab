// Annex VI/VII: every commitment in the action-plan template, each from a new
// page: its number and title as the heading, then the sections and fields
// print-content/commitment.ts says it prints, then its milestones.
import { ANNEX_LAYOUT, ANNEX_RECORDS } from '../../print-content/annexes';
import { commitmentSections, milestonesTitle, milestoneTable } from '../../print-content/commitment';
import type { Commitment } from '../../../../shared/model/plan';
import { type Doc } from '../document';
import { bilingualParagraph } from '../text';
import { type AnnexInput, commitmentCount, field, modeOf, printEachCommitment, type Section } from './common';
import { bilingualHeading, headedTable, TWO_LINES } from './fill';

function printSections(doc: Doc, input: AnnexInput, c: Commitment): void {
  for (const { title, rows } of commitmentSections(input, c)) {
    bilingualHeading(doc, title, input.lang, 3, 3 * TWO_LINES);
    for (const row of rows) field(doc, input, row.label, row.value, row.filled);
  }
}

function milestones(doc: Doc, input: AnnexInput, c: Commitment): void {
  const { t, lang } = input;
  const title = milestonesTitle(input);
  const table = milestoneTable(input, c);
  if (!table) {
    bilingualHeading(doc, title, lang, 3, TWO_LINES);
    bilingualParagraph(doc, t('print.noMilestones'), lang, t('print.missingTranslation'));
    return;
  }
  headedTable(doc, title, 3, { ...table, lang, mode: modeOf(input) });
}

function renderActionPlan(doc: Doc, input: AnnexInput): void {
  printEachCommitment(
    doc,
    input,
    1,
    (c) => {
      printSections(doc, input, c);
      milestones(doc, input, c);
    },
    { ownPage: true, follow: () => 4 * TWO_LINES },
  );
}

export const actionPlanSection: Section = {
  layout: ANNEX_LAYOUT['action-plan'],
  units: commitmentCount,
  render: renderActionPlan,
  records: ANNEX_RECORDS['action-plan'],
};
