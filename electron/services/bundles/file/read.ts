// Bundle bytes → VerifiedBundle, or a BundleRefusal naming the first rule
// broken (docs/bundle-format.md). Cheapest checks first: the file size and
// magic, then the container walk (zip-profile.ts, nothing inflated), then the
// two small manifest entries and the signatures, and only for a correctly
// signed manifest the records and attachments, each checked against the
// signed sizes and hashes before it is used. No database and no trust
// decision here: the signature is checked against the key the manifest
// carries; whether that key is trusted is the workspace side's question.
//
// The records are read into memory (their limits are tight); attachment
// entries are streamed, hashed and typed on the way, into whatever the
// caller's AttachmentSink makes of them: memory (readBundle, for small
// bundles and tests), temporary files in the content store (the importer),
// or nothing (a preview, the writer's own check). A sink sees bytes before
// their verdict; it must keep them out of use until the whole bundle has
// passed, and drop them if it does not.
import { createHash } from 'node:crypto';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, Manifest, Signatures } from '../../../../shared/model/bundle';
import { checkCanonicalJson } from './canonical-json';
import { ATTACHMENT_NAME, MANIFEST_ENTRY, MAX_BUFFER_BYTES, MAX_BUNDLE_BYTES, RECORDS_ENTRY, SIGNATURE_ENTRY } from './limits';
import { checkManifestRules, strictBase64 } from './manifest-checks';
import { checkPayloadAgainstManifest, issuePath, parseRecords, type AttachmentFile } from './payload-checks';
import { checkManifestSignature } from './signature';
import { BundleRefusal, type BundlePayload, type VerifiedBundle } from '../types';
import { openBundleZip, type ProfiledEntry, type ProfiledZip } from './zip-profile';
import { sha256Hex } from '../../crypto/sha256';
import { type AttachmentType, checkAttachmentKind, checkAttachmentRecords } from './attachment-checks';
import { bufferSource, fileSource, type BundleSource } from './source';
import { SNIFF_HEAD_BYTES, sniffKindAt, type ReadAt } from '../../attachments/sniff';

const MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export type ManifestFile = Manifest['files'][number];

/** Takes one attachment's bytes while they are checked. */
export interface AttachmentWriter {
  write(chunk: Buffer): void | Promise<void>;
  /** Every byte arrived and the entry passed its own checks (the bundle as a whole may still fail). */
  end(): Promise<void>;
  /** This entry failed: drop what was written. */
  abort(): Promise<void>;
}

/** Where attachment contents go; `null` from begin: hash and check them only. */
export interface AttachmentSink {
  begin(f: ManifestFile): AttachmentWriter | null | Promise<AttachmentWriter | null>;
}

/** Keeps every attachment in memory: for bundles already held as bytes. */
function memorySink(into: Map<string, Buffer>): AttachmentSink {
  return {
    begin: (f) => {
      const chunks: Buffer[] = [];
      return {
        write: (c) => void chunks.push(Buffer.from(c)),
        end: async () => void into.set(f.sha256, Buffer.concat(chunks)),
        abort: async () => void (chunks.length = 0),
      };
    },
  };
}

export const HASH_ONLY: AttachmentSink = { begin: () => null };

/** A bundle held in memory; its attachments with it (VerifiedBundle.attachments), or to `sink` when one is given. */
export async function readBundle(bytes: Buffer, sink?: AttachmentSink): Promise<VerifiedBundle> {
  if (bytes.length > MAX_BUFFER_BYTES) throw new BundleRefusal('file-too-large', { size: bytes.length, limit: MAX_BUFFER_BYTES });
  const attachments = new Map<string, Buffer>();
  const verified = await readBundleFrom(bufferSource(bytes), sink ?? memorySink(attachments));
  return { ...verified, attachments };
}

/** A bundle file, read a range at a time; its attachments go to `sink` (VerifiedBundle.attachments stays empty). */
export async function readBundleFile(path: string, sink: AttachmentSink = HASH_ONLY): Promise<VerifiedBundle> {
  const source = await fileSource(path);
  try {
    if (source.size > MAX_BUNDLE_BYTES) throw new BundleRefusal('file-too-large', { size: source.size, limit: MAX_BUNDLE_BYTES });
    return await readBundleFrom(source, sink);
  } finally {
    await source.close();
  }
}

async function readBundleFrom(source: BundleSource, sink: AttachmentSink): Promise<VerifiedBundle> {
  const magic = source.size >= MAGIC.length ? await source.read(0, MAGIC.length) : Buffer.alloc(0);
  if (!magic.equals(MAGIC)) throw new BundleRefusal('not-a-bundle');
  const zip = await openBundleZip(source);
  try {
    return await verify(source, zip, sink);
  } finally {
    zip.close();
  }
}

