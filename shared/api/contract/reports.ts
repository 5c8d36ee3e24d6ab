// The pre-consultation and consultation reports (the report templates'
// eight sections, the events they draw on, their status) and the view
// assembled from the records: participation, the response table, impact and
// the comments still undecided (electron/services/api/handlers/reports.ts).
import { z } from 'zod';
import { COMMENT_DECISIONS, ConsultationReport, EVENT_TYPES, REPORT_KINDS } from '../../model/cocreation';
import { Id, IsoDate, Slug, Text, Timestamp } from '../../model/primitives';
import { IMPACT_CHANGES, IMPACT_KINDS } from '../../cocreation/report';
import { patchSchema } from '../patch';
import { method } from './method';
import { SavedRevision } from './plan';

/** What a person edits on a report: the eight sections and the events it draws on; the status has its own action. */
export const ReportFields = ConsultationReport.pick({
  events: true,
  purpose: true,
  method: true,
  participation: true,
  findings: true,
  responses: true,
  impact: true,
  processFeedback: true,
  nextSteps: true,
});
export type ReportFields = z.infer<typeof ReportFields>;
export const ReportPatch = patchSchema(ReportFields);
export type ReportPatch = z.input<typeof ReportPatch>;

export const ReportFilter = z.strictObject({ cycleId: Slug.optional(), componentCode: Slug.optional() });
export type ReportFilter = z.infer<typeof ReportFilter>;

/** An owner sets a report submitted (when no comment of its events is undecided) or back to draft; 'reviewed' is the POC's. */
export const REPORT_SETTABLE_STATUSES = ['draft', 'submitted'] as const;

const Count = z.int().min(0);
const GenderCounts = z.strictObject({ female: Count, male: Count, other: Count, undisclosed: Count, total: Count });

export const ReportAssembly = z.strictObject({
  events: z.array(z.strictObject({ id: Id, title: Text, date: IsoDate.nullable(), type: z.enum(EVENT_TYPES), participants: Count })),
  participation: z.strictObject({
    events: Count,
    total: GenderCounts,
    bySector: z.array(z.strictObject({ sector: z.string(), counts: GenderCounts })),
    named: z.array(z.strictObject({ eventId: Id, name: z.string(), organisation: z.string(), sector: z.string() })),
    unnamed: Count,
  }),
  responses: z.array(
    z.strictObject({
      commentId: Id,
      eventId: Id.nullable(),
      target: Id.nullable(),
      author: z.string(),
      organisation: z.string(),
      theme: z.string(),
      text: Text,
      decision: z.enum(COMMENT_DECISIONS),
      reason: Text,
      decidedAt: IsoDate.nullable(),
    }),
  ),
  since: IsoDate.nullable(),
  impact: z.array(
    z.strictObject({
      kind: z.enum(IMPACT_KINDS),
      change: z.enum(IMPACT_CHANGES),
      id: Id,
      commitmentId: Id,
      title: Text,
      commitmentTitle: Text,
      rev: z.int().min(1),
      at: Timestamp,
      comments: z.array(Id),
    }),
  ),
  undecided: z.array(z.strictObject({ id: Id, eventId: Id, text: Text, organisation: z.string(), theme: z.string() })),
});
export type ReportAssembly = z.infer<typeof ReportAssembly>;

export const ReportView = z.strictObject({ report: ConsultationReport, assembly: ReportAssembly });
export type ReportView = z.infer<typeof ReportView>;

export const reportMethods = {
  /** The cycle's reports (default: the current cycle), pre-consultation before consultation, then by creation. */
  'report.list': method(z.strictObject({ filter: ReportFilter.optional() }), z.strictObject({ reports: z.array(ConsultationReport) })),
  'report.get': method(z.strictObject({ id: Id }), ConsultationReport),
  /** A new draft report of one of the components this institution leads. */
  'report.create': method(z.strictObject({ componentCode: Slug, cycleId: Slug.optional(), kind: z.enum(REPORT_KINDS) }), ConsultationReport),
  /** Sections (one language at a time, or both) and the chosen events; a draft of this institution only. */
  'report.update': method(z.strictObject({ id: Id, changes: ReportPatch }), SavedRevision),
  /** The report with what its records say: participation, responses, impact, undecided comments. */
  'report.assemble': method(z.strictObject({ id: Id }), ReportView),
  /**
   * Writes the generated participation, responses and impact texts into
   * those sections in both languages (the person edits them afterwards).
   */
  'report.fill': method(z.strictObject({ id: Id }), ConsultationReport),
  /** Submitted (refused while a comment of its events is undecided, each named) or back to draft. */
  'report.setStatus': method(z.strictObject({ id: Id, status: z.enum(REPORT_SETTABLE_STATUSES) }), ConsultationReport),
  /** Removes a draft report. */
  'report.delete': method(z.strictObject({ id: Id }), z.strictObject({ id: Id })),
} as const;
