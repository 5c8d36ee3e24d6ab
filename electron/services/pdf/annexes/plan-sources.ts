// Where the printed data came from: the latest signed bundle imported from
// each institution (number, manifest fingerprint, day imported). With the
// data date on every page, this is what lets the POC show later exactly what
// a printed plan was made of (design note bundles-and-pdf.md §5.3); no print
// time is printed, so the same data still gives the same file.
import { formatDate } from '../../../../shared/format/dates';
import { type Doc } from '../document';
import { bilingualParagraph, outline } from '../text';
import { type AnnexInput, institutionName, oneLine, modeOf } from './common';
import { bilingualHeading, decide, headedTable, TWO_LINES } from './fill';

/** The first 16 hex digits in groups of four: enough to tell bundles apart, short enough to read out. */
const fingerprint = (sha256: string) => (sha256.slice(0, 16).match(/.{1,4}/g) ?? []).join(' ');

export function renderSources(doc: Doc, input: AnnexInput): void {
  const { t, lang, plan } = input;
  const placeholder = t('print.missingTranslation');
  const s = (key: string) => t(`print.plan.sources.${key}`);
  const title = oneLine(s('title'), lang, placeholder);
  const bookmark = () => outline(doc, title, input.outline);
  const printer = plan.printedBy.name;
  const byLang = (key: string) => ({
    sq: t(`print.plan.sources.${key}`, { institution: printer.sq || printer.en }).sq,
    en: t(`print.plan.sources.${key}`, { institution: printer.en || printer.sq }).en,
  });
  if (plan.sources.length === 0) {
    bilingualHeading(doc, s('title'), lang, 2, TWO_LINES);
    bookmark();
    bilingualParagraph(doc, byLang('none'), lang, placeholder);
    input.tick();
    return;
  }
  // The heading, the sentence and the table's first rows stay on one page.
  const intro = decide(byLang('received'), lang, 'final') ?? [];
  headedTable(doc, s('title'), 2, {
    columns: [
      { header: s('institution'), width: 0.38 },
      { header: s('seq'), width: 0.12, align: 'right', nowrap: true },
      { header: s('manifest'), width: 0.3 },
      { header: s('accepted'), width: 0.2 },
    ],
    rows: plan.sources.map((src) => [
      institutionName(plan.reference, src.institution),
      String(src.seq),
      fingerprint(src.manifestSha256),
      formatDate(src.acceptedAt),
    ]),
    lang,
    mode: modeOf(input),
  }, { intro, afterHeading: bookmark });
  input.tick();
}
