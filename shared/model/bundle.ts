// Signed bundles (docs/bundle-format.md): the manifest, the signatures and
// the payloads, as strict schemas; plus what the UI is shown about a bundle
// before it is applied (who signed it, its sequence, what changed).
import { z } from 'zod';
import { CalendarItem, FeedbackReply, PocFeedback } from './cocreation';
import { FrontMatter } from './front-matter';
import { DraftedRecords } from './interchange';
import { Id, InstitutionCode, Lang, Line, Slug, Text, Timestamp } from './primitives';
import { ReferenceData } from './reference';

export const BUNDLE_FORMAT = 'application/vnd.plani.bundle+json';
export const BUNDLE_FORMAT_VERSION = 1;
export const BUNDLE_TYPES = ['submission', 'feedback', 'key-rotation'] as const;
export const BundleType = z.enum(BUNDLE_TYPES);
export type BundleType = z.infer<typeof BundleType>;

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);
export const KeyId = z.string().regex(/^[0-9a-f]{16}$/);
/** Canonical base64 of a raw 32-byte Ed25519 public key. */
export const PublicKeyB64 = z.string().regex(/^[A-Za-z0-9+/]{43}=$/);

export const ManifestFile = z.strictObject({
  path: z.string().max(128),
  size: z.int().min(0),
  sha256: Hex64,
  mediaType: z.string().max(100),
});

export const Manifest = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.int().min(1),
  bundleType: BundleType,
  bundleId: Id,
  cycleId: Slug,
  issuer: z.strictObject({ institution: InstitutionCode, keyId: KeyId, publicKey: PublicKeyB64 }),
  audience: z.union([InstitutionCode, z.literal('*')]),
  seq: z.int().min(1).max(Number.MAX_SAFE_INTEGER),
  prevManifestSha256: Hex64.nullable(),
  ack: z.strictObject({ seq: z.int().min(1), manifestSha256: Hex64 }).nullable(),
  createdAt: Timestamp,
  appVersion: z.string().max(40),
  schemaVersion: z.int().min(1),
  files: z.array(ManifestFile).max(200),
  counts: z.strictObject({ records: z.int().min(0), tombstones: z.int().min(0), attachments: z.int().min(0) }),
  rotation: z.strictObject({ newKeyId: KeyId, newPublicKey: PublicKeyB64, effectiveFromSeq: z.int().min(1) }).optional(),
});
export type Manifest = z.infer<typeof Manifest>;

export const SignatureEntry = z.strictObject({
  alg: z.literal('Ed25519'),
  keyId: KeyId,
  sig: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
});
export const Signatures = z.strictObject({ signatures: z.array(SignatureEntry).min(1).max(2) });
export type Signatures = z.infer<typeof Signatures>;

export const TOMBSTONE_ENTITIES = ['commitment', 'milestone', 'indicator', 'idea', 'prioritization-round', 'consultation-event', 'comment', 'consultation-report', 'calendar-item', 'attachment'] as const;
export const Tombstone = z.strictObject({
  entity: z.enum(TOMBSTONE_ENTITIES),
  id: Id,
  rev: z.int().min(1),
  deletedAt: Timestamp,
});
export type Tombstone = z.infer<typeof Tombstone>;

export const SubmissionPayload = z.strictObject({
  ...DraftedRecords,
  /** The LFP's replies to the POC's feedback items; absent in submissions from before they travelled. */
  feedbackReplies: z.array(FeedbackReply).max(20_000).optional(),
  tombstones: z.array(Tombstone).max(50_000),
});
export type SubmissionPayload = z.infer<typeof SubmissionPayload>;

export const REVIEW_DECISIONS = ['accepted', 'returned'] as const;
export const Review = z.strictObject({
  commitmentId: Id,
  /** The revision of the commitment the POC reviewed: a later edit shows the review as "on an earlier version". */
  commitmentRev: z.int().min(1),
  planNumber: z.string().regex(/^\d{1,2}(\.\d{1,2}){0,2}$/).nullable(),
  decision: z.enum(REVIEW_DECISIONS).nullable(),
  comment: Text,
  decidedAt: Timestamp,
});
export type Review = z.infer<typeof Review>;

