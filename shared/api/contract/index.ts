// The API contract: every method the UI can call, declared once with its
// input and output schemas, one file per domain as the handlers are grouped
// (electron/services/api/handlers/):
//   app.ts          runtime, workspace identity, preferences, reference data
//   plan.ts         the plan overview and commitments
//   drafting.ts     milestones and indicators
//   spreadsheet.ts  indicators from and to an Annex IX sheet
//   search.ts       full-text search
//   quality.ts      the plan-wide quality report
//   bundles.ts      keys, signed bundles, trust, consolidation, reviews, feedback
//   front-matter.ts the plan's front matter (foreword … focal points), written by the POC
//   print.ts        the PDF print jobs and the Word export
//   prioritization.ts  rounds, scores, score sheets, decisions on ideas
//   unsaved.ts      values typed but not saved yet, kept until saved or discarded
//   ideas.ts        the ideas register and its import from form exports
//   consultation.ts consultation events, participants, comments and their decisions
//   reports.ts      pre-consultation and consultation reports and their assembly from the records
//   attachments.ts  files attached to events, ideas, reports and commitments
//   feedback.ts     the POC feedback framework and the LFP's replies
//   calendar.ts     the process calendar (Annex V) and its .ics export
//   cycles.ts       the cycles: list, start the next one, choose the current one, carry a commitment forward
//   reference-data.ts  the POC's edits of cycles, institutions, components, vocabularies
//   backups.ts      backups of the database and restoring one
//   diagnostics.ts  the window's uncaught errors, for the log file
//   key-protection.ts  how the private keys are sealed (keyring file, passphrase, OS safe storage)
//   staging.ts      files too large for one message, handed over a chunk at a time
//   method.ts       what they are declared with (method, NoInput, upload)
// The IPC handlers, the preload bridge, the browser-mode HTTP bridge and the
// renderer client are all loops over the merged `contract`; adding a method
// means adding it to its domain's file and implementing it in the handler of
// the same name, nothing else.
import type { z } from 'zod';
import { appMethods } from './app';
import { attachmentMethods } from './attachments';
import { backupMethods } from './backups';
import { bundleMethods } from './bundles';
import { calendarMethods } from './calendar';
import { consultationMethods } from './consultation';
import { cycleMethods } from './cycles';
import { diagnosticsMethods } from './diagnostics';
import { draftingMethods } from './drafting';
import { feedbackMethods } from './feedback';
import { frontMatterMethods } from './front-matter';
import { ideaMethods } from './ideas';
import { keyProtectionMethods } from './key-protection';
import { planMethods } from './plan';
import { printMethods } from './print';
import { prioritizationMethods } from './prioritization';
import { qualityMethods } from './quality';
import { referenceDataMethods } from './reference-data';
import { reportMethods } from './reports';
import { searchMethods } from './search';
import { spreadsheetMethods } from './spreadsheet';
import { stagingMethods } from './staging';
import { unsavedMethods } from './unsaved';

export { Preferences, WorkspaceInfo } from './app';
export { BACKUP_KIND_LIST, BackupEntry, BackupName } from './backups';
export { ATTACHMENT_TYPE_LIST, ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from './attachments';
export { CalendarFields, CalendarPatch } from './calendar';
export { CycleEntry, CycleStartInput } from './cycles';
export { MAX_BUNDLE_FILE_BYTES, STAGE_CHUNK_BYTES, StagedFile } from './staging';
export { BundleUpload, KeyInfo, MAX_BUNDLE_BASE64, MAX_BUNDLE_BYTES, SafetyCodeInput } from './bundles';
export {
  CommentCounts,
  CommentFilter,
  CommentPatch,
  CommentTarget,
  DECISION_FILTERS,
  EventFilter,
  EventPatch,
  MAX_PARTICIPANTS,
  PARTICIPANT_COLUMNS,
  ParticipantMapping,
  ParticipantPreview,
  ParticipantRowReport,
  ParticipantSource,
  TARGET_KINDS,
} from './consultation';
export { IndicatorPatch, MilestonePatch } from './drafting';
export { FEEDBACK_TARGET_TYPES, FeedbackOverview, FeedbackReplyPatch, FeedbackTargetRef, FeedbackView, PocFeedbackPatch } from './feedback';
export { FrontMatterPatch, FrontMatterView } from './front-matter';
export {
  IDEA_IMPORT_COLUMNS,
  IDEA_SORT_KEYS,
  IdeaCounts,
  IdeaFilter,
  IdeaImportColumn,
  IdeaImportPreview,
  IdeaMapping,
  IdeaPatch,
  IdeaRowReport,
  IdeaSort,
} from './ideas';
export { CommitmentPatch, PlanOverview, SavedRevision } from './plan';
export { Criteria, DECISIONS, Decision, RoundIdea, RoundSummary, RoundView, Scale, ScorerName } from './prioritization';
export { InstitutionEdit, ReferenceState } from './reference-data';
export { REPORT_SETTABLE_STATUSES, ReportAssembly, ReportFields, ReportFilter, ReportPatch, ReportView } from './reports';
export { SEARCH_RECORD_TYPES, SearchHit } from './search';
export { KeptValue, MAX_UNSAVED_CHARS, UnsavedValue } from './unsaved';
export {
  MAX_HEADER_ROW,
  MAX_UPLOAD_BASE64,
  MAX_UPLOAD_BYTES,
  UploadedFile,
  XLSX_COLUMNS,
  XlsxColumn,
  XlsxHeaderRow,
  XlsxMapping,
  XlsxPreview,
  XlsxRowReport,
  XlsxTargetColumns,
} from './spreadsheet';

export const contract = {
  ...appMethods,
  ...planMethods,
  ...draftingMethods,
  ...spreadsheetMethods,
  ...searchMethods,
  ...bundleMethods,
  ...stagingMethods,
  ...qualityMethods,
  ...printMethods,
  ...unsavedMethods,
  ...frontMatterMethods,
  ...ideaMethods,
  ...prioritizationMethods,
  ...consultationMethods,
  ...attachmentMethods,
  ...reportMethods,
  ...feedbackMethods,
  ...calendarMethods,
  ...cycleMethods,
  ...referenceDataMethods,
  ...backupMethods,
  ...diagnosticsMethods,
  ...keyProtectionMethods,
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
