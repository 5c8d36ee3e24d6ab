// What is printed and in which order, for every format: the data, the
// edition, the components and commitments in plan order, and turning
// reference codes, dates and amounts into printed text.
import { formatMoney, formatNumber } from '../../../shared/format/amounts';
import { formatDate } from '../../../shared/format/dates';
import type { Commitment } from '../../../shared/model/plan';
import type { PrintMode } from '../../../shared/model/print';
import type { Lang, Text } from '../../../shared/model/primitives';
import type { Component, ReferenceData } from '../../../shared/model/reference';
import type { PrintData } from '../pdf/print-data';
import { oneLine } from './decide';
import { type EditionLang, printLabel } from './labels';

/** A printed label in both languages (see printLabel). */
export type BiT = (key: string, params?: Record<string, string | number>) => Text;

/** What is printed: the data, the language(s) and the component chosen. */
export interface AnnexScope {
  plan: PrintData;
  lang: EditionLang;
  /** A draft shows what is not filled in; a final print leaves it out. Absent: a draft. */
  mode?: PrintMode;
  /** Print this component only (and the records of no other). */
  component?: string;
  t: BiT;
}

export const modeOf = (scope: AnnexScope): PrintMode => scope.mode ?? 'draft';

/** Whether a record of a component is printed (all are, unless one component was chosen). */
export const inScope = (input: AnnexScope, componentCode: string): boolean => input.component === undefined || input.component === componentCode;

export const same = (s: string): Text => ({ sq: s, en: s });
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** "1.10" after "1.9"; no number after every number (as consolidation orders them). */
function planNumberKey(planNumber: string | null): string {
  if (!planNumber) return '1';
  let key = '0';
  for (const part of planNumber.split('.')) key += part.padStart(3, '0');
  return key;
}

/** The components printed (one, or all of the cycle), in number order. */
export function componentsOf(input: AnnexScope): Component[] {
  return input.plan.reference.components
    .filter((c) => c.cycleId === input.plan.cycle.id && (input.component === undefined || c.code === input.component))
    .sort((a, b) => a.number - b.number || compare(a.code, b.code));
}

/** A component's commitments by plan number, then creation. */
export function commitmentsOf(input: AnnexScope, componentCode: string): Commitment[] {
  return input.plan.commitments
    .filter((c) => c.componentCode === componentCode)
    .sort(
      (a, b) =>
        compare(planNumberKey(a.planNumber), planNumberKey(b.planNumber)) || compare(a.createdAt, b.createdAt) || compare(a.id, b.id),
    );
}

export function institutionName(ref: ReferenceData, code: string | null): Text {
  if (!code) return same('');
  return ref.institutions.find((i) => i.code === code)?.name ?? same(code);
}

/** Several bilingual values joined per language ("A; B"). */
export function joinTexts(texts: readonly Text[], sep = '; '): Text {
  return { sq: texts.map((x) => x.sq).filter(Boolean).join(sep), en: texts.map((x) => x.en).filter(Boolean).join(sep) };
}

export function commitmentHeading(c: Commitment, lang: EditionLang, placeholder: Text): string {
  const title = oneLine(c.title, lang, placeholder);
  return c.planNumber ? `${c.planNumber} ${title}` : title;
}

/** A commitment's heading per language: "1.2 Titulli" / "1.2 Title"; under the Albanian of a bilingual heading, the English without its number. */
export function commitmentTitle(c: Commitment, lang: EditionLang): Text {
  const missing = printLabel('print.missingTranslation');
  const side = (l: 'sq' | 'en') => {
    const title = c.title[l].trim() || missing[l];
    return c.planNumber && !(l === 'en' && lang === 'bilingual') ? `${c.planNumber} ${title}` : title;
  };
  return { sq: side('sq'), en: side('en') };
}

/** "Komponenti 2: Qeverisja Dixhitale / Shërbimet Publike" per language. */
export function componentTitle(input: AnnexScope, comp: Component): Text {
  const missing = printLabel('print.missingTranslation');
  const side = (l: 'sq' | 'en') => input.t('print.component', { number: comp.number, title: comp.title[l].trim() || missing[l] })[l];
  return { sq: side('sq'), en: side('en') };
}

export function componentHeading(input: AnnexScope, comp: Component, placeholder: Text): string {
  return oneLine(componentTitle(input, comp), input.lang, placeholder);
}

/** A date as the annexes print it, dd.mm.yyyy in every language (shared/format/dates.ts); never empty. */
export const dateText = (iso: string | null | undefined, notSet: string): string => (iso ? formatDate(iso) : notSet);

/** An amount with its currency as each language writes it ("25.000.000 lekë" / "ALL 25,000,000"); empty for none. */
export const moneyText = (amount: number | null, currency: string): Text => ({ sq: formatMoney(amount, currency, 'sq'), en: formatMoney(amount, currency, 'en') });

/**
 * A measured value as each language writes it: a number grouped ("1.500" /
 * "1,500"), a statement as written; never empty. One string when both
 * languages write it alike ("55"), so a bilingual table prints it once.
 */
export function measureText(v: number | string | null | undefined, notSet: string, suffix = ''): string | Text {
  if (typeof v !== 'number') return `${valueText(v, notSet)}${suffix}`;
  const sq = `${formatNumber(v, 'sq')}${suffix}`;
  const en = `${formatNumber(v, 'en')}${suffix}`;
  return sq === en ? sq : { sq, en };
}

/** A measured value or a year as printed; never empty. */
export function valueText(v: number | string | null | undefined, notSet: string): string {
  if (v === null || v === undefined) return notSet;
  const s = String(v).trim();
  return s === '' ? notSet : s;
}

/** The data date: the latest updatedAt of what is printed, else the cycle's start. */
export function latestUpdate(records: Iterable<{ updatedAt: string }>, fallback: string): string {
  let latest = '';
  for (const r of records) if (r.updatedAt > latest) latest = r.updatedAt;
  return latest || fallback;
}

/** The printed commitments with their milestones and indicators, as records. */
export function* commitmentRecords(input: AnnexScope): Iterable<{ updatedAt: string }> {
  for (const c of input.plan.commitments) {
    if (!inScope(input, c.componentCode)) continue;
    yield c;
    yield* c.milestones;
    yield* c.indicators;
  }
}

/** The number of commitments printed: the unit of work of the commitment annexes. */
export const commitmentCount = (input: AnnexScope): number => input.plan.commitments.filter((c) => inScope(input, c.componentCode)).length;

/** The scope of a print request, with the printed labels. */
export function scopeOf(data: PrintData, req: { lang: EditionLang; mode?: PrintMode; component?: string }): AnnexScope {
  return { plan: data, lang: req.lang, mode: req.mode ?? 'draft', component: req.component, t: printLabel };
}

/**
 * A label whose parameters differ by language (a translated stage inside a
 * heading): each side is interpolated with its own language's values.
 */
export function localized(t: BiT, key: string, params: (lang: Lang) => Record<string, string | number>): Text {
  return { sq: t(key, params('sq')).sq, en: t(key, params('en')).en };
}
