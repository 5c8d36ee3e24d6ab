// Whether a final print may be made, and if not, what stands in the way.
// A final print is the document the Prime Minister's Office signs: it is
// made only when every commitment it covers is accepted in the POC's review
// and no blocking quality finding remains. Shared by the service that decides
// (electron/services/pdf/readiness.ts), the API (`print.readiness`, and
// `pdf.start`'s refusal), the CLI (`ogp-drafter pdf --final`) and the Print
// screen, which lists each obstacle as a link to it.
import { z } from 'zod';
import { COMMITMENT_STATUSES } from '../model/plan';
import { FieldRef } from '../model/field-ref';
import { ComponentCode, Id, Line } from '../model/primitives';
import { PrintAnnex } from '../model/print';
import { FindingTarget } from './types';

export const ReadinessRequest = z.strictObject({
  annex: PrintAnnex,
  /** Only this component's commitments and findings; omitted: the whole cycle. */
  component: ComponentCode.optional(),
});
export type ReadinessRequest = z.infer<typeof ReadinessRequest>;

/** The commitment an obstacle is about, as the list names it: plan number and title. */
export const ObstacleCommitment = z.strictObject({
  id: Id,
  componentCode: z.string(),
  /** The POC's number in the plan, when it gave one. */
  planNumber: z.string().nullable(),
  title: Line,
});
export type ObstacleCommitment = z.infer<typeof ObstacleCommitment>;

export const PRINT_OBSTACLE_KINDS = ['returned', 'undecided', 'blocking-finding', 'no-commitments'] as const;

export const PrintObstacle = z.discriminatedUnion('kind', [
  /** The POC returned it for revision. */
  z.strictObject({ kind: z.literal('returned'), commitment: ObstacleCommitment, status: z.literal('returned') }),
  /** Not accepted yet: no decision of the POC (still drafted, ready or submitted). */
  z.strictObject({ kind: z.literal('undecided'), commitment: ObstacleCommitment, status: z.enum(COMMITMENT_STATUSES) }),
  /** A blocking quality finding: its message is the catalogue entry quality.<checkId> with `params`. */
  z.strictObject({
    kind: z.literal('blocking-finding'),
    checkId: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    target: FindingTarget,
    /** The commitment it belongs to (its own, or its milestone's or indicator's); null for the plan, an idea or an event. */
    commitment: ObstacleCommitment.nullable(),
    /** The editor field to open; null when it names no field of a drafted record. */
    field: FieldRef.nullable(),
    /** The idea's or consultation event's title, when the finding is about one. */
    recordTitle: Line.nullable(),
  }),
  /** Nothing to sign: the cycle (or the chosen component) has no commitment. */
  z.strictObject({ kind: z.literal('no-commitments'), component: ComponentCode.nullable() }),
]);
export type PrintObstacle = z.infer<typeof PrintObstacle>;

export const PrintReadiness = z.strictObject({
  ready: z.boolean(),
  /** In plan order: what concerns the plan as a whole first, then commitment by commitment. */
  obstacles: z.array(PrintObstacle),
});
export type PrintReadiness = z.infer<typeof PrintReadiness>;
