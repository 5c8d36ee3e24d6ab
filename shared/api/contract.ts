// The API contract: every method the UI can call, declared once with its
// input and output schemas. The IPC handlers, the preload bridge, the
// browser-mode HTTP bridge and the renderer client are all loops over this
// object; adding a method means adding it here and implementing it in
// electron/services/api/handlers.ts, nothing else.
import { z } from 'zod';
import { Commitment, CommitmentFields, CommitmentSummary, Indicator, IndicatorFields, Milestone, MilestoneFields } from '../model/plan';
import { QualityReport } from '../quality/types';
import { PrintJobId, PrintJobStatus, PrintRequest } from '../model/print';
import {
  BundleChanges,
  BundleLogEntry,
  BundlePreview,
  BundleSummary,
  Consolidation,
  FeedbackPayload,
  REVIEW_DECISIONS,
  TrustedSigner,
} from '../model/bundle';
import { patchSchema } from './patch';
import { Id, InstitutionCode, Lang, Line, LinePatch, Slug, TextPatch, Timestamp } from '../model/primitives';
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

/** A change to some fields of a commitment (see patch.ts). */
export const CommitmentPatch = patchSchema(CommitmentFields);
export type CommitmentPatch = z.input<typeof CommitmentPatch>;
export const MilestonePatch = patchSchema(MilestoneFields);
export type MilestonePatch = z.input<typeof MilestonePatch>;
export const IndicatorPatch = patchSchema(IndicatorFields);
export type IndicatorPatch = z.input<typeof IndicatorPatch>;

export const SavedRevision = z.strictObject({ id: Id, rev: z.int(), updatedAt: Timestamp });

/** New order of a commitment's milestones or indicators: every id exactly once. */
const Reorder = z.strictObject({ commitmentId: Id, order: z.array(Id).min(1).max(500) });
const Reordered = z.strictObject({ commitmentId: Id, order: z.array(Id) });

export const SEARCH_RECORD_TYPES = ['commitment', 'milestone', 'indicator'] as const;
export const SearchHit = z.strictObject({
  recordType: z.enum(SEARCH_RECORD_TYPES),
  recordId: Id,
  commitmentId: Id,
  componentCode: Slug,
  /** Field path in the record (e.g. "title", "budget.fundingSource") and the language that matched. */
  field: z.string(),
  lang: Lang,
  /** The matching text around the hit; matched words between \u0002 and \u0003 markers. */
  snippet: z.string(),
  commitmentTitle: Line,
});
export type SearchHit = z.infer<typeof SearchHit>;

/** The largest file a person can upload (a spreadsheet), in bytes before encoding. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Base64 of MAX_UPLOAD_BYTES, the form an upload crosses IPC and HTTP in. */
export const MAX_UPLOAD_BASE64 = Math.ceil(MAX_UPLOAD_BYTES / 3) * 4;

/** An uploaded spreadsheet: the bytes, base64-encoded (the bridge carries JSON). */
export const UploadedFile = z.strictObject({
  name: z.string().max(255),
  dataBase64: z.string().max(MAX_UPLOAD_BASE64).regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'bad-file' }),
});

/** The Annex IX columns an indicator sheet may carry, in template order. */
export const XLSX_COLUMNS = [
  'name.sq', 'name.en', 'type', 'definition.sq', 'definition.en', 'unit.sq', 'unit.en',
  'baseline.value', 'baseline.year', 'targets', 'dataSource.sq', 'dataSource.en', 'frequency',
  'responsibleInstitution', 'method.sq', 'method.en', 'disaggregation.sq', 'disaggregation.en',
  'assumptions.sq', 'assumptions.en', 'milestone',
] as const;
export const XlsxColumn = z.enum(XLSX_COLUMNS);
export type XlsxColumn = z.infer<typeof XlsxColumn>;
/** Which sheet column (0-based) feeds each Annex IX field; null = not in the sheet. */
export const XlsxMapping = z.partialRecord(XlsxColumn, z.int().min(0).max(200).nullable());
export type XlsxMapping = z.infer<typeof XlsxMapping>;

export const XlsxRowReport = z.strictObject({
  /** The row number as the spreadsheet shows it (1-based, header included). */
  row: z.int(),
  ok: z.boolean(),
  issues: z.array(z.strictObject({ column: z.string(), code: z.string(), message: z.string() })),
  /** The indicator's name as read, to show which row is which. */
  name: Line,
});
export const XlsxPreview = z.strictObject({
  sheetName: z.string(),
  headers: z.array(z.string()),
  mapping: XlsxMapping,
  rows: z.array(XlsxRowReport),
  valid: z.int(),
  invalid: z.int(),
});
export type XlsxPreview = z.infer<typeof XlsxPreview>;

/** A bundle file as the renderer read it (file dialog, drag and drop), base64-encoded. */
export const MAX_BUNDLE_BYTES = 25 * 1024 * 1024;
export const MAX_BUNDLE_BASE64 = Math.ceil(MAX_BUNDLE_BYTES / 3) * 4;
export const BundleUpload = z.strictObject({
  name: z.string().max(255),
  dataBase64: z.string().max(MAX_BUNDLE_BASE64).regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'bad-file' }),
});
/** A safety code as a person types it: 30 digits, spaces optional. */
export const SafetyCodeInput = z.string().max(60).regex(/^[\d\s]+$/, { message: 'bad-safety-code' });

