// The front matter of a cycle's plan (electron/services/api/handlers/front-matter.ts):
// read by every workspace, written by the POC alone.
import { z } from 'zod';
import { FrontMatterFields } from '../../model/front-matter';
import { Id, Slug, Timestamp } from '../../model/primitives';
import { patchSchema } from '../patch';
import { method } from './method';
import { SavedRevision } from './plan';

/** A change to some fields of the front matter (see patch.ts; the two lists are replaced whole). */
export const FrontMatterPatch = patchSchema(FrontMatterFields);
export type FrontMatterPatch = z.input<typeof FrontMatterPatch>;

export const FrontMatterView = z.strictObject({
  /** The record's id, the same before its first save as after. */
  id: Id,
  cycleId: Slug,
  /** Whether this workspace may write it (the POC's). */
  editable: z.boolean(),
  /** 0 while nothing has been saved. */
  rev: z.int().min(0),
  updatedAt: Timestamp.nullable(),
  fields: FrontMatterFields,
});
export type FrontMatterView = z.infer<typeof FrontMatterView>;

export const frontMatterMethods = {
  'frontMatter.get': method(z.strictObject({ cycleId: Slug.optional() }), FrontMatterView),
  /** Refused with poc-only anywhere but at the POC, nothing saved. */
  'frontMatter.update': method(z.strictObject({ id: Id, changes: FrontMatterPatch }), SavedRevision),
} as const;
