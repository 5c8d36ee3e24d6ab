// What the annexes share: their input, bilingual labels, plan order, and
// turning reference codes into printed names.
import { formatMoney, formatNumber } from '../../../../shared/format/amounts';
import { formatDate } from '../../../../shared/format/dates';
import type { Commitment } from '../../../../shared/model/plan';
import type { PrintMode } from '../../../../shared/model/print';
import type { Text } from '../../../../shared/model/primitives';
import type { Component, ReferenceData } from '../../../../shared/model/reference';
import { BODY_SIZE, type Doc, type PdfLang, printLabel, useFont } from '../document';
import type { PrintData } from '../print-data';
import { taggedLeaf } from '../tagging';
import { bilingualParagraph, type HeadingLevel, keepSpace, outline, textHeight } from '../text';
import { bilingualHeading, decide, ENGLISH_COLOR, type Filled, headingHeight, printParts, TWO_LINES } from './fill';

/** A printed label in both languages (see printLabel in document.ts). */
export type BiT = (key: string, params?: Record<string, string | number>) => Text;

/** What is printed: the data, the language(s) and the component chosen. */
export interface AnnexScope {
  plan: PrintData;
  lang: PdfLang;
  /** A draft shows what is not filled in; a final print leaves it out. Absent: a draft. */
  mode?: PrintMode;
  /** Print this component only (and the records of no other). */
  component?: string;
  t: BiT;
}

/** What an annex renderer gets: the scope, where its bookmarks go, and a progress tick. */
export interface AnnexInput extends AnnexScope {
  /** Where this annex's bookmarks go: the document's root, or the annex's entry in the consolidated plan. */
  outline: PDFKit.PDFOutline;
  /** Called once per unit of work done (see Section.units), for progress. */
  tick: () => void;
}