export const KeyInfo = z.strictObject({
  institution: InstitutionCode,
  keyId: z.string(),
  safetyCode: z.string(),
  publicKey: z.string(),
  createdAt: Timestamp,
});

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

  'milestone.create': method(z.strictObject({ commitmentId: Id }), Milestone),
  'milestone.update': method(z.strictObject({ id: Id, changes: MilestonePatch }), SavedRevision),
  'milestone.delete': method(z.strictObject({ id: Id }), z.strictObject({ id: Id })),
  'milestone.reorder': method(Reorder, Reordered),

  'indicator.create': method(z.strictObject({ commitmentId: Id, milestoneId: Id.nullable().optional() }), Indicator),
  'indicator.update': method(z.strictObject({ id: Id, changes: IndicatorPatch }), SavedRevision),
  'indicator.delete': method(z.strictObject({ id: Id }), z.strictObject({ id: Id })),
  'indicator.reorder': method(Reorder, Reordered),
  /** Reads an Annex IX sheet and reports, row by row, what would be imported; writes nothing. */
  'indicator.xlsxPreview': method(z.strictObject({ commitmentId: Id, file: UploadedFile, mapping: XlsxMapping.optional() }), XlsxPreview),
  /** Imports the sheet: nothing when any row is invalid, unless validOnly asks for the valid rows. */
  'indicator.xlsxImport': method(
    z.strictObject({ commitmentId: Id, file: UploadedFile, mapping: XlsxMapping, validOnly: z.boolean() }),
    z.strictObject({ imported: z.int(), skipped: z.int() }),
  ),
  'indicator.xlsxExport': method(z.strictObject({ commitmentId: Id }), z.strictObject({ fileName: z.string(), dataBase64: z.string() })),

  /** Accent-insensitive full-text search over everything drafted, in both languages. */
  'search.query': method(
    z.strictObject({ q: z.string().min(1).max(200), limit: z.int().min(1).max(200).optional() }),
    z.strictObject({ hits: z.array(SearchHit) }),
  ),
  /** This workspace's signing key: its safety code to read aloud, its id and public key. */
  'key.show': method(NoInput, KeyInfo),
  /**
   * Makes a new signing key and returns the key-rotation bundle (signed by the
   * old key and the new one) to send to the other side before the next bundle;
   * the workspace signs with the new key from now on.
   */
  'key.rotate': method(NoInput, z.strictObject({ fileName: z.string(), dataBase64: z.string(), keyId: z.string(), safetyCode: z.string() })),
  /** Exports a signed bundle: an LFP's submission to the POC, or the POC's feedback (to one institution or all). */
  'bundle.export': method(
    z.strictObject({ to: InstitutionCode.optional() }),
    z.strictObject({ fileName: z.string(), dataBase64: z.string(), summary: BundleSummary }),
  ),
  /** Verifies a bundle and shows its signer, sequence and changes; writes nothing (not even the log). */
  'bundle.preview': method(z.strictObject({ file: BundleUpload }), BundlePreview),
  /** Verifies and applies a bundle in one transaction; trustCode enrolls an unknown signer. */
  'bundle.import': method(
    z.strictObject({ file: BundleUpload, trustCode: SafetyCodeInput.optional() }),
    z.strictObject({ result: z.enum(['applied', 'already-imported']), summary: BundleSummary, changes: BundleChanges }),
  ),
  'bundle.log': method(z.strictObject({ limit: z.int().min(1).max(1000).optional() }), z.strictObject({ entries: z.array(BundleLogEntry) })),
  'trust.list': method(NoInput, z.strictObject({ signers: z.array(TrustedSigner) })),
  'trust.revoke': method(z.strictObject({ safetyCode: SafetyCodeInput }), TrustedSigner),
  /** The POC's consolidated plan and each institution's state. */
  'consolidation.overview': method(z.strictObject({ cycleId: Slug.optional() }), Consolidation),
  /** The POC numbers a commitment, accepts or returns it, and comments (never edits the LFP's text). */
  'review.set': method(
    z.strictObject({
      commitmentId: Id,
      planNumber: z.string().regex(/^$|^\d{1,2}(\.\d{1,2}){0,2}$/, { message: 'bad-plan-number' }).optional(),
      decision: z.enum(REVIEW_DECISIONS).nullable().optional(),
      comment: TextPatch.optional(),
    }),
    z.strictObject({ commitmentId: Id, commitmentRev: z.int() }),
  ),
  /** At an LFP: the POC's latest feedback (reviews, comments, receipt). */
  'feedback.get': method(NoInput, FeedbackPayload.extend({ receivedAt: Timestamp.nullable(), pocSeq: z.int().nullable() })),
  /** The quality checks over the whole plan, with completeness per component and language. */
  'quality.plan': method(z.strictObject({ cycleId: Slug.optional() }), QualityReport),

  /**
   * Printing runs as a job in a worker thread so the window stays responsive:
   * start it, poll its status for progress, then fetch the PDF once. A job's
   * result is kept until it is fetched or cancelled (at most a few jobs).
   */
  /** Readies a print worker (the Print screen calls it when it opens) so the first print does not pay its start. */
  'pdf.prepare': method(NoInput, z.strictObject({ started: z.boolean() })),
  'pdf.start': method(PrintRequest, PrintJobStatus),
  'pdf.status': method(z.strictObject({ jobId: PrintJobId }), PrintJobStatus),
  'pdf.result': method(
    z.strictObject({ jobId: PrintJobId }),
    z.strictObject({ fileName: z.string(), dataBase64: z.string(), pages: z.int().min(0), bytes: z.int().min(0) }),
  ),
  'pdf.cancel': method(z.strictObject({ jobId: PrintJobId }), PrintJobStatus),
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
