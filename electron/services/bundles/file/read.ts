// Bundle bytes → VerifiedBundle, or a BundleRefusal naming the first rule
// broken (docs/bundle-format.md). Cheapest checks first: the file size and
// magic, then the container walk (zip-profile.ts, nothing inflated), then the
// two small manifest entries and the signatures, and only for a correctly
// signed manifest the payload and attachments, each checked against the
// signed sizes and hashes before it is parsed. No database and no trust
// decision here: the signature is checked against the key the manifest
// carries; whether that key is trusted is the workspace side's question.
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, Manifest, Signatures } from '../../../../shared/model/bundle';
import { checkCanonicalJson } from './canonical-json';
import { ATTACHMENT_NAME, MANIFEST_ENTRY, MAX_FILE_BYTES, RECORDS_ENTRY, SIGNATURE_ENTRY } from './limits';
import { checkManifestRules, strictBase64 } from './manifest-checks';
import { checkPayloadAgainstManifest, issuePath, parseRecords, type AttachmentFile } from './payload-checks';
import { checkManifestSignature } from './signature';
import { BundleRefusal, type VerifiedBundle } from '../types';
import { openBundleZip, type ProfiledZip } from './zip-profile';
import { sha256Hex } from '../../crypto/sha256';
import { checkCarriedAttachments } from './attachment-checks';

const MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export async function readBundle(bytes: Buffer): Promise<VerifiedBundle> {
  if (bytes.length > MAX_FILE_BYTES) throw new BundleRefusal('file-too-large', { size: bytes.length, limit: MAX_FILE_BYTES });
  if (bytes.length < MAGIC.length || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) throw new BundleRefusal('not-a-bundle');
  const zip = await openBundleZip(bytes);
  try {
    return await verify(bytes, zip);
  } finally {
    zip.close();
  }
}

async function verify(bytes: Buffer, zip: ProfiledZip): Promise<VerifiedBundle> {
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

  // Declared sizes first (free), then content hashes.
  for (const f of manifest.files) {
    const entry = zip.get(f.path)!;
    if (entry.size !== f.size) throw new BundleRefusal('hash-mismatch', { path: f.path }, `${f.path}: ${entry.size} bytes, the manifest says ${f.size}`);
  }
  const contents = new Map<string, Buffer>();
  for (const f of manifest.files) {
    const data = await zip.inflate(zip.get(f.path)!);
    if (sha256Hex(data) !== f.sha256) throw new BundleRefusal('hash-mismatch', { path: f.path }, `${f.path}: SHA-256 differs from the manifest`);
    contents.set(f.path, data);
  }

  const attachments = new Map<string, Buffer>();
  const attachmentFiles: AttachmentFile[] = [];
  for (const f of manifest.files) {
    const m = ATTACHMENT_NAME.exec(f.path);
    if (m === null) continue;
    // Content-addressed: the name is a promise about the content, and the payload refers to it by that hash.
    if (m[1] !== f.sha256) throw new BundleRefusal('hash-mismatch', { path: f.path }, `${f.path} is named for content it does not hold`);
    attachments.set(f.sha256, contents.get(f.path)!);
    attachmentFiles.push({ path: f.path, sha256: f.sha256, size: f.size });
  }

  const payload = parseRecords(manifest.bundleType, contents.get(RECORDS_ENTRY)!);
  checkPayloadAgainstManifest(manifest, payload, attachmentFiles);
  await checkCarriedAttachments(payload, manifest.files, attachments);

  return {
    manifest,
    manifestBytes,
    manifestSha256: sha256Hex(manifestBytes),
    fileSha256: sha256Hex(bytes),
    size: bytes.length,
    payload,
    attachments,
  };
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
