// What an LFP drafts: commitments (the action-plan template, Annex VI/VII),
// their milestones and their indicators (Annex IX). Field names are those of
// the domain spec and of the interchange format.
import { z } from 'zod';
import {
  ComponentCode,
  Email,
  Id,
  InstitutionCode,
  IsoDate,
  Line,
  LineString,
  MeasureValue,
  Money,
  Percent,
  Phone,
  Slug,
  Text,
  Timestamp,
  Year,
} from './primitives';

export const COMMITMENT_STATUSES = ['draft', 'in-consultation', 'ready', 'submitted', 'accepted', 'returned'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
/** The statuses the drafting institution moves its commitment between. */
export const LFP_STATUSES = ['draft', 'in-consultation', 'ready'] as const satisfies readonly CommitmentStatus[];
/** The statuses of the POC's review: only the POC's decision puts a commitment in one. */
export const POC_STATUSES = ['submitted', 'accepted', 'returned'] as const satisfies readonly CommitmentStatus[];
export const isPocStatus = (s: CommitmentStatus): s is (typeof POC_STATUSES)[number] => (POC_STATUSES as readonly string[]).includes(s);
export const CURRENCIES = ['ALL', 'EUR'] as const;
export const MILESTONE_STATUSES = ['not-started', 'in-progress', 'completed', 'delayed'] as const;
export const INDICATOR_TYPES = ['outcome', 'output'] as const;
export const FREQUENCIES = ['monthly', 'quarterly', 'semiannual', 'annual', 'once'] as const;

/** Bookkeeping every drafted record carries: `rev` grows by one per saved edit. */
const RecordMeta = {
  rev: z.int().min(1),
  createdAt: Timestamp,
  updatedAt: Timestamp,
};

/** The fields a person edits on a milestone (position changes through reordering). */
export const MilestoneFields = z.strictObject({
  activity: Text,
  deliverable: Text,
  startDate: IsoDate.nullable(),
  endDate: IsoDate.nullable(),
  responsibleInstitution: InstitutionCode.nullable(),
  stakeholders: Text,
  cost: Money.nullable(),
  status: z.enum(MILESTONE_STATUSES),
  progressPct: Percent,
});
export type MilestoneFields = z.infer<typeof MilestoneFields>;

export const Milestone = z.strictObject({
  id: Id,
  seq: z.int().min(1).max(10_000),
  ...MilestoneFields.shape,
  ...RecordMeta,
});
export type Milestone = z.infer<typeof Milestone>;

export const IndicatorTarget = z.strictObject({ year: Year, value: MeasureValue });
/** The fields a person edits on an indicator (Annex IX). */
export const IndicatorFields = z.strictObject({
  milestoneId: Id.nullable(),
  name: Line,
  type: z.enum(INDICATOR_TYPES),
  definition: Text,
  unit: Line,
  baseline: z.strictObject({ value: MeasureValue, year: Year.nullable() }),
  targets: z.array(IndicatorTarget).max(20),
  dataSource: Text,
  frequency: z.enum(FREQUENCIES).nullable(),
  responsibleInstitution: InstitutionCode.nullable(),
  method: Text,
  disaggregation: Text,
  assumptions: Text,
});
export type IndicatorFields = z.infer<typeof IndicatorFields>;

export const Indicator = z.strictObject({
  id: Id,
  seq: z.int().min(1).max(10_000),
  ...IndicatorFields.shape,
  ...RecordMeta,
});
export type Indicator = z.infer<typeof Indicator>;

export const Budget = z.strictObject({
  amount: Money.nullable(),
  currency: z.enum(CURRENCIES),
  fundingSource: Text,
});
export const Contact = z.strictObject({
  name: LineString,
  title: LineString,
  email: Email,
  phone: Phone,
});

/** The fields a person edits on a commitment (everything but identity, owner and bookkeeping). */
export const CommitmentFields = z.strictObject({
  planNumber: z.string().regex(/^$|^\d{1,2}(\.\d{1,2}){0,2}$/, { message: 'bad-plan-number' }).nullable(),
  ogpId: z.string().regex(/^$|^[A-Z]{2}\d{4}$/, { message: 'bad-ogp-id' }).nullable(),
  title: Line,
  shortTitle: Line,
  briefDescription: Text,
  problem: Text,
  causes: Text,
  statusQuo: Text,
  doneSoFar: Text,
  solution: Text,
  expectedResults: Text,
  contribution: Text,
  objective: Text,
  ogpValues: z.array(Slug).max(10),
  relevance: Text,
  policyAreas: z.array(Slug).max(40),
  leadInstitution: InstitutionCode.nullable(),
  supportingInstitutions: z.array(InstitutionCode).max(50),
  otherActors: Text,
  startDate: IsoDate.nullable(),
  endDate: IsoDate.nullable(),
  budget: Budget,
  strategyLinks: Text,
  sdgs: z.array(z.int().min(1).max(17)).max(17),
  contact: Contact,
  status: z.enum(COMMITMENT_STATUSES),
  originIdeas: z.array(Id).max(200),
});
export type CommitmentFields = z.infer<typeof CommitmentFields>;

export const Commitment = z.strictObject({
  id: Id,
  cycleId: Slug,
  componentCode: ComponentCode,
  owner: InstitutionCode,
  ...CommitmentFields.shape,
  /** The commitment of an earlier cycle this one was carried forward from (absent when drafted here). */
  carriedFrom: Id.optional(),
  milestones: z.array(Milestone).max(500),
  indicators: z.array(Indicator).max(500),
  ...RecordMeta,
});
export type Commitment = z.infer<typeof Commitment>;

/** One row of the plan overview (no long texts). */
export const CommitmentSummary = z.strictObject({
  id: Id,
  cycleId: Slug,
  componentCode: ComponentCode,
  owner: InstitutionCode,
  planNumber: z.string().nullable(),
  title: Line,
  status: z.enum(COMMITMENT_STATUSES),
  milestoneCount: z.int(),
  indicatorCount: z.int(),
  rev: z.int(),
  updatedAt: Timestamp,
});
export type CommitmentSummary = z.infer<typeof CommitmentSummary>;
