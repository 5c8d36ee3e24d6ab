// The plan of a cycle and its commitments (electron/services/api/handlers/plan.ts).
import { z } from 'zod';
import { MAX_INTERCHANGE_BYTES } from '../../model/interchange';
import { Commitment, CommitmentFields, CommitmentSummary } from '../../model/plan';
import { Id, LinePatch, Slug, Timestamp } from '../../model/primitives';
import { Component, Cycle, Institution } from '../../model/reference';
import { patchSchema } from '../patch';
import { method, upload } from './method';

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

/** What a plan import wrote, by kind of record (docs/interchange.md). */
const Count = z.int().min(0);
export const ImportCounts = z.strictObject({
  cycles: Count,
  institutions: Count,
  components: Count,
  terms: Count,
  commitments: Count,
  milestones: Count,
  indicators: Count,
  ideas: Count,
  prioritizationRounds: Count,
  scores: Count,
  consultationEvents: Count,
  participants: Count,
  comments: Count,
  consultationReports: Count,
  feedback: Count,
  calendar: Count,
  attachments: Count,
  frontMatter: Count,
});

export const planMethods = {
  'plan.overview': method(z.strictObject({ cycleId: Slug.optional() }), PlanOverview),
  'commitment.get': method(z.strictObject({ id: Id }), Commitment),
  'commitment.create': method(
    z.strictObject({ componentCode: Slug, cycleId: Slug.optional(), title: LinePatch.optional() }),
    Commitment,
  ),
  'commitment.update': method(z.strictObject({ id: Id, changes: CommitmentPatch }), SavedRevision),
  'commitment.delete': method(z.strictObject({ id: Id }), z.strictObject({ id: Id })),
  /**
   * Removes a commitment that was created and then left without a single
   * change (an abandoned "New commitment"); anything saved in it since, or a
   * milestone or indicator added, keeps it.
   */
  'commitment.discardUntouched': method(z.strictObject({ id: Id }), z.strictObject({ id: Id, discarded: z.boolean() })),
  /**
   * Loads an interchange file (a backup, a colleague's plan) in one
   * transaction after checking all of it; refused whole as invalid-interchange
   * with every problem located by its JSON path.
   */
  'plan.import': method(z.strictObject({ file: upload(MAX_INTERCHANGE_BYTES) }), z.strictObject({ counts: ImportCounts })),
} as const;
