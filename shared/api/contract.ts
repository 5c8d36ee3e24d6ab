// The API contract: every method the UI can call, declared once with its
// input and output schemas. The IPC handlers, the preload bridge, the
// browser-mode HTTP bridge and the renderer client are all loops over this
// object; adding a method means adding it here and implementing it in
// electron/services/api/handlers.ts, nothing else.
import { z } from 'zod';
import { Commitment, CommitmentFields, CommitmentSummary } from '../model/plan';
import {
  Id,
  InstitutionCode,
  Lang,
  Line,
  LinePatch,
  Slug,
  Text,
  TextPatch,
  Timestamp,
} from '../model/primitives';
import { Component, Cycle, Institution, ReferenceData, WorkspaceRole } from '../model/reference';

const NoInput = z.strictObject({});

export const WorkspaceInfo = z.strictObject({
  id: z.string(),
  role: WorkspaceRole,
  institution: Institution,
  keyFingerprint: z.string(),
  currentCycleId: Slug,
  createdAt: Timestamp,
});
export type WorkspaceInfo = z.infer<typeof WorkspaceInfo>;

export const Preferences = z.strictObject({ language: Lang });
export type Preferences = z.infer<typeof Preferences>;

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

/**
 * A change to some fields of a commitment. Bilingual fields take either
 * language alone, so typing the English title never overwrites an Albanian
 * edit saved a moment before.
 */
function patchShape() {
  const shape = CommitmentFields.shape;
  const out: Record<string, z.ZodType> = {};
  for (const [key, schema] of Object.entries(shape)) {
    if (schema === Text) out[key] = TextPatch.optional();
    else if (schema === Line) out[key] = LinePatch.optional();
    else out[key] = (schema as z.ZodType).optional();
  }
  out.budget = z
    .strictObject({
      amount: shape.budget.shape.amount.optional(),
      currency: shape.budget.shape.currency.optional(),
      fundingSource: TextPatch.optional(),
    })
    .optional();
  out.contact = shape.contact.partial().optional();
  return out;
}
type Patchable<T> = {
  [K in keyof T]?: T[K] extends { sq: string; en: string }
    ? Partial<T[K]>
    : T[K] extends object
      ? T[K] extends unknown[]
        ? T[K]
        : { [P in keyof T[K]]?: T[K][P] extends { sq: string; en: string } ? Partial<T[K][P]> : T[K][P] }
      : T[K];
};
export type CommitmentPatch = Patchable<CommitmentFields>;
export const CommitmentPatch = z
  .strictObject(patchShape())
  .refine((p) => Object.keys(p).length > 0, { message: 'empty-patch' }) as unknown as z.ZodType<CommitmentPatch>;

export const SavedRevision = z.strictObject({ id: Id, rev: z.int(), updatedAt: Timestamp });

/** Declares one method; the `as const` keeps each schema's exact type. */
const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const contract = {
  /** Which runtime serves the UI and whether a workspace exists yet. */
  'app.info': method(
    NoInput,
    z.strictObject({
      appVersion: z.string(),
      mode: z.enum(['electron', 'browser']),
      workspace: WorkspaceInfo.nullable(),
    }),
  ),
  'preferences.get': method(NoInput, Preferences),
  'preferences.set': method(Preferences.partial(), Preferences),
  'reference.get': method(NoInput, ReferenceData),
  'workspace.init': method(z.strictObject({ role: WorkspaceRole, institution: InstitutionCode }), WorkspaceInfo),
  'plan.overview': method(z.strictObject({ cycleId: Slug.optional() }), PlanOverview),
  'commitment.get': method(z.strictObject({ id: Id }), Commitment),
  'commitment.create': method(
    z.strictObject({ componentCode: Slug, cycleId: Slug.optional(), title: LinePatch.optional() }),
    Commitment,
  ),
  'commitment.update': method(z.strictObject({ id: Id, changes: CommitmentPatch }), SavedRevision),
  'commitment.delete': method(z.strictObject({ id: Id }), z.strictObject({ id: Id })),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const METHOD_NAMES = Object.freeze(Object.keys(contract)) as readonly MethodName[];
export const isMethodName = (name: unknown): name is MethodName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);

/** Events the Node side pushes to the window (Electron only; browser mode polls nothing yet). */
export const EVENT_NAMES = ['app.flush-request'] as const;
export type EventName = (typeof EVENT_NAMES)[number];
