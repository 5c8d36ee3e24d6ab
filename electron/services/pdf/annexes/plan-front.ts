// The front matter of the consolidated plan in print: the parts
// print-content/front.ts gives (foreword, introduction, process, approval,
// abbreviations), printed after the cover and the table of contents and
// before the components, each from a new page with its own entry in the
// table of contents and its own bookmark.
import { type FrontBody, frontParts } from '../../print-content/front';
import type { Text } from '../../../../shared/model/primitives';
import { type Doc, startSection } from '../document';
import type { AnchorBook } from './plan-anchors';
import { type AnnexScope, modeOf, oneLine } from './common';
import { annexTable, bilingualHeading, decide, printParts, TWO_LINES } from './fill';

export { frontRecords } from '../../print-content/front';

/** A text as every annex prints one (the placeholder rules of decide.ts). */
function prose(doc: Doc, scope: AnnexScope, text: Text): void {
  const parts = decide(text, scope.lang, modeOf(scope));
  if (parts) printParts(doc, parts);
}

function printBody(doc: Doc, scope: AnnexScope, body: FrontBody): void {
  switch (body.kind) {
    case 'prose':
      return prose(doc, scope, body.text);
    case 'approval':
      if (body.decision) bilingualHeading(doc, body.decision, scope.lang, 3, TWO_LINES);
      if (body.text) prose(doc, scope, body.text);
      return;
    case 'abbreviations':
      return annexTable(doc, { ...body.table, lang: scope.lang, mode: modeOf(scope) });
  }
}

/** The table of contents entries of the front matter (top level, as the plan's parts). */
export function frontEntries(scope: AnnexScope, placeholder: Text): { title: string; level: 0; key: string; path: number[] }[] {
  return frontParts(scope).map((p) => ({ title: oneLine(p.title, scope.lang, placeholder), level: 0, key: p.key, path: [] }));
}

/** Units of progress: one when there is anything to print. */
export const frontUnits = (scope: AnnexScope): number => (frontParts(scope).length > 0 ? 1 : 0);

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
    printBody(doc, scope, part.body);
  }
  tick();
}