async function verify(source: BundleSource, zip: ProfiledZip, sink: AttachmentSink): Promise<VerifiedBundle> {
  const manifestBytes = await zip.inflate(zip.get(MANIFEST_ENTRY)!);
  const signatureBytes = await zip.inflate(zip.get(SIGNATURE_ENTRY)!);
  const manifest = parseManifest(manifestBytes);
  verifySignatures(manifest, manifestBytes, signatureBytes);

  // The signed file list must be exactly the entries present: nothing unlisted, nothing missing.
  const actual = zip.entries.map((e) => e.name).filter((n) => n !== MANIFEST_ENTRY && n !== SIGNATURE_ENTRY).sort();
  const listed = manifest.files.map((f) => f.path);
  for (let i = 0; i < Math.max(actual.length, listed.length); i++) {
    if (listed[i] !== actual[i]) {
      const path = listed[i] === undefined || (actual[i] !== undefined && actual[i]! < listed[i]!) ? actual[i]! : listed[i]!;
      throw new BundleRefusal('files-mismatch', { path }, `files lists ${listed[i] ?? 'nothing'} where the archive has ${actual[i] ?? 'nothing'}`);
    }
  }
  if (!listed.includes(RECORDS_ENTRY)) throw new BundleRefusal('files-mismatch', { path: RECORDS_ENTRY }, 'no data/records.json');
  const records = manifest.files.find((f) => f.path === RECORDS_ENTRY)!;
  if (records.mediaType !== 'application/json') throw new BundleRefusal('files-mismatch', { path: RECORDS_ENTRY }, 'data/records.json is not application/json');

  // Declared sizes first (free), and each attachment's name against its signed hash (free), then content.
  const attachmentFiles: AttachmentFile[] = [];
  for (const f of manifest.files) {
    const entry = zip.get(f.path)!;
    if (entry.size !== f.size) throw new BundleRefusal('hash-mismatch', { path: f.path }, `${f.path}: ${entry.size} bytes, the manifest says ${f.size}`);
    const m = ATTACHMENT_NAME.exec(f.path);
    if (m === null) continue;
    // Content-addressed: the name is a promise about the content, and the payload refers to it by that hash.
    if (m[1] !== f.sha256) throw new BundleRefusal('hash-mismatch', { path: f.path }, `${f.path} is named for content it does not hold`);
    attachmentFiles.push({ path: f.path, sha256: f.sha256, size: f.size });
  }
  const recordsEntry = zip.get(RECORDS_ENTRY)!;
  const recordsBytes = await zip.inflate(recordsEntry);
  if (sha256Hex(recordsBytes) !== records.sha256) throw new BundleRefusal('hash-mismatch', { path: RECORDS_ENTRY }, `${RECORDS_ENTRY}: SHA-256 differs from the manifest`);

  const payload = parseRecords(manifest.bundleType, recordsBytes);
  checkPayloadAgainstManifest(manifest, payload, attachmentFiles);

  // The large part last, once everything small has passed: each attachment streamed once.
  const kinds = new Map<string, AttachmentType>();
  for (const f of manifest.files) {
    if (!ATTACHMENT_NAME.test(f.path)) continue;
    const type = await streamAttachment(source, zip, zip.get(f.path)!, f, payload, sink);
    if (type !== null) kinds.set(f.sha256, type);
  }
  checkAttachmentRecords(payload, kinds);

  // The archive keeps the first three entries (everything the signature covers but the attachments' bytes).
  const archived = await source.read(0, recordsEntry.dataStart + recordsEntry.entry.compressedSize);
  return {
    manifest,
    manifestBytes,
    manifestSha256: sha256Hex(manifestBytes),
    fileSha256: await hashSource(source),
    size: source.size,
    payload,
    attachments: new Map(),
    archived,
  };
}

/**
 * One attachment entry through the sink, with its SHA-256 against the
 * manifest's and (when the payload carries attachment records) its type
 * from its bytes: the first bytes, and for a ZIP-based document the ranges
 * sniffing reads back, from the bundle when the entry is stored, from the
 * entry's bytes kept while streaming when it is deflated (bounded by the
 * entry limit, and only for ZIP-looking content).
 */
