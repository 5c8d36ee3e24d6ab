// The introduction of the consolidated plan, one part per component: its
// policy goal, its lead institutions and the list of its commitments (number,
// title, lead institution, dates). Only the data: no prose of our own.
import type { Commitment } from '../../../../shared/model/plan';
import type { Text } from '../../../../shared/model/primitives';
import type { Component } from '../../../../shared/model/reference';
import { type Doc } from '../document';
import { type AnnexInput, dateText, field, institutionName, joinTexts, modeOf, printByComponent, same } from './common';
import { headedTable } from './fill';

function leads(input: AnnexInput, comp: Component): Text {
  const notSet = input.t('print.notSet').sq;
  return comp.leadInstitutions.length ? joinTexts(comp.leadInstitutions.map((code) => institutionName(input.plan.reference, code))) : same(notSet);
}

function commitmentTable(doc: Doc, input: AnnexInput, list: readonly Commitment[]): void {
  const { t, lang, plan } = input;
  const notSet = t('print.notSet').sq;
  const i = (key: string) => t(`print.plan.intro.${key}`);
  // The heading over the list stays with the list's first rows.
  headedTable(doc, i('commitments'), 3, {
    columns: [
      { header: t('print.columns.number'), width: 0.08 },
      { header: i('commitment'), width: 0.46 },
      { header: i('leadInstitution'), width: 0.26 },
      { header: i('dates'), width: 0.2 },
    ],
    rows: list.map((c) => [
      c.planNumber ?? notSet,
      c.title,
      c.leadInstitution ? institutionName(plan.reference, c.leadInstitution) : notSet,
      t('print.dateRange', { start: dateText(c.startDate, notSet), end: dateText(c.endDate, notSet) }).sq,
    ]),
    lang,
    mode: modeOf(input),
  });
}

/** One part per component printed, each with a bookmark under input.outline; one tick per component. */
export function renderIntroductions(doc: Doc, input: AnnexInput): void {
  const { t } = input;
  printByComponent(doc, input, 2, {
    intro: (comp) => {
      field(doc, input, t('print.plan.intro.policyGoal'), comp.policyGoal);
      field(doc, input, t('print.plan.intro.leadInstitutions'), leads(input, comp));
    },
    commitments: (list) => commitmentTable(doc, input, list),
    end: () => {
      doc.moveDown(1);
      input.tick();
    },
  });
}
