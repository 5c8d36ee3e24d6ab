// Annex IX: the indicators of every commitment, one table per commitment,
// with a target column for each year of the cycle.
import type { Commitment, Indicator } from '../../../../shared/model/plan';
import { type Doc } from '../document';
import type { Column } from '../table';
import { bilingualParagraph } from '../text';
import { type AnnexInput, type AnnexScope, commitmentCount, commitmentRecords, measureText, modeOf, printEachCommitment, type Section, valueText } from './common';
import { annexTable, annexTableLead, type AnnexTableOptions, TWO_LINES } from './fill';

/** "1.500 (2020)" / "1,500 (2020)": the baseline value and its year. */
const baselineText = (baseline: Indicator['baseline'], notSet: string) => measureText(baseline.value, notSet, ` (${valueText(baseline.year, notSet)})`);

/** The cycle's years, one target column each (ten at most). */
export function cycleYears(input: AnnexScope): number[] {
  const from = Number(input.plan.cycle.periodStart.slice(0, 4));
  const to = Number(input.plan.cycle.periodEnd.slice(0, 4));
  const out: number[] = [];
  for (let y = from; y <= to && out.length < 10; y++) out.push(y);
  return out;
}

/** A commitment's indicators table: one row per indicator, a target column per year. */
export function indicatorTable(input: AnnexScope, c: Commitment, years: number[]): AnnexTableOptions {
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
    lang,
    mode: modeOf(input),
  };
}

function renderIndicators(doc: Doc, input: AnnexInput): void {
  const { t, lang } = input;
  const placeholder = t('print.missingTranslation');
  const years = cycleYears(input);
  printEachCommitment(
    doc,
    input,
    2,
    (c) => {
      if (c.indicators.length === 0) bilingualParagraph(doc, t('print.noIndicators'), lang, placeholder);
      else annexTable(doc, indicatorTable(input, c, years));
    },
    // A commitment's heading stays with the table's header and first rows.
    { follow: (c) => (c.indicators.length === 0 ? TWO_LINES : annexTableLead(doc, indicatorTable(input, c, years))) },
  );
}

export const indicatorsSection: Section = {
  // Baseline, a target per year, source and frequency: wide tables read better across the page.
  layout: 'landscape',
  units: commitmentCount,
  render: renderIndicators,
  records: commitmentRecords,
};
