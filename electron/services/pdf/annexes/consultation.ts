// The consultation reports in print, as print-content/consultation.ts gives
// them: per component its heading and bookmark, then each report under its
// own (its status, its sections as fields, its events with the participants
// who may be named, its comments).
import { ANNEX_LAYOUT, ANNEX_RECORDS } from '../../print-content/annexes';
import { consultationContent, consultationUnits, type ReportContent, type ReportList } from '../../print-content/consultation';
import type { LabelledTable } from '../../print-content/table';
import { type Doc } from '../document';
import { bilingualParagraph, outline } from '../text';
import { subLabel } from './cocreation-format';
import { type AnnexInput, componentHeading, field, oneLine, type Section, modeOf } from './common';
import { annexTable, bilingualHeading, TWO_LINES } from './fill';

function table(doc: Doc, input: AnnexInput, spec: LabelledTable['table']): void {
  annexTable(doc, { ...spec, lang: input.lang, mode: modeOf(input) });
}

/** The list's label, then its table or the sentence that it is empty; `more` after a table. */
function list(doc: Doc, input: AnnexInput, l: ReportList, more?: () => void): void {
  const placeholder = input.t('print.missingTranslation');
  subLabel(doc, oneLine(l.label, input.lang, placeholder));
  if (l.none) bilingualParagraph(doc, l.none, input.lang, placeholder);
  if (l.table) {
    table(doc, input, l.table);
    more?.();
  }
}

function renderReport(doc: Doc, input: AnnexInput, report: ReportContent, parent: PDFKit.PDFOutline): void {
  const { t, lang } = input;
  const placeholder = t('print.missingTranslation');
  bilingualHeading(doc, report.title, lang, 3, TWO_LINES);
  outline(doc, oneLine(report.title, lang, placeholder), parent);
  bilingualParagraph(doc, report.status, lang, placeholder);
  for (const [label, text] of report.sections) field(doc, input, label, text);
  list(doc, input, report.events, () => {
    if (report.events.participantsNote) bilingualParagraph(doc, report.events.participantsNote, lang, placeholder);
    for (const named of report.events.participants) {
      subLabel(doc, oneLine(named.label, lang, placeholder));
      table(doc, input, named.table);
    }
  });
  list(doc, input, report.comments);
}

function renderConsultation(doc: Doc, input: AnnexInput): void {
  const { t, lang } = input;
  const placeholder = t('print.missingTranslation');
  let ticks = 0;
  for (const part of consultationContent(input)) {
    bilingualHeading(doc, part.title, lang, 2, TWO_LINES);
    const compItem = outline(doc, componentHeading(input, part.component, placeholder), input.outline);
    if (part.none) bilingualParagraph(doc, part.none, lang, placeholder);
    for (const report of part.reports) {
      renderReport(doc, input, report, compItem);
      ticks++;
      input.tick();
    }
  }
  if (ticks === 0) input.tick();
}

export const consultationSection: Section = {
  layout: ANNEX_LAYOUT.consultation,
  units: consultationUnits,
  render: renderConsultation,
  records: ANNEX_RECORDS.consultation,
};
