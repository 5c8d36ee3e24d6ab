// A commitment's milestones and indicators (electron/services/api/handlers/drafting.ts).
import { z } from 'zod';
import { Indicator, IndicatorFields, Milestone, MilestoneFields } from '../../model/plan';
import { Id } from '../../model/primitives';
import { patchSchema } from '../patch';
import { method } from './method';
import { SavedRevision } from './plan';

export const MilestonePatch = patchSchema(MilestoneFields);
export type MilestonePatch = z.input<typeof MilestonePatch>;
export const IndicatorPatch = patchSchema(IndicatorFields);
export type IndicatorPatch = z.input<typeof IndicatorPatch>;

/** New order of a commitment's milestones or indicators: every id exactly once. */
const Reorder = z.strictObject({ commitmentId: Id, order: z.array(Id).min(1).max(500) });
const Reordered = z.strictObject({ commitmentId: Id, order: z.array(Id) });

export const draftingMethods = {
  'milestone.create': method(z.strictObject({ commitmentId: Id }), Milestone),
  'milestone.update': method(z.strictObject({ id: Id, changes: MilestonePatch }), SavedRevision),
  'milestone.delete': method(z.strictObject({ id: Id }), z.strictObject({ id: Id })),
  'milestone.reorder': method(Reorder, Reordered),

  'indicator.create': method(z.strictObject({ commitmentId: Id, milestoneId: Id.nullable().optional() }), Indicator),
  'indicator.update': method(z.strictObject({ id: Id, changes: IndicatorPatch }), SavedRevision),
  'indicator.delete': method(z.strictObject({ id: Id }), z.strictObject({ id: Id })),
  'indicator.reorder': method(Reorder, Reordered),
} as const;
