// Annex III: the lead institutions of every component.
import { type Doc } from '../document';
import { drawTable } from '../table';
import { heading, outline } from '../text';
import { type AnnexInput, componentsOf, institutionName, joinTexts, oneLine, same } from './common';

export function renderInstitutions(doc: Doc, input: AnnexInput): void {
  const { t, lang, plan } = input;
  const placeholder = t('print.missingTranslation');
  const title = oneLine(t('print.annex.institutions'), lang, placeholder);
  heading(doc, title, 1);
  outline(doc, title);
  drawTable(doc, {
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
    mode: lang,
    placeholder,
  });
}