async function streamAttachment(source: BundleSource, zip: ProfiledZip, entry: ProfiledEntry, f: ManifestFile, payload: BundlePayload, sink: AttachmentSink): Promise<AttachmentType | null> {
  const writer = await sink.begin(f);
  const hash = createHash('sha256');
  const deflated = entry.entry.compressionMethod !== 0;
  let head = Buffer.alloc(0);
  let kept: Buffer[] | null = null;
  try {
    await zip.stream(entry, async (chunk) => {
      hash.update(chunk);
      if (head.length < SNIFF_HEAD_BYTES) {
        head = Buffer.concat([head, chunk.subarray(0, SNIFF_HEAD_BYTES - head.length)]);
        if (deflated && kept === null && head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) kept = [];
      }
      kept?.push(Buffer.from(chunk));
      if (writer) await writer.write(chunk);
    });
    if (hash.digest('hex') !== f.sha256) throw new BundleRefusal('hash-mismatch', { path: f.path }, `${f.path}: SHA-256 differs from the manifest`);
    let type: AttachmentType | null = null;
    if ('attachments' in payload) {
      const whole = kept === null ? null : Buffer.concat(kept);
      const read: ReadAt = whole
        ? async (at, length) => whole.subarray(at, at + length)
        : async (at, length) => source.read(entry.dataStart + at, Math.max(0, Math.min(length, f.size - at)));
      type = checkAttachmentKind(f, await sniffKindAt(head, f.size, read));
    }
    if (writer) await writer.end();
    return type;
  } catch (err) {
    if (writer) await writer.abort();
    throw err;
  }
}

async function hashSource(source: BundleSource): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of source.stream(0, source.size)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Canonical bytes, then the version (so a newer writer's extra fields read as "update", not "invalid"), then the schema and its rules. */
function parseManifest(manifestBytes: Buffer): Manifest {
  const canonical = checkCanonicalJson(manifestBytes);
  if (!canonical.ok) throw new BundleRefusal('manifest-not-canonical', { issue: canonical.issue });
  const value = canonical.value;
  if (typeof value === 'object' && !Array.isArray(value) && value !== null) {
    const { format, formatVersion } = value as Record<string, unknown>;
    if (format === BUNDLE_FORMAT && typeof formatVersion === 'number' && formatVersion > BUNDLE_FORMAT_VERSION) {
      throw new BundleRefusal('format-too-new', { formatVersion, supported: BUNDLE_FORMAT_VERSION });
    }
  }
  const parsed = Manifest.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BundleRefusal('manifest-invalid', { path: issuePath(issue) }, `manifest: ${issuePath(issue)}: ${issue.message}`);
  }
  if (parsed.data.formatVersion !== BUNDLE_FORMAT_VERSION) throw new BundleRefusal('manifest-invalid', { path: 'formatVersion' });
  return parsed.data;
}

/**
 * manifest.sig: canonical, schema-valid, exactly the expected signers in
 * order (the issuer; for a rotation the issuer then the new key), each
 * signature verifying over the manifest bytes under this bundle type.
 */
function verifySignatures(manifest: Manifest, manifestBytes: Buffer, signatureBytes: Buffer): void {
  const expected = checkManifestRules(manifest);
  const canonical = checkCanonicalJson(signatureBytes);
  if (!canonical.ok) throw new BundleRefusal('signature-invalid', { issue: 'not-canonical', detail: canonical.issue }, 'manifest.sig is not canonical JSON');
  const value = canonical.value;
  const parsed = Signatures.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BundleRefusal('signature-invalid', { issue: issuePath(issue) }, `manifest.sig: ${issuePath(issue)}: ${issue.message}`);
  }
  const signatures = parsed.data.signatures;
  if (signatures.length < expected.length) {
    throw new BundleRefusal('signature-missing', { expected: expected.length, found: signatures.length }, `a ${manifest.bundleType} needs ${expected.length} signature(s)`);
  }
  if (signatures.length > expected.length) {
    throw new BundleRefusal('signature-invalid', { expected: expected.length, found: signatures.length }, `a ${manifest.bundleType} carries ${expected.length} signature(s)`);
  }
  signatures.forEach((s, i) => {
    const signer = expected[i]!;
    if (s.keyId !== signer.keyId) throw new BundleRefusal('signature-invalid', { keyId: s.keyId, index: i }, `signature ${i} is by ${s.keyId}, expected ${signer.keyId}`);
    const sig = strictBase64(s.sig, 64);
    const verdict = sig === null ? null : checkManifestSignature(manifest.bundleType, manifestBytes, sig, signer.publicKeyRaw);
    if (verdict?.ok) return;
    const problem = verdict?.problem;
    // The keys were judged by checkManifestRules; what is left is the signature's own form, then the equation.
    if (problem?.kind === 'signature') {
      throw new BundleRefusal(`signature-${problem.issue}`, { keyId: s.keyId, index: i }, `signature ${i} by ${s.keyId} is malleable or degenerate (${problem.issue})`);
    }
    if (problem?.kind === 'key') throw new BundleRefusal(`key-${problem.issue}`, { keyId: s.keyId, index: i }, `the key of signature ${i} is degenerate (${problem.issue})`);
    throw new BundleRefusal('signature-invalid', { keyId: s.keyId, index: i }, `signature ${i} by ${s.keyId} does not verify`);
  });
}
