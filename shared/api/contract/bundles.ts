// Keys, signed bundles, trust, the consolidated plan, reviews and feedback
// (electron/services/api/handlers/bundles.ts).
import { z } from 'zod';
import {
  BundleChanges,
  BundleLogEntry,
  BundlePreview,
  BundleSummary,
  Consolidation,
  FeedbackPayload,
  REVIEW_DECISIONS,
  TrustedSigner,
} from '../../model/bundle';
import { Id, InstitutionCode, Slug, TextPatch, Timestamp } from '../../model/primitives';
import { base64Length, method, NoInput, upload } from './method';
import { StagedFile } from './staging';

/** A bundle file as the renderer read it (file dialog, drag and drop), base64-encoded. */
export const MAX_BUNDLE_BYTES = 25 * 1024 * 1024;
export const MAX_BUNDLE_BASE64 = base64Length(MAX_BUNDLE_BYTES);
/**
 * One byte more than a bundle may have passes, so that an oversized file
 * reaches the importer and is refused (and logged) with its own reason,
 * file-too-large, as the CLI reports it, rather than as invalid input.
 */
export const BundleUpload = upload(MAX_BUNDLE_BYTES + 1);
/** A bundle as bytes in the message (small ones), or a file staged a chunk at a time (any size up to the bundle limit). */
export const BundleFileInput = z.union([BundleUpload, StagedFile]);
/** A safety code as a person types it: 30 digits, spaces optional. */
export const SafetyCodeInput = z.string().max(60).regex(/^[\d\s]+$/, { message: 'bad-safety-code' });

export const KeyInfo = z.strictObject({
  institution: InstitutionCode,
  keyId: z.string(),
  safetyCode: z.string(),
  publicKey: z.string(),
  createdAt: Timestamp,
});

export const bundleMethods = {
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
  /**
   * The same, written to a staged file (staging.read fetches it): a bundle
   * whose attachments make it larger than one message can carry.
   */
  'bundle.exportStaged': method(
    z.strictObject({ to: InstitutionCode.optional() }),
    z.strictObject({ stagedId: StagedFile.shape.stagedId, fileName: z.string(), size: z.int(), summary: BundleSummary }),
  ),
  'bundle.preview': method(z.strictObject({ file: BundleFileInput }), BundlePreview),
  /** Verifies and applies a bundle in one transaction; trustCode enrolls an unknown signer. */
  'bundle.import': method(
    z.strictObject({ file: BundleFileInput, trustCode: SafetyCodeInput.optional() }),
    z.strictObject({
      result: z.enum(['applied', 'already-imported']),
      summary: BundleSummary,
      changes: BundleChanges,
      signer: BundlePreview.shape.signer,
      sequence: BundlePreview.shape.sequence,
      /** The signer's key was enrolled by this import (its safety code was confirmed). */
      enrolled: z.boolean(),
    }),
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
} as const;
