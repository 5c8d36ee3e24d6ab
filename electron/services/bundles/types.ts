// The seam between the two halves of bundle handling, imported by both (so
// neither half imports the other's types, and file/ never imports workspace/):
// - file/ (zip-profile, read, write, canonical-json, manifest-checks,
//   signature, payload-checks, limits, summary): bytes <-> a verified bundle
//   (ZIP profile, canonical manifest, signatures, file hashes, payload
//   schemas, record owners). No database: everything that can be checked
//   from the file alone.
// - workspace/ (trust, sequence, state, snapshot, diff, assess, import,
//   apply-*, reviews, rotation, consolidation, workspace-export, keys,
//   service): everything that needs the receiver's state.
import type { FeedbackPayload, Manifest, RefusalReason, SubmissionPayload } from '../../../shared/model/bundle';

/** Thrown by every check; carries the reason code the CLI and the UI translate. */
export class BundleRefusal extends Error {
  readonly reason: RefusalReason;
  readonly params: Record<string, string | number>;
  constructor(reason: RefusalReason, params: Record<string, string | number> = {}, detail?: string) {
    super(detail ?? reason);
    this.name = 'BundleRefusal';
    this.reason = reason;
    this.params = params;
  }
}

export type BundlePayload = SubmissionPayload | FeedbackPayload | Record<string, never>;

/** A bundle whose container, manifest, signatures, file hashes and payload have all been verified. */
export interface VerifiedBundle {
  manifest: Manifest;
  manifestBytes: Buffer;
  /** SHA-256 of the manifest bytes: the bundle's identity for sequence checks. */
  manifestSha256: string;
  /** SHA-256 of the whole file: for receipts and the log. */
  fileSha256: string;
  size: number;
  payload: BundlePayload;
  /**
   * Attachment contents by SHA-256, already checked against the manifest: filled by readBundle
   * (a bundle held in memory); a bundle read from a file hands them to its AttachmentSink instead.
   */
  attachments: ReadonlyMap<string, Buffer>;
  /**
   * What the archive keeps: the bundle's first three entries (manifest, signatures, records),
   * everything the signature covers but the attachments' bytes, which the content store keeps
   * under the hashes the manifest signs.
   */
  archived: Buffer;
}

export interface BundleSigner {
  keyId: string;
  privateKeyPkcs8: Buffer;
}

/** What the writer needs; it fills in format, version, files and counts itself. */
export interface BundleDraft {
  manifest: Omit<Manifest, 'format' | 'formatVersion' | 'files' | 'counts'>;
  payload: BundlePayload;
  /**
   * Attachment contents keyed by the SHA-256 (lowercase hex) of `data`; `ext` is 1-5 lowercase
   * letters or digits (the entry is data/att/<sha256>.<ext>). Each must be described by an
   * attachment record of the payload with the same sha256 and size.
   */
  attachments?: ReadonlyMap<string, DraftAttachment>;
  /** One signer; two for a key rotation (old key first, then the new one). */
  signers: readonly BundleSigner[];
}

/** An attachment's content as bytes, or as a file (the content store's) streamed into the bundle. */
export type DraftAttachment = { ext: string; mediaType: string } & ({ data: Buffer } | { path: string });

/** A bundle written to a file by writeBundleFile. */
export interface WrittenBundleFile {
  path: string;
  size: number;
  manifest: Manifest;
  manifestSha256: string;
  fileSha256: string;
}

export interface WrittenBundle {
  bytes: Buffer;
  manifest: Manifest;
  manifestSha256: string;
  fileSha256: string;
}
