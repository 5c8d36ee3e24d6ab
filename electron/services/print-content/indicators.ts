// What Annex IX prints, whatever the format: per commitment, a table of its
// indicators with a target column for each year of the cycle.
import type { Commitment, Indicator } from '../../../shared/model/plan';
import { type AnnexScope, measureText, valueText } from './scope';
import type { Column, TableSpec } from './table';

/** "1.500 (2020)" / "1,500 (2020)": the baseline value and its year. */
const baselineText = (baseline: Indicator['baseline'], notSet: string) => measureText(baseline.value, notSet, ` (${valueText(baseline.year, notSet)})`);

/** The years of the cycle (at most ten): one target column each. */
export function cycleYears(scope: AnnexScope): number[] {
  const from = Number(scope.plan.cycle.periodStart.slice(0, 4));
  const to = Number(scope.plan.cycle.periodEnd.slice(0, 4));
  const out: number[] = [];
  for (let y = from; y <= to && out.length < 10; y++) out.push(y);
  return out;
}

/** A commitment's indicators as a table (print.noIndicators when it has none). */
export function indicatorTable(scope: AnnexScope, c: Commitment, years: readonly number[]): TableSpec {
  const { t } = scope;
  const notSet = t('print.notSet').sq;
  const i = (key: string) => t(`model.indicator.${key}`);
  const yearWidth = 0.26 / Math.max(years.length, 1);
  const columns: Column[] = [
    { header: i('name'), width: 0.2 },
    { header: i('type'), width: 0.1 },
    { header: i('unit'), width: 0.08 },
    { header: t('print.columns.baseline'), width: 0.1 },
    ...years.map((year) => ({ header: t('print.columns.target', { year }), width: yearWidth })),
    { header: i('dataSource'), width: 0.16 },
    { header: i('frequency'), width: 0.1 },
  ];
  return {
    columns,
    rows: [...c.indicators]
      .sort((a, b) => a.seq - b.seq)
      .map((ind) => [
        ind.name,
        t(`model.indicatorType.${ind.type}`),
        ind.unit,
        ind.baseline.value === null && ind.baseline.year === null ? notSet : baselineText(ind.baseline, notSet),
        ...years.map((year) => measureText(ind.targets.find((x) => x.year === year)?.value, notSet)),
        ind.dataSource,
        ind.frequency ? t(`model.frequency.${ind.frequency}`) : notSet,
      ]),
  };
}
