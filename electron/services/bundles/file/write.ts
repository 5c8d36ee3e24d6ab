// Draft → signed bundle bytes (docs/bundle-format.md). The writer is strict
// with itself: it validates the payload with the same schemas and checks the
// reader uses, refuses limits the reader would refuse, and finally reads its
// own output back with readBundle. Whatever it returns, a receiver accepts
// (as far as the file alone can say). A draft that would not pass throws a
// BundleRefusal naming the reason, which is a bug on the exporting side;
// misuse (wrong signers, an attachment under the wrong hash) throws an Error.
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, Manifest } from '../../../../shared/model/bundle';
import { rawPublicKey } from '../../keys/identity';
import { canonicalJson } from './canonical-json';
import {
  ATTACHMENT_EXT,
  ENTRY_LIMITS,
  MANIFEST_ENTRY,
  MAX_COMPRESSION_RATIO,
  MAX_ENTRIES,
  MAX_FILE_BYTES,
  RATIO_CHECK_FROM_BYTES,
  RECORDS_ENTRY,
  SIGNATURE_ENTRY,
  fixedMtime,
} from './limits';
import { checkManifestRules } from './manifest-checks';
import { attachmentPath, checkPayloadAgainstManifest, countPayload, issuePath, validatePayload, type AttachmentFile } from './payload-checks';
import { readBundle } from './read';
import { signManifest } from './signature';
import { BundleRefusal, type BundleDraft, type WrittenBundle } from '../types';
import { sha256Hex } from '../../crypto/sha256';
import { zipBuffers } from '../../zip/write';

interface Entry {
  name: string;
  data: Buffer;
}

export async function writeBundle(draft: BundleDraft): Promise<WrittenBundle> {
  const bundleType = draft.manifest.bundleType;
  // The schema's output (NFC-normalised, keys in schema order) is what gets written, so the bytes are deterministic.
  const payload = validatePayload(bundleType, draft.payload);
  const recordsBytes = Buffer.from(JSON.stringify(payload), 'utf8');
  if (recordsBytes.length > ENTRY_LIMITS.records) {
    throw new BundleRefusal('entry-too-large', { entry: RECORDS_ENTRY, size: recordsBytes.length, limit: ENTRY_LIMITS.records });
  }

  const attachments: (Entry & { mediaType: string; sha256: string })[] = [];
  for (const [key, a] of draft.attachments ?? new Map()) {
    const hash = sha256Hex(a.data);
    if (key !== hash) throw new Error(`attachment ${key} is keyed by something other than the SHA-256 of its content (${hash})`);
    if (!ATTACHMENT_EXT.test(a.ext)) throw new Error(`attachment extension "${a.ext}" is not 1-5 lowercase letters or digits`);
    const name = attachmentPath(hash, a.ext);
    if (a.data.length > ENTRY_LIMITS.attachment) throw new BundleRefusal('entry-too-large', { entry: name, size: a.data.length, limit: ENTRY_LIMITS.attachment });
    attachments.push({ name, data: a.data, mediaType: a.mediaType, sha256: hash });
  }
  attachments.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (attachments.length + 3 > MAX_ENTRIES) throw new BundleRefusal('too-many-entries', { entries: attachments.length + 3, limit: MAX_ENTRIES });

  const files = [
    { path: RECORDS_ENTRY, size: recordsBytes.length, sha256: sha256Hex(recordsBytes), mediaType: 'application/json' },
    ...attachments.map((a) => ({ path: a.name, size: a.data.length, sha256: a.sha256, mediaType: a.mediaType })),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const attachmentFiles: AttachmentFile[] = attachments.map((a) => ({ path: a.name, sha256: a.sha256, size: a.data.length }));
  const counts = countPayload(bundleType, payload, attachmentFiles.length);

  const parsed = Manifest.safeParse({ ...draft.manifest, format: BUNDLE_FORMAT, formatVersion: BUNDLE_FORMAT_VERSION, files, counts });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BundleRefusal('manifest-invalid', { path: issuePath(issue) }, `manifest: ${issuePath(issue)}: ${issue.message}`);
  }
  const manifest = parsed.data;
  const expected = checkManifestRules(manifest);
  checkPayloadAgainstManifest(manifest, payload, attachmentFiles);

  const manifestBytes = Buffer.from(canonicalJson(manifest), 'utf8');
  if (manifestBytes.length > ENTRY_LIMITS.manifest) throw new BundleRefusal('entry-too-large', { entry: MANIFEST_ENTRY, size: manifestBytes.length, limit: ENTRY_LIMITS.manifest });

  // Signing with a key other than the one the manifest names would give a bundle nobody can verify: refuse it here.
  if (draft.signers.length !== expected.length || draft.signers.some((s, i) => s.keyId !== expected[i]!.keyId)) {
    throw new Error(`a ${bundleType} bundle is signed by ${expected.map((e) => e.keyId).join(' then ')}, got ${draft.signers.map((s) => s.keyId).join(', ') || 'no signer'}`);
  }
  const signatures = draft.signers.map((s, i) => {
    const privateKey = createPrivateKey({ key: s.privateKeyPkcs8, format: 'der', type: 'pkcs8' });
    if (!rawPublicKey(createPublicKey(privateKey)).equals(expected[i]!.publicKeyRaw)) {
      throw new Error(`the private key given for ${s.keyId} does not belong to that key id`);
    }
    return { alg: 'Ed25519' as const, keyId: s.keyId, sig: signManifest(bundleType, manifestBytes, s.privateKeyPkcs8).toString('base64') };
  });
  const signatureBytes = Buffer.from(canonicalJson({ signatures }), 'utf8');

  const bytes = await zipEntries([
    { name: MANIFEST_ENTRY, data: manifestBytes },
    { name: SIGNATURE_ENTRY, data: signatureBytes },
    { name: RECORDS_ENTRY, data: recordsBytes },
    ...attachments,
  ]);
  if (bytes.length > MAX_FILE_BYTES) throw new BundleRefusal('file-too-large', { size: bytes.length, limit: MAX_FILE_BYTES });

  // The last word is the reader's: a writer bug surfaces here, at export, not at the receiver.
  const verified = await readBundle(bytes);
  return { bytes, manifest, manifestSha256: verified.manifestSha256, fileSha256: verified.fileSha256 };
}

/**
 * Entries in the given order, deflated, with a fixed time and mode, no
 * comments and no extra fields: the same entries always give the same bytes
 * (for one zlib version). An entry that deflates past the reader's ratio cap
 * (a legitimately very repetitive file over 1 MiB) is stored instead.
 */
export function zipEntries(entries: readonly Entry[]): Promise<Buffer> {
  return zipBuffers(
    entries.map((e) => ({ ...e, compress: !(e.data.length > RATIO_CHECK_FROM_BYTES && e.data.length > deflateRawSync(e.data).length * MAX_COMPRESSION_RATIO) })),
    fixedMtime(),
  );
}
