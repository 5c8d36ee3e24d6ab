// (being written) prioritization annex.
import { type Doc } from '../document';
import { paragraph } from '../text';
import { type AnnexInput, type Section } from './common';

function renderPrioritization(doc: Doc, input: AnnexInput): void {
  paragraph(doc, input.t('print.notSet').sq);
  input.tick();
}

export const prioritizationSection: Section = {
  layout: 'portrait',
  units: () => 1,
  render: renderPrioritization,
  records: () => [],
};
