// The introduction of the consolidated plan, one part per component, as
// print-content/intro.ts gives it: its policy goal, its lead institutions
// and the list of its commitments.
import { componentCommitmentTable, componentFields, componentListTitle } from '../../print-content/intro';
import { type Doc } from '../document';
import { type AnnexInput, field, modeOf, printByComponent } from './common';
import { headedTable } from './fill';

/** One part per component printed, each with a bookmark under input.outline; one tick per component. */
export function renderIntroductions(doc: Doc, input: AnnexInput): void {
  printByComponent(doc, input, 2, {
    intro: (comp) => {
      for (const [label, value] of componentFields(input, comp)) field(doc, input, label, value);
    },
    // The heading over the list stays with the list's first rows.
    commitments: (list) => headedTable(doc, componentListTitle(input), 3, { ...componentCommitmentTable(input, list), lang: input.lang, mode: modeOf(input) }),
    end: () => {
      doc.moveDown(1);
      input.tick();
    },
  });
}
