// Where the printed data came from, whatever the format: the latest signed
// bundle imported from each institution (number, manifest fingerprint, day
// imported). With the data date on every page, this is what lets the POC
// show later exactly what a printed plan was made of (design note
// bundles-and-pdf.md §5.3); no print time is printed, so the same data still
// gives the same file.
import { formatDate } from '../../../shared/format/dates';
import type { Text } from '../../../shared/model/primitives';
import { type AnnexScope, institutionName } from './scope';
import type { TableSpec } from './table';

/** The first 16 hex digits in groups of four: enough to tell bundles apart, short enough to read out. */
const fingerprint = (sha256: string) => (sha256.slice(0, 16).match(/.{1,4}/g) ?? []).join(' ');

/** Under its title (a heading of the introduction's second level): the sentence, then the table when there are sources. */
export interface SourcesContent {
  title: Text;
  sentence: Text;
  table: TableSpec | null;
}

export function sourcesContent(scope: AnnexScope): SourcesContent {
  const { t, plan } = scope;
  const s = (key: string) => t(`print.plan.sources.${key}`);
  const printer = plan.printedBy.name;
  const byLang = (key: string): Text => ({
    sq: t(`print.plan.sources.${key}`, { institution: printer.sq || printer.en }).sq,
    en: t(`print.plan.sources.${key}`, { institution: printer.en || printer.sq }).en,
  });
  if (plan.sources.length === 0) return { title: s('title'), sentence: byLang('none'), table: null };
  return {
    title: s('title'),
    sentence: byLang('received'),
    table: {
      columns: [
        { header: s('institution'), width: 0.38 },
        { header: s('seq'), width: 0.12, align: 'right', nowrap: true },
        { header: s('manifest'), width: 0.3 },
        { header: s('accepted'), width: 0.2 },
      ],
      rows: plan.sources.map((src) => [institutionName(plan.reference, src.institution), String(src.seq), fingerprint(src.manifestSha256), formatDate(src.acceptedAt)]),
    },
  };
}
