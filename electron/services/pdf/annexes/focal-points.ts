// Annex III's focal points in print (print-content/institutions.ts: who is
// listed, in which order): a table under its heading, when there are some.
import { focalPointsTable } from '../../print-content/institutions';
import { type Doc } from '../document';
import { type AnnexInput, modeOf } from './common';
import { headedTable } from './fill';

export function renderFocalPoints(doc: Doc, input: AnnexInput): void {
  const focal = focalPointsTable(input);
  if (!focal) return;
  doc.moveDown(1);
  headedTable(doc, focal.title, 2, { ...focal.table, lang: input.lang, mode: modeOf(input) });
}
