// Cycles (action-plan periods): the list with the workspace's current one,
// starting the next cycle (the POC), choosing which cycle the workspace works
// on, and carrying a commitment of an earlier cycle forward into the cycle
// being drafted (an LFP) (electron/services/api/handlers/cycles.ts).
import { z } from 'zod';
import { Commitment } from '../../model/plan';
import { Id, IsoDate, LineString, Slug } from '../../model/primitives';
import { Cycle } from '../../model/reference';
import { WorkspaceInfo } from './app';
import { method, NoInput } from './method';

/** A cycle as the switcher lists it: `current` is the workspace's, `open` the one being drafted (the latest; every other is read-only). */
export const CycleEntry = Cycle.extend({ current: z.boolean(), open: z.boolean() });
export type CycleEntry = z.infer<typeof CycleEntry>;

/**
 * The next cycle: its id names its years ("2023-2025"), checked against the
 * period by the service (so a wrong id is said as such, not as a bad slug).
 */
export const CycleStartInput = z.strictObject({
  id: LineString,
  periodStart: IsoDate,
  periodEnd: IsoDate,
  number: z.int().min(1).max(99),
});
export type CycleStartInput = z.infer<typeof CycleStartInput>;

export const cycleMethods = {
  /** Every cycle, oldest first, with which is current and which is being drafted. */
  'cycle.list': method(NoInput, z.strictObject({ cycles: z.array(CycleEntry), currentCycleId: Slug, openCycleId: Slug })),
  /**
   * POC only: the next cycle, with the current cycle's components and their
   * lead institutions copied for editing and the POC's calendar items copied
   * with their dates moved to the new period (as planned); no commitment is
   * copied. The new cycle becomes the workspace's current one.
   */
  'cycle.start': method(
    CycleStartInput,
    z.strictObject({ cycle: Cycle, components: z.int().min(0), calendarItems: z.int().min(0), workspace: WorkspaceInfo }),
  ),
  /** The cycle this workspace shows, checks, bundles and prints (kept in the workspace's database). */
  'cycle.select': method(z.strictObject({ id: Slug }), WorkspaceInfo),
  /**
   * LFP only: a copy of its commitment of an earlier cycle, as a draft in the
   * same component of the cycle being drafted, linked to the old one by `carriedFrom`.
   */
  'commitment.carryForward': method(z.strictObject({ id: Id }), Commitment),
} as const;
