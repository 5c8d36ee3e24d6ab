// The introduction of the consolidated plan, whatever the format: per
// component, its policy goal, its lead institutions and the list of its
// commitments (number, title, lead institution, dates). Only the data.
import type { Commitment } from '../../../shared/model/plan';
import type { Text } from '../../../shared/model/primitives';
import type { Component } from '../../../shared/model/reference';
import { type AnnexScope, dateText, institutionName, joinTexts, same } from './scope';
import type { TableSpec } from './table';

/** The fields printed under the component's heading: [label, value]. */
export function componentFields(scope: AnnexScope, comp: Component): [Text, Text][] {
  const { t } = scope;
  const notSet = t('print.notSet').sq;
  const leads = comp.leadInstitutions.length ? joinTexts(comp.leadInstitutions.map((code) => institutionName(scope.plan.reference, code))) : same(notSet);
  return [
    [t('print.plan.intro.policyGoal'), comp.policyGoal],
    [t('print.plan.intro.leadInstitutions'), leads],
  ];
}

/** The heading of the component's list of commitments. */
export const componentListTitle = (scope: AnnexScope): Text => scope.t('print.plan.intro.commitments');

/** The component's commitments as one table. */
export function componentCommitmentTable(scope: AnnexScope, list: readonly Commitment[]): TableSpec {
  const { t, plan } = scope;
  const notSet = t('print.notSet').sq;
  const i = (key: string) => t(`print.plan.intro.${key}`);
  return {
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
  };
}