/** One printable annex: how to render it, how much work that is, and which records date it. */
export interface Section {
  layout: 'portrait' | 'landscape';
  /** Units of work reported through input.tick (e.g. one per commitment printed); at least 1. */
  units(scope: AnnexScope): number;
  /** Renders from the current position (a fresh page of the section's layout). */
  render(doc: Doc, input: AnnexInput): void;
  /** The records printed: the latest updatedAt among them is the data date. */
  records(scope: AnnexScope): Iterable<{ updatedAt: string }>;
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

/** What an annex prints for each component: under its heading, then its commitments (when it has any), then after them. */
export interface ComponentPart {
  /** Called before the i-th component's heading (e.g. to start a page). */
  before?: (index: number) => void;
  /** What the component's heading is kept on one page with (points); default two lines. */
  follow?: (comp: Component) => number;
  intro?: (comp: Component) => void;
  /** The component's commitments in print order, never empty; `item` is the component's bookmark. */
  commitments: (list: Commitment[], item: PDFKit.PDFOutline) => void;
  end?: () => void;
}

/**
 * The walk the commitment annexes share: each component printed, its heading at `level` with a
 * bookmark under input.outline, then its commitments in plan order, or a line saying it has none.
 */
export function printByComponent(doc: Doc, input: AnnexInput, level: HeadingLevel, part: ComponentPart): void {
  const { t, lang } = input;
  const placeholder = t('print.missingTranslation');
  componentsOf(input).forEach((comp, i) => {
    part.before?.(i);
    const title = componentHeading(input, comp, placeholder);
    bilingualHeading(doc, componentTitle(input, comp), lang, level, part.follow?.(comp) ?? TWO_LINES);
    const item = outline(doc, title, input.outline);
    part.intro?.(comp);
    const list = commitmentsOf(input, comp.code);
    if (list.length === 0) bilingualParagraph(doc, t('print.noCommitments'), lang, placeholder);
    else part.commitments(list, item);
    part.end?.();
  });
}

/**
 * printByComponent for the annexes that print commitment by commitment: each
 * under its own heading (`level` is the components') and bookmark, then
 * `body`, then a tick of the job's progress.
 */
export interface EachCommitment {
  /** Each commitment from a new page (its component's heading above the first). */
  ownPage?: boolean;
  /** What a commitment's heading is kept on one page with (points), default two lines. */
  follow?: (c: Commitment) => number;
}

export function printEachCommitment(doc: Doc, input: AnnexInput, level: 1 | 2, body: (c: Commitment) => void, opts: EachCommitment = {}): void {
  const placeholder = input.t('print.missingTranslation');
  const newPage = () => {
    if (opts.ownPage && doc.y > doc.page.margins.top) doc.addPage();
  };
  const commitmentLevel = level === 1 ? 2 : 3;
  const follow = (c: Commitment) => opts.follow?.(c) ?? TWO_LINES;
  printByComponent(doc, input, level, {
    // The first component follows the annex's title; every later one starts the page of its first commitment.
    before: (i) => i > 0 && newPage(),
    // A component's heading stays with its first commitment's heading and what that keeps.
    follow: (comp) => {
      const first = commitmentsOf(input, comp.code)[0];
      return first ? headingHeight(doc, commitmentTitle(first, input.lang), input.lang, commitmentLevel) + follow(first) : TWO_LINES;
    },
    commitments: (list, item) => {
      list.forEach((c, j) => {
        if (j > 0) newPage();
        const title = commitmentHeading(c, input.lang, placeholder);
        bilingualHeading(doc, commitmentTitle(c, input.lang), input.lang, commitmentLevel, follow(c));
        outline(doc, title, item);
        body(c);
        input.tick();
      });
    },
  });
}

/**
 * Between the two languages where they must share one line (a bookmark, an
 * entry of the contents, a short label): a bar, since a slash is common inside
 * titles ("Qeverisja Dixhitale / Shërbimet Publike"). On the page, headings
 * and texts put the English on a line of its own instead (fill.ts).
 */
export const LANG_SEPARATOR = ' | ';

/** One line for an outline entry, a contents entry or a label: one language, or Albanian | English. */
export function oneLine(text: Text, lang: PdfLang, placeholder: Text): string {
  const side = (l: 'sq' | 'en') => (text[l].trim() ? text[l] : placeholder[l]);
  return lang === 'bilingual' ? (side('sq') === side('en') ? side('sq') : `${side('sq')}${LANG_SEPARATOR}${side('en')}`) : side(lang);
}

export function institutionName(ref: ReferenceData, code: string | null): Text {
  if (!code) return same('');
  return ref.institutions.find((i) => i.code === code)?.name ?? same(code);
}

/** Several bilingual values joined per language ("A; B"). */
export function joinTexts(texts: readonly Text[], sep = '; '): Text {
  return { sq: texts.map((x) => x.sq).filter(Boolean).join(sep), en: texts.map((x) => x.en).filter(Boolean).join(sep) };
}

export function commitmentHeading(c: Commitment, lang: PdfLang, placeholder: Text): string {
  const title = oneLine(c.title, lang, placeholder);
  return c.planNumber ? `${c.planNumber} ${title}` : title;
}

/** A commitment's heading per language: "1.2 Titulli" / "1.2 Title"; under the Albanian of a bilingual heading, the English without its number. */
export function commitmentTitle(c: Commitment, lang: PdfLang): Text {
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

export function componentHeading(input: AnnexInput, comp: Component, placeholder: Text): string {
  return oneLine(componentTitle(input, comp), input.lang, placeholder);
}

/** Prints a label in the edition's language(s): bold Albanian, the English in bold italic after it. */
function fieldLabel(doc: Doc, label: Text, lang: PdfLang): void {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.x = doc.page.margins.left;
  doc.fillColor('black');
  // One paragraph of the structure tree, as a form's label reads.
  taggedLeaf(doc, 'P', {}, () => {
    if (lang !== 'bilingual' || label.sq === label.en) {
      useFont(doc, 'bold', BODY_SIZE).text(label[lang === 'en' ? 'en' : 'sq'], { width });
    } else {
      useFont(doc, 'bold', BODY_SIZE).text(`${label.sq}  `, { width, continued: true });
      useFont(doc, 'boldItalic', BODY_SIZE).fillColor(ENGLISH_COLOR).text(label.en, { width });
    }
  });
  doc.fillColor('black');
  useFont(doc, 'regular', BODY_SIZE);
}

/**
 * A field of the template: its label (bold), then the value in the chosen
 * language(s) as decide() says; left out altogether (label too) when it has
 * nothing to print. Returns whether it printed.
 */
export function field(doc: Doc, input: AnnexScope, label: Text, value: Text | string | null, filled: Filled | null = decide(value, input.lang, modeOf(input))): boolean {
  if (!filled) return false;
  // The label and the first lines of the value stay on one page.
  const first = filled.slice(0, 2).reduce((h, p) => h + Math.min(textHeight(doc, p.text, 'regular'), TWO_LINES), 0);
  keepSpace(doc, BODY_SIZE * 1.6 + first);
  fieldLabel(doc, label, input.lang);
  printParts(doc, filled);
  return true;
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
