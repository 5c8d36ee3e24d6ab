// Annex IX: the indicators of every commitment, one table per commitment,
// with a target column for each year of the cycle (print-content/indicators.ts).
import { ANNEX_LAYOUT, ANNEX_RECORDS } from '../../print-content/annexes';
import { cycleYears, indicatorTable } from '../../print-content/indicators';
import type { Commitment } from '../../../../shared/model/plan';
import { type Doc } from '../document';
import { bilingualParagraph } from '../text';
import { type AnnexInput, commitmentCount, modeOf, printEachCommitment, type Section } from './common';
import { annexTable, annexTableLead, type AnnexTableOptions, TWO_LINES } from './fill';

const table = (input: AnnexInput, c: Commitment, years: number[]): AnnexTableOptions => ({ ...indicatorTable(input, c, years), lang: input.lang, mode: modeOf(input) });

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
      else annexTable(doc, table(input, c, years));
    },
    // A commitment's heading stays with the table's header and first rows.
    { follow: (c) => (c.indicators.length === 0 ? TWO_LINES : annexTableLead(doc, table(input, c, years))) },
  );
}

export const indicatorsSection: Section = {
  layout: ANNEX_LAYOUT.indicators,
  units: commitmentCount,
  render: renderIndicators,
  records: ANNEX_RECORDS.indicators,
};
