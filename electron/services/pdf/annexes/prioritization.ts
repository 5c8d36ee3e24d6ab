// The prioritization matrix in print, as print-content/prioritization.ts
// gives it: per component its heading and bookmark, each round under its
// own (the method, the criteria's legend, the matrix), then the ideas no
// round scored.
import { ANNEX_LAYOUT, ANNEX_RECORDS } from '../../print-content/annexes';
import { prioritizationContent, prioritizationUnits, type RoundContent } from '../../print-content/prioritization';
import type { LabelledTable } from '../../print-content/table';
import { type Doc } from '../document';
import { bilingualParagraph, outline } from '../text';
import { subLabel } from './cocreation-format';
import { type AnnexInput, componentHeading, oneLine, type Section, modeOf } from './common';
import { annexTable, bilingualHeading, headedTable, TWO_LINES } from './fill';

function labelledTable(doc: Doc, input: AnnexInput, { label, table }: LabelledTable): void {
  subLabel(doc, oneLine(label, input.lang, input.t('print.missingTranslation')));
  annexTable(doc, { ...table, lang: input.lang, mode: modeOf(input) });
}

function renderRound(doc: Doc, input: AnnexInput, round: RoundContent, parent: PDFKit.PDFOutline): void {
  const { t, lang } = input;
  const placeholder = t('print.missingTranslation');
  bilingualHeading(doc, round.title, lang, 3, TWO_LINES);
  outline(doc, oneLine(round.title, lang, placeholder), parent);
  bilingualParagraph(doc, round.method, lang, placeholder);
  if (round.ignored) bilingualParagraph(doc, round.ignored, lang, placeholder);
  if (round.legend) labelledTable(doc, input, round.legend);
  if (round.noScores) bilingualParagraph(doc, round.noScores, lang, placeholder);
  if (round.matrix) labelledTable(doc, input, round.matrix);
}

function renderPrioritization(doc: Doc, input: AnnexInput): void {
  const { t, lang } = input;
  const placeholder = t('print.missingTranslation');
  let ticks = 0;
  const tick = () => {
    ticks++;
    input.tick();
  };
  for (const part of prioritizationContent(input)) {
    bilingualHeading(doc, part.title, lang, 2, TWO_LINES);
    const compItem = outline(doc, componentHeading(input, part.component, placeholder), input.outline);
    for (const note of part.notes) bilingualParagraph(doc, note, lang, placeholder);
    for (const round of part.rounds) {
      renderRound(doc, input, round, compItem);
      tick();
    }
    const unscored = part.unscored;
    if (unscored) {
      const title = oneLine(unscored.title, lang, placeholder);
      headedTable(doc, unscored.title, 3, { ...unscored.table, lang, mode: modeOf(input) }, { afterHeading: () => outline(doc, title, compItem) });
    }
    tick();
  }
  if (ticks === 0) input.tick();
}

export const prioritizationSection: Section = {
  layout: ANNEX_LAYOUT.prioritization,
  units: prioritizationUnits,
  render: renderPrioritization,
  records: ANNEX_RECORDS.prioritization,
};
