// What the annexes share: their input, the walk over components and
// commitments, and a field with its label. What is printed and in which
// order is print-content's (shared with the Word writer), re-exported here.
import type { Commitment } from '../../../../shared/model/plan';
import type { Text } from '../../../../shared/model/primitives';
import type { Component } from '../../../../shared/model/reference';
import { type AnnexScope, commitmentHeading, commitmentsOf, commitmentTitle, componentHeading, componentsOf, componentTitle, modeOf } from '../../print-content/scope';
import { BODY_SIZE, type Doc, type PdfLang, useFont } from '../document';
import { drawOneLineRun } from '../lines';
import { taggedLeaf } from '../tagging';
import { bilingualParagraph, type HeadingLevel, keepSpace, outline, textHeight } from '../text';
import { bilingualHeading, decide, ENGLISH_COLOR, type Filled, headingHeight, printParts, TWO_LINES } from './fill';

export { LANG_SEPARATOR, oneLine } from '../../print-content/decide';
export {
  type AnnexScope,
  type BiT,
  commitmentCount,
  commitmentHeading,
  commitmentRecords,
  commitmentsOf,
  commitmentTitle,
  componentHeading,
  componentsOf,
  componentTitle,
  dateText,
  inScope,
  institutionName,
  joinTexts,
  latestUpdate,
  measureText,
  modeOf,
  moneyText,
  same,
  valueText,
} from '../../print-content/scope';

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
      const english = () => useFont(doc, 'boldItalic', BODY_SIZE);
      const shade = () => doc.fillColor(ENGLISH_COLOR);
      // Labels are short and repeat on every commitment: one line, drawn from the layout already made, unless they wrap.
      if (drawOneLineRun(useFont(doc, 'bold', BODY_SIZE), `${label.sq}  `, label.en, width, english, shade)) return;
      doc.text(`${label.sq}  `, { width, continued: true });
      english();
      shade().text(label.en, { width });
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
