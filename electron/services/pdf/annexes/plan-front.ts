// The front matter of the consolidated plan, printed after the cover and the
// table of contents and before the components: the foreword, the
// introduction, the development and co-creation process, the approval
// reference and the list of abbreviations, each from a new page with its own
// entry in the table of contents and its own bookmark. The POC writes them
// (front-matter/service.ts); a section it left empty in both languages is left
// out of the print, and with it its entry.
import { formatDate } from '../../../../shared/format/dates';
import type { FrontMatter } from '../../../../shared/model/front-matter';
import type { Text } from '../../../../shared/model/primitives';
import { type Doc, startSection } from '../document';
import type { AnchorBook } from './plan-anchors';
import { type AnnexScope, modeOf, oneLine } from './common';
import { annexTable, bilingualHeading, decide, printParts, TWO_LINES } from './fill';

const filled = (t: Text) => t.sq.trim() !== '' || t.en.trim() !== '';

interface FrontPart {
  /** The bookmark key the table of contents refers to. */
  key: string;
  title: Text;
  body(doc: Doc, scope: AnnexScope): void;
}

/** A text as every annex prints one (the placeholder rules of fill.ts). */
function prose(doc: Doc, scope: AnnexScope, text: Text): void {
  const parts = decide(text, scope.lang, modeOf(scope));
  if (parts) printParts(doc, parts);
}

/** "Vendimi i Këshillit të Ministrave nr. 1023, datë 23.12.2020", with what the POC filled in. */
export function decisionLine(scope: AnnexScope, approval: FrontMatter['approval']): Text | null {
  const number = approval.decisionNumber.trim().replace(/^(nr|no)\.?\s*/i, '');
  const date = approval.decisionDate ? formatDate(approval.decisionDate) : '';
  if (number && date) return scope.t('print.plan.front.decision', { number, date });
  if (number) return scope.t('print.plan.front.decisionNumberOnly', { number });
  if (date) return scope.t('print.plan.front.decisionDateOnly', { date });
  return null;
}

function approvalBody(approval: FrontMatter['approval']) {
  return (doc: Doc, scope: AnnexScope): void => {
    const decision = decisionLine(scope, approval);
    if (decision) bilingualHeading(doc, decision, scope.lang, 3, TWO_LINES);
    if (filled(approval.text)) prose(doc, scope, approval.text);
  };
}

function abbreviationsBody(list: FrontMatter['abbreviations']) {
  return (doc: Doc, scope: AnnexScope): void => {
    const t = (key: string) => scope.t(`print.plan.front.${key}`);
    annexTable(doc, {
      columns: [
        { header: t('abbreviation'), width: 0.25 },
        { header: t('expansion'), width: 0.75 },
      ],
      rows: list.map((a) => [a.short, a.expansion]),
      lang: scope.lang,
      mode: modeOf(scope),
    });
  };
}

/** The parts the front matter prints, in the plan's order; none without a front matter. */
export function frontParts(scope: AnnexScope): FrontPart[] {
  const fm = scope.plan.frontMatter;
  if (!fm) return [];
  const title = (key: string) => scope.t(`print.plan.front.${key}`);
  const parts: FrontPart[] = [];
  for (const key of ['foreword', 'introduction', 'process'] as const) {
    if (filled(fm[key])) parts.push({ key: `front-${key}`, title: title(key), body: (doc, sc) => prose(doc, sc, fm[key]) });
  }
  const a = fm.approval;
  if (filled(a.text) || a.decisionNumber.trim() !== '' || a.decisionDate !== null) parts.push({ key: 'front-approval', title: title('approval'), body: approvalBody(a) });
  const abbreviations = fm.abbreviations.filter((x) => filled(x.short) || filled(x.expansion));
  if (abbreviations.length > 0) parts.push({ key: 'front-abbreviations', title: title('abbreviations'), body: abbreviationsBody(abbreviations) });
  return parts;
}

/** The table of contents entries of the front matter (top level, as the plan's parts). */
export function frontEntries(scope: AnnexScope, placeholder: Text): { title: string; level: 0; key: string; path: number[] }[] {
  return frontParts(scope).map((p) => ({ title: oneLine(p.title, scope.lang, placeholder), level: 0, key: p.key, path: [] }));
}

/** Units of progress: one when there is anything to print. */
export const frontUnits = (scope: AnnexScope): number => (frontParts(scope).length > 0 ? 1 : 0);

/** The records the front matter prints, for the data date. */
export const frontRecords = (scope: AnnexScope): { updatedAt: string }[] => (scope.plan.frontMatter ? [scope.plan.frontMatter] : []);

/**
 * Prints each part from a new portrait page, with its root bookmark;
 * `beginPart` names the running header of the pages that follow.
 */
export function renderFront(doc: Doc, scope: AnnexScope, book: AnchorBook, beginPart: (title: Text) => void, tick: () => void): void {
  const placeholder = scope.t('print.missingTranslation');
  const parts = frontParts(scope);
  if (parts.length === 0) return;
  for (const part of parts) {
    startSection(doc, 'portrait');
    beginPart(part.title);
    bilingualHeading(doc, part.title, scope.lang, 1, TWO_LINES);
    book.root(part.key, oneLine(part.title, scope.lang, placeholder));
    part.body(doc, scope);
  }
  tick();
}