export const Receipt = z.strictObject({ institution: InstitutionCode, seq: z.int().min(1), manifestSha256: Hex64 });
export const FeedbackPayload = z.strictObject({
  receipts: z.array(Receipt).max(100),
  reviews: z.array(Review).max(5000),
  feedback: z.array(PocFeedback).max(20_000),
  reference: ReferenceData.nullable(),
  /**
   * The revision of `reference` at the POC (+1 per edit). Absent in bundles
   * from before it travelled (read as 0). An LFP refuses a bundle whose
   * revision is older than the one it holds (reference-rollback).
   */
  referenceRevision: z.int().min(0).max(2 ** 31).optional(),
  /**
   * The POC's front matter of the bundle's cycle, null while it has written
   * none. Absent in bundles from before it was carried: the institution then
   * keeps the front matter it holds.
   */
  frontMatter: FrontMatter.nullable().optional(),
  /** The POC's process calendar items of the bundle's cycle; absent in bundles from before it was carried (the institution keeps its copy). */
  calendar: z.array(CalendarItem).max(5000).optional(),
});
export type FeedbackPayload = z.infer<typeof FeedbackPayload>;

export const KeyRotationPayload = z.strictObject({});

/** Why a bundle was refused: docs/bundle-format.md, "Refusal reason codes"; translated as bundles.reason.<code>. */
export const REFUSAL_REASONS = [
  'file-too-large', 'not-a-bundle', 'zip-malformed', 'zip-comment', 'too-many-entries', 'bad-entry-name',
  'duplicate-entry', 'entry-type', 'entry-too-large', 'compression-ratio', 'size-mismatch', 'manifest-missing',
  'manifest-not-canonical', 'manifest-invalid', 'format-too-new', 'signature-missing', 'signature-invalid',
  'unknown-signer', 'safety-code-mismatch', 'key-mismatch', 'key-revoked', 'key-rotated', 'wrong-audience',
  'wrong-cycle', 'files-mismatch', 'hash-mismatch', 'payload-invalid', 'owner-mismatch', 'rollback',
  'equivocation', 'seq-jump', 'wrong-bundle-type', 'attachment-type',
  // Degenerate Ed25519 keys and malleable signatures (electron/services/keys/ed25519-strict.ts).
  'key-not-canonical', 'key-not-on-curve', 'key-small-order', 'key-mixed-order',
  'signature-r-not-canonical', 'signature-r-not-on-curve', 'signature-r-small-order', 'signature-r-mixed-order',
  'signature-s-not-reduced',
  // References to what the signer does not own (electron/services/ownership/references.ts).
  'foreign-reference', 'component-not-led',
  // A bundle this workspace signed itself.
  'own-bundle',
  // POC feedback meant for this institution about a record it never sent (apply-feedback.ts).
  'feedback-target-unknown',
  // Reference data older than the workspace holds (a restored or second POC workspace), or sent by an LFP.
  'reference-rollback', 'reference-from-lfp',
] as const;
export const RefusalReason = z.enum(REFUSAL_REASONS);
export type RefusalReason = z.infer<typeof RefusalReason>;

// ---- What a person is shown ------------------------------------------------

/** `own`: this workspace's own key (a bundle it wrote itself). */
export const SIGNER_STATUSES = ['trusted', 'unknown', 'revoked', 'rotated', 'mismatch', 'own'] as const;
export const SEQUENCE_VERDICTS = ['first', 'next', 'gap', 'same', 'rollback', 'equivocation', 'jump'] as const;

export const FieldChange = z.strictObject({
  /** Field path in the record, e.g. "title", "budget.amount". */
  field: z.string(),
  lang: Lang.nullable(),
  before: z.string(),
  after: z.string(),
});
/** What a change can be about: the deletable records, the POC's feedback (at an LFP) and an LFP's replies to it (at the POC). */
export const CHANGE_ENTITIES = [...TOMBSTONE_ENTITIES, 'poc-feedback', 'feedback-reply'] as const;
export type ChangeEntity = (typeof CHANGE_ENTITIES)[number];
export const RecordChange = z.strictObject({
  entity: z.enum(CHANGE_ENTITIES),
  id: Id,
  /** The commitment it belongs to (itself for a commitment). */
  commitmentId: Id.nullable(),
  /** A readable name: the record's title or name, in both languages. */
  label: Line,
  fields: z.array(FieldChange),
});
/** What a feedback bundle's reference data changes at the LFP: one entry per cycle, institution, component or vocabulary entry. */
export const REFERENCE_ENTRIES = ['cycle', 'institution', 'component', 'ogp-value', 'policy-area'] as const;
export const ReferenceChange = z.strictObject({
  entry: z.enum(REFERENCE_ENTRIES),
  /** The cycle's or component's id, the institution's or term's code. */
  key: z.string(),
  change: z.enum(['added', 'changed', 'removed']),
  label: Line,
  fields: z.array(FieldChange),
});
export type ReferenceChange = z.infer<typeof ReferenceChange>;
export const ReferenceChanges = z.strictObject({
  from: z.int().min(0),
  to: z.int().min(0),
  changes: z.array(ReferenceChange),
});
export type ReferenceChanges = z.infer<typeof ReferenceChanges>;

