// Field patches: the input of every `*.update` method. A patch names only
// the fields that changed; a bilingual field may carry one language alone
// (typing the English title never overwrites an Albanian edit saved a
// moment before); nested objects (budget, contact, baseline) may carry some
// of their fields; lists are replaced whole.
import { z } from 'zod';
import { Line, LinePatch, Text, TextPatch } from '../model/primitives';

type Bilingual = { sq: string; en: string };
type PatchOf<T> = {
  [K in keyof T]?: T[K] extends Bilingual
    ? Partial<T[K]>
    : T[K] extends readonly unknown[] | null
      ? T[K]
      : T[K] extends object
        ? PatchOf<T[K]>
        : T[K];
};

function patchField(schema: z.ZodType): z.ZodType {
  if (schema === Text) return TextPatch;
  if (schema === Line) return LinePatch;
  // Nested records (budget, contact, baseline): each of their fields is optional too.
  if (schema instanceof z.ZodObject) return patchObject(schema);
  return schema;
}

function patchObject(obj: z.ZodObject): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(obj.shape)) shape[key] = patchField(field as z.ZodType).optional();
  return z.strictObject(shape);
}

/** The patch schema of an editable record: every field optional, at least one present. */
export function patchSchema<T extends z.ZodObject>(fields: T): z.ZodType<PatchOf<z.output<T>>, PatchOf<z.input<T>>> {
  return (patchObject(fields) as z.ZodObject).refine((p) => Object.keys(p).length > 0, {
    message: 'empty-patch',
  }) as unknown as z.ZodType<PatchOf<z.output<T>>, PatchOf<z.input<T>>>;
}
