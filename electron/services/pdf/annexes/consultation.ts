// (being written) consultation annex.
import { type Doc } from '../document';
import { paragraph } from '../text';
import { type AnnexInput, type Section } from './common';

function renderConsultation(doc: Doc, input: AnnexInput): void {
  paragraph(doc, input.t('print.notSet').sq);
  input.tick();
}

export const consultationSection: Section = {
  layout: 'portrait',
  units: () => 1,
  render: renderConsultation,
  records: () => [],
};
