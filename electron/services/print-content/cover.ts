// The cover of the consolidated plan, whatever the format: country, OGP, the
// plan's title and period, who prints it (and, for an institution's share or
// a single component, which components), the language edition and the data
// date, as centred lines with their weight, size and space below.
import { formatDate, formatMonth } from '../../../shared/format/dates';
import type { Text } from '../../../shared/model/primitives';
import type { Component } from '../../../shared/model/reference';
import { type AnnexScope, componentsOf, localized } from './scope';

export interface CoverItem {
  text: Text;
  bold: boolean;
  /** Points. */
  size: number;
  muted: boolean;
  /** Space below (points). */
  after: number;
  /** A short rule in the middle of the space below. */
  rule?: boolean;
  /** Already in the edition's language(s) on one line (the edition's name): never split into two. */
  oneLine?: boolean;
}

/** Which components the edition is limited to, and how to say so; none for the whole plan. */
function coverage(scope: AnnexScope): { key: string; components: Component[] } | null {
  const all = componentsOf(scope);
  if (scope.component !== undefined) return { key: 'print.plan.cover.componentOnly', components: all };
  const { code, role } = scope.plan.printedBy;
  if (role !== 'lfp') return null;
  // An institution's workspace holds its share: the components it leads or drafts in.
  const share = all.filter((c) => c.leadInstitutions.includes(code) || scope.plan.commitments.some((x) => x.componentCode === c.code && x.owner === code));
  return share.length > 0 ? { key: 'print.plan.cover.lfpShare', components: share } : null;
}

export function coverItems(scope: AnnexScope, dataDate: string): CoverItem[] {
  const { t, plan } = scope;
  const placeholder = t('print.missingTranslation');
  const out: CoverItem[] = [];
  const add = (text: Text, bold: boolean, size: number, after: number, muted = false) => out.push({ text, bold, size, after, muted });
  add(t('print.plan.cover.country'), false, 12, 6, true);
  add(t('print.plan.cover.ogp'), false, 12, 48, true);
  add(plan.cycle.title, true, 24, 14);
  // The plan's period is a span of months: "shtator 2020 – gusht 2022".
  add(localized(t, 'print.plan.cover.period', (l) => ({ start: formatMonth(plan.cycle.periodStart, l), end: formatMonth(plan.cycle.periodEnd, l) })), false, 13, 64);
  out[out.length - 1]!.rule = true;
  add(t('print.plan.cover.preparedBy'), false, 10, 4, true);
  add(plan.printedBy.name, true, 12, 24);
  const covered = coverage(scope);
  if (covered) {
    add(t(covered.key), false, 10, 4, true);
    covered.components.forEach((c, i) => {
      const side = (l: 'sq' | 'en') => t('print.component', { number: c.number, title: c.title[l].trim() || placeholder[l] })[l];
      add({ sq: side('sq'), en: side('en') }, false, 11, i === covered.components.length - 1 ? 24 : 3);
    });
  }
  // The edition in its own language(s): "Botim dygjuhësh / Bilingual edition".
  out.push({ text: t(`print.plan.edition.${scope.lang}`), bold: true, size: 11, after: 6, muted: false, oneLine: true });
  add(t('print.plan.cover.dataDate', { date: formatDate(dataDate) }), false, 10, 0, true);
  return out;
}
