// Values a person typed that could not be saved yet, kept in the workspace
// until they are saved or discarded (electron/services/api/handlers/unsaved.ts).
import { z } from 'zod';
import { FieldRef } from '../../model/field-ref';
import { Id, Timestamp } from '../../model/primitives';
import { method, NoInput } from './method';

/** Far above any field's own limit, so an over-long paste can still be kept; the bound is on what one request may carry. */
export const MAX_UNSAVED_CHARS = 1_000_000;

/** The would-be value of a field, as JSON text: whatever the field holds, bounded in size. */
const ValueJson = z
  .string()
  .max(MAX_UNSAVED_CHARS)
  .refine((s) => {
    try {
      JSON.parse(s);
      return true;
    } catch {
      return false;
    }
  }, { message: 'bad-json' });

export const UnsavedValue = z
  .strictObject({
    ref: FieldRef,
    /** The commitment the record belongs to (its own id for a commitment). */
    commitmentId: Id,
    /** The value the schema refused, as JSON (a text over its limit, a malformed e-mail). */
    valueJson: ValueJson.nullable(),
    /** What the box held when it was not a value at all ("30.02.2021", "12abc"). */
    typedText: z.string().max(MAX_UNSAVED_CHARS).nullable(),
    /** Why it was not saved: a validation code (validation.* in the catalogues). */
    code: z.string().min(1).max(80),
  })
  .refine((v) => v.valueJson !== null || v.typedText !== null, { message: 'nothing-kept', path: ['valueJson'] });
export type UnsavedValue = z.infer<typeof UnsavedValue>;

export const KeptValue = z.strictObject({
  ref: FieldRef,
  commitmentId: Id,
  valueJson: z.string().nullable(),
  typedText: z.string().nullable(),
  code: z.string(),
  updatedAt: Timestamp,
});
export type KeptValue = z.infer<typeof KeptValue>;

export const unsavedMethods = {
  /** Every kept value of records that still exist (values of deleted records are forgotten on the way). */
  'unsaved.list': method(NoInput, z.strictObject({ values: z.array(KeptValue) })),
  'unsaved.keep': method(UnsavedValue, z.strictObject({ updatedAt: Timestamp })),
  /** Forgets kept values: saved since, or discarded by the person. Unknown ones are ignored. */
  'unsaved.forget': method(z.strictObject({ refs: z.array(FieldRef).min(1).max(500) }), z.strictObject({ forgotten: z.int().min(0) })),
} as const;
