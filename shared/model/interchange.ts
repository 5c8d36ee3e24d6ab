// The interchange format: everything a workspace holds, as one JSON document.
// `plan export` writes it, `plan import` reads it, docs/interchange.schema.json
// is generated from this very schema, and signed bundles carry the same
// records, so there is one definition of what a valid record is.
import { z } from 'zod';
import { Attachment, CalendarItem, Comment, ConsultationEvent, ConsultationReport, Criterion, Idea, Participant, PocFeedback, PrioritizationRound } from './cocreation';
import { type InputRule, inputVariants } from './input-variant';
import { FrontMatter } from './front-matter';
import { Budget, Commitment, Indicator, Milestone } from './plan';
import { InstitutionCode, Timestamp } from './primitives';
import { Component, Cycle, Institution, ReferenceData, ReferenceTerm, WorkspaceRole } from './reference';

export const INTERCHANGE_FORMAT = 'plani.interchange';
export const INTERCHANGE_VERSION = 1;
/** Far above a real national plan (400 commitments are about 4 MB), low enough to refuse a wrong file quickly. */
export const MAX_INTERCHANGE_BYTES = 50 * 1024 * 1024;

/**
 * The records a workspace drafts, as collections. Signed submission bundles
 * carry the same collections (shared/model/bundle.ts), so a record valid in
 * one is valid in the other.
 */
export const DraftedRecords = {
  commitments: z.array(Commitment).max(5000),
  ideas: z.array(Idea).max(20_000),
  prioritizationRounds: z.array(PrioritizationRound).max(500),
  consultationEvents: z.array(ConsultationEvent).max(5000),
  comments: z.array(Comment).max(50_000),
  consultationReports: z.array(ConsultationReport).max(1000),
  calendar: z.array(CalendarItem).max(2000),
  attachments: z.array(Attachment).max(10_000),
};

export const InterchangeDocument = z.strictObject({
  format: z.literal(INTERCHANGE_FORMAT),
  version: z.literal(INTERCHANGE_VERSION),
  exportedAt: Timestamp,
  /** Who wrote the file; informational (import does not change the workspace's identity). */
  source: z.strictObject({ role: WorkspaceRole, institution: InstitutionCode, appVersion: z.string().max(40) }),
  reference: ReferenceData,
  commitments: DraftedRecords.commitments,
  ideas: DraftedRecords.ideas,
  prioritizationRounds: DraftedRecords.prioritizationRounds,
  consultationEvents: DraftedRecords.consultationEvents,
  comments: DraftedRecords.comments,
  consultationReports: DraftedRecords.consultationReports,
  feedback: z.array(PocFeedback).max(20_000),
  calendar: DraftedRecords.calendar,
  attachments: DraftedRecords.attachments,
  /** The POC's front matter of each cycle (a file without the key, from before it existed, reads as none). */
  frontMatter: z.array(FrontMatter).max(100),
});
export type InterchangeDocument = z.infer<typeof InterchangeDocument>;

const Source = InterchangeDocument.shape.source;

/**
 * What a file from another tool must say, beyond what the field types imply
 * (input-variant.ts: ids, codes, required dates, numbers and enums are
 * required by their type; text, lists, nullable fields and flags may be left
 * out). Required here: what names a record (a title, a name); defaults here:
 * the value a new record starts with in Plani.
 */
const INPUT_RULES = new Map<z.ZodType, InputRule>([
  [Commitment, { required: ['title'], defaults: { status: 'draft' } }],
  [Budget, { defaults: { currency: 'ALL' } }],
  [Milestone, { required: ['activity'], defaults: { status: 'not-started', progressPct: 0 } }],
  [Indicator, { required: ['name'] }],
  [Idea, { required: ['title'], defaults: { status: 'received' } }],
  [Criterion, { required: ['name'] }],
  [ConsultationEvent, { required: ['title'] }],
  [Participant, { required: ['name'], defaults: { gender: 'undisclosed' } }],
  [Comment, { required: ['text'] }],
  [ConsultationReport, { defaults: { status: 'draft' } }],
  [CalendarItem, { required: ['title'], defaults: { status: 'planned', phase: { sq: '', en: '' } } }],
  [Attachment, { required: ['fileName'] }],
  [Cycle, { required: ['title'], defaults: { status: 'drafting' } }],
  [Institution, { required: ['name'] }],
  // Who leads a component decides who may draft in it: never left to a default.
  [Component, { required: ['title', 'leadInstitutions'] }],
  [ReferenceTerm, { required: ['label'] }],
  [Source, { defaults: { appVersion: '' } }],
]);

/**
 * The schema `plan import` reads a file with (and docs/interchange.schema.json
 * publishes): InterchangeDocument, with every key that may be absent
 * defaulted, and bookkeeping (rev, createdAt, updatedAt) set on import when a
 * file leaves it out. An export writes every key, so it reads back unchanged.
 */
export const inputOf = inputVariants(INPUT_RULES);
export const InterchangeInput = inputOf(InterchangeDocument);

/** A problem found in an imported document, located by its JSON path. */
export const ValidationIssue = z.strictObject({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type ValidationIssue = z.infer<typeof ValidationIssue>;
