// "This field of this record in this language": what the editor, the quality
// panel, search results and the store of unsaved values all name a field by.
import { z } from 'zod';
import { Id, Lang } from './primitives';

export const FIELD_RECORD_TYPES = ['commitment', 'milestone', 'indicator', 'front-matter', 'idea', 'consultation-event', 'comment', 'consultation-report', 'poc-feedback', 'feedback-reply', 'calendar-item'] as const;
export const FieldRecordType = z.enum(FIELD_RECORD_TYPES);
export type FieldRecordType = z.infer<typeof FieldRecordType>;

/** A path inside a record: "title", "budget.amount", "baseline.value", "targets". */
export const FieldPath = z
  .string()
  .max(120)
  .regex(/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9][A-Za-z0-9-]*)*$/, { message: 'bad-field-path' });

export const FieldRef = z.strictObject({
  recordType: FieldRecordType,
  recordId: Id,
  field: FieldPath,
  lang: Lang.nullable(),
});
export type FieldRef = z.infer<typeof FieldRef>;