export const BundleChanges = z.strictObject({
  added: z.array(RecordChange),
  changed: z.array(RecordChange),
  deleted: z.array(RecordChange),
  /** Known records of the issuer absent from the snapshot without a tombstone: kept, and shown. */
  missing: z.array(RecordChange),
  /** A feedback bundle's reference data against the receiver's (absent when it carries none or changes nothing). */
  reference: ReferenceChanges.optional(),
});
export type BundleChanges = z.infer<typeof BundleChanges>;

export const BundleSummary = z.strictObject({
  bundleId: Id,
  bundleType: BundleType,
  cycleId: Slug,
  issuer: InstitutionCode,
  audience: z.string(),
  seq: z.int(),
  createdAt: Timestamp,
  fileSha256: Hex64,
  manifestSha256: Hex64,
  size: z.int(),
  counts: z.strictObject({ records: z.int(), tombstones: z.int(), attachments: z.int() }),
});
export type BundleSummary = z.infer<typeof BundleSummary>;

export const SignerInfo = z.strictObject({
  institution: InstitutionCode,
  keyId: KeyId,
  safetyCode: z.string(),
  status: z.enum(SIGNER_STATUSES),
  enrolledAt: Timestamp.nullable(),
});
export type SignerInfo = z.infer<typeof SignerInfo>;

export const BundlePreview = z.strictObject({
  summary: BundleSummary,
  signer: SignerInfo,
  sequence: z.strictObject({ incoming: z.int(), lastAccepted: z.int().nullable(), verdict: z.enum(SEQUENCE_VERDICTS) }),
  changes: BundleChanges,
  /** Why it would be refused as it stands (an unknown signer is not a refusal in preview: it needs the safety code). */
  refusal: z.strictObject({ reason: RefusalReason, params: z.record(z.string(), z.union([z.string(), z.number()])) }).nullable(),
});
export type BundlePreview = z.infer<typeof BundlePreview>;

export const TrustedSigner = z.strictObject({
  institution: InstitutionCode,
  keyId: KeyId,
  safetyCode: z.string(),
  status: z.enum(['active', 'rotated', 'revoked']),
  enrolledAt: Timestamp,
});

export const BundleLogEntry = z.strictObject({
  at: Timestamp,
  direction: z.enum(['export', 'import']),
  bundleId: Id.nullable(),
  institution: InstitutionCode.nullable(),
  seq: z.int().nullable(),
  sha256: Hex64,
  result: z.enum(['exported', 'applied', 'already-imported', 'refused']),
  reason: z.string().nullable(),
  /** The values the reason's sentence names, kept with it ({} for none, and for entries older than this field). */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** The POC's consolidated plan: every institution's state and every commitment in plan order. */
export const InstitutionStatus = z.strictObject({
  institution: InstitutionCode,
  lastSeq: z.int().nullable(),
  lastReceivedAt: Timestamp.nullable(),
  signer: SignerInfo.nullable(),
  commitments: z.int(),
  blocking: z.int(),
  warnings: z.int(),
});
export const ConsolidatedCommitment = z.strictObject({
  id: Id,
  componentCode: Slug,
  owner: InstitutionCode,
  title: Line,
  rev: z.int(),
  review: Review.nullable(),
  /** The review was made on an earlier revision than the one now held. */
  reviewOutdated: z.boolean(),
});
export const Consolidation = z.strictObject({
  institutions: z.array(InstitutionStatus),
  commitments: z.array(ConsolidatedCommitment),
});
export type Consolidation = z.infer<typeof Consolidation>;

