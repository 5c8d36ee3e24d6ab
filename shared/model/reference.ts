// Reference data: shipped with the app, editable by the POC, carried in
// feedback bundles. Records drafted by institutions point at these by code.
import { z } from 'zod';
import { ComponentCode, InstitutionCode, IsoDate, Line, Slug, Text } from './primitives';

export const CYCLE_STATUSES = ['drafting', 'consultation', 'submitted', 'adopted', 'implementation', 'closed'] as const;
export const Cycle = z.strictObject({
  id: Slug,
  title: Line,
  number: z.int().min(1).max(99),
  periodStart: IsoDate,
  periodEnd: IsoDate,
  status: z.enum(CYCLE_STATUSES),
});
export type Cycle = z.infer<typeof Cycle>;

export const INSTITUTION_TYPES = ['ministry', 'agency', 'independent', 'cso', 'academia', 'private', 'international'] as const;
export const INSTITUTION_ROLES = ['poc', 'lfp', 'support'] as const;
export const Institution = z.strictObject({
  id: Slug,
  code: InstitutionCode,
  acronym: Line,
  name: Line,
  type: z.enum(INSTITUTION_TYPES),
  role: z.enum(INSTITUTION_ROLES),
});
export type Institution = z.infer<typeof Institution>;

export const Component = z.strictObject({
  id: Slug,
  cycleId: Slug,
  code: ComponentCode,
  number: z.int().min(1).max(99),
  title: Line,
  policyGoal: Text,
  leadInstitutions: z.array(InstitutionCode).max(10),
});
export type Component = z.infer<typeof Component>;

/** Controlled vocabularies (OGP values, policy areas): a code and its two labels. */
export const TERM_KINDS = ['ogp-value', 'policy-area'] as const;
export type TermKind = (typeof TERM_KINDS)[number];
export const ReferenceTerm = z.strictObject({
  kind: z.enum(TERM_KINDS),
  code: Slug,
  label: Line,
});
export type ReferenceTerm = z.infer<typeof ReferenceTerm>;

export const ReferenceData = z.strictObject({
  cycles: z.array(Cycle).max(100),
  institutions: z.array(Institution).max(500),
  components: z.array(Component).max(500),
  terms: z.array(ReferenceTerm).max(1000),
});
export type ReferenceData = z.infer<typeof ReferenceData>;

export const WORKSPACE_ROLES = ['lfp', 'poc'] as const;
export const WorkspaceRole = z.enum(WORKSPACE_ROLES);
export type WorkspaceRole = z.infer<typeof WorkspaceRole>;
