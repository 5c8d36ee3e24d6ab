// The plan of a cycle and its commitments (electron/services/api/handlers/plan.ts).
import { z } from 'zod';
import { Commitment, CommitmentFields, CommitmentSummary } from '../../model/plan';
import { Id, LinePatch, Slug, Timestamp } from '../../model/primitives';
import { Component, Cycle, Institution } from '../../model/reference';
import { patchSchema } from '../patch';
import { method } from './method';

export const PlanOverview = z.strictObject({
  cycle: Cycle,
  components: z.array(
    z.strictObject({
      component: Component,
      leads: z.array(Institution),
      commitments: z.array(CommitmentSummary),
    }),
  ),
});
export type PlanOverview = z.infer<typeof PlanOverview>;

/** A change to some fields of a commitment (see patch.ts). */
export const CommitmentPatch = patchSchema(CommitmentFields);
export type CommitmentPatch = z.input<typeof CommitmentPatch>;

/** What a saved edit answers: the record's new revision, for the next edit and for undo. */
export const SavedRevision = z.strictObject({ id: Id, rev: z.int(), updatedAt: Timestamp });

export const planMethods = {
  'plan.overview': method(z.strictObject({ cycleId: Slug.optional() }), PlanOverview),
  'commitment.get': method(z.strictObject({ id: Id }), Commitment),
  'commitment.create': method(
    z.strictObject({ componentCode: Slug, cycleId: Slug.optional(), title: LinePatch.optional() }),
    Commitment,
  ),
  'commitment.update': method(z.strictObject({ id: Id, changes: CommitmentPatch }), SavedRevision),
  'commitment.delete': method(z.strictObject({ id: Id }), z.strictObject({ id: Id })),
} as const;
