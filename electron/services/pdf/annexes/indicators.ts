// Annex IX: the indicators of every commitment, one table per commitment,
// with a target column for each year of the cycle.
import type { Commitment, Indicator } from '../../../../shared/model/plan';
import type { Text } from '../../../../shared/model/primitives';
import { type Doc } from '../document';
import { type Column, drawTable } from '../table';
import { paragraph } from '../text';
import { type AnnexInput, commitmentCount, commitmentRecords, measureText, oneLine, printEachCommitment, type Section, valueText } from './common';

/** "1.500 (2020)" / "1,500 (2020)": the baseline value and its year. */
const baselineText = (baseline: Indicator['baseline'], notSet: string) => measureText(baseline.value, notSet, ` (${valueText(baseline.year, notSet)})`);

function cycleYears(input: AnnexInput): number[] {
  const from = Number(input.plan.cycle.periodStart.slice(0, 4));
  const to = Number(input.plan.cycle.periodEnd.slice(0, 4));
  const out: number[] = [];
  for (let y = from; y <= to && out.length < 10; y++) out.push(y);
  return out;
}

function table(doc: Doc, input: AnnexInput, c: Commitment, years: number[], placeholder: Text): void {
  const { t, lang } = input;
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
  drawTable(doc, {
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
    mode: lang,
    placeholder,
  });
}

function renderIndicators(doc: Doc, input: AnnexInput): void {
  const { t, lang } = input;
  const placeholder = t('print.missingTranslation');
  const years = cycleYears(input);
  printEachCommitment(doc, input, 2, (c) => {
    if (c.indicators.length === 0) paragraph(doc, oneLine(t('print.noIndicators'), lang, placeholder));
    else table(doc, input, c, years, placeholder);
  });
}

export const indicatorsSection: Section = {
  // Baseline, a target per year, source and frequency: wide tables read better across the page.
  layout: 'landscape',
  units: commitmentCount,
  render: renderIndicators,
  records: commitmentRecords,
};
