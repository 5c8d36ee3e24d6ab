// The sections of the commitment template (Annex VI/VII) in the editor, which
// field lives in which, and the label of any field path — for the section
// navigation, for revealing a field a finding points at, and for saying
// what undo changed.
import type { TFunction } from 'i18next';
import { TEMPLATE_FIELDS, TEMPLATE_SECTIONS } from '../../../shared/model/commitment-template';
import type { FieldRef } from '../lib/field-key';

export const SECTION_IDS = [...TEMPLATE_SECTIONS, 'milestones', 'indicators'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** Commitment fields by section, in form order (the template's: shared/model/commitment-template.ts). */
export const SECTION_FIELDS = TEMPLATE_FIELDS;

/** The section that shows a field (a milestone's or indicator's fields live in their list's section). */
export function sectionOf(ref: Pick<FieldRef, 'recordType' | 'field'>): SectionId | null {
  if (ref.recordType === 'milestone') return 'milestones';
  if (ref.recordType === 'indicator') return 'indicators';
  const top = ref.field.split('.')[0]!;
  if (top === 'milestones' || top === 'indicators') return top;
  for (const [section, fields] of Object.entries(SECTION_FIELDS)) if (fields.includes(top)) return section as SectionId;
  return null;
}

export const sectionDomId = (commitmentId: string, section: SectionId) => `sec-${commitmentId}-${section}`;

/** The label of a field path ("budget.amount" → "Shuma e buxhetit"), without the language. */
export function fieldLabel(t: TFunction, ref: Pick<FieldRef, 'recordType' | 'field'>): string {
  const tx = t as unknown as (key: string) => string;
  const [top, sub] = ref.field.split('.') as [string, string | undefined];
  switch (ref.recordType) {
    case 'commitment':
      if ((top === 'budget' || top === 'contact') && sub) return tx(`model.${top}.${sub}`);
      return tx(`model.commitment.${top}`);
    case 'milestone':
      return tx(`model.milestone.${top}`);
    case 'indicator':
      if (top === 'baseline') return tx(sub === 'year' ? 'model.indicator.baselineYear' : 'model.indicator.baselineValue');
      if (top === 'milestoneId') return tx('model.indicator.milestone');
      return tx(`model.indicator.${top}`);
    case 'front-matter':
      if (top === 'approval' && sub) return tx(`model.frontMatter.approval.${sub}`);
      return tx(`model.frontMatter.${top}`);
    case 'idea':
      return tx(`ideas.field.${ref.field}`);
    case 'consultation-event':
      return tx(`consultation.field.${ref.field.split('.')[0]}`);
    case 'comment':
      return tx(`consultation.comment.${ref.field}`);
    case 'consultation-report':
      return tx(ref.field === 'events' ? 'reports.events.heading' : `reports.section.${ref.field}`);
    case 'poc-feedback':
    case 'feedback-reply':
      // "items.<key>.comment" → the item field's name; "overall" → the overall assessment.
      return tx(`feedback.field.${ref.field.split('.').at(-1)}`);
    case 'calendar-item':
      return tx(`calendar.field.${ref.field}`);
  }
}
