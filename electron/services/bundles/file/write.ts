// Draft → signed bundle bytes (docs/bundle-format.md). The writer is strict
// with itself: it validates the payload with the same schemas and checks the
// reader uses, refuses limits the reader would refuse, and finally reads its
// own output back with readBundle. Whatever it returns, a receiver accepts
// (as far as the file alone can say). A draft that would not pass throws a
// BundleRefusal naming the reason, which is a bug on the exporting side;
// misuse (wrong signers, an attachment under the wrong hash) throws an Error.
//
// Attachments are given as bytes or as files (the content store's): a file
// is read once to hash it (its SHA-256 must be the key it is given under, and
// its CRC goes into the local header), then streamed into the archive, never
// held whole. Attachment entries are stored, not deflated: the types allowed
// (PDF, images, Office and ODF documents) are compressed already, and a
// stored entry's sizes are known before its bytes are written.
import { createHash, createPrivateKey, createPublicKey, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { PassThrough, Readable } from 'node:stream';
import { crc32, deflateRawSync } from 'node:zlib';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, Manifest } from '../../../../shared/model/bundle';
import { rawPublicKey } from '../../keys/identity';
import { canonicalJson } from './canonical-json';
import {
  ATTACHMENT_EXT,
  ENTRY_LIMITS,
  MANIFEST_ENTRY,
  MAX_COMPRESSION_RATIO,
  MAX_BUFFER_BYTES,
  MAX_BUNDLE_BYTES,
  MAX_ENTRIES,
  MAX_TOTAL_UNCOMPRESSED,
  RATIO_CHECK_FROM_BYTES,
  RECORDS_ENTRY,
  SIGNATURE_ENTRY,
  fixedMtime,
} from './limits';
import { checkManifestRules } from './manifest-checks';
import { attachmentPath, checkPayloadAgainstManifest, countPayload, issuePath, validatePayload, type AttachmentFile } from './payload-checks';
import { HASH_ONLY, readBundle, readBundleFile } from './read';
import { signManifest } from './signature';
import { BundleRefusal, type BundleDraft, type DraftAttachment, type WrittenBundle, type WrittenBundleFile } from '../types';
import { sha256Hex } from '../../crypto/sha256';
import { writeZipStream, type StreamZipEntry } from '../../zip/stream-write';
import { zipBuffers } from '../../zip/write';

interface Entry {
  name: string;
  data: Buffer;
}

/** A draft, checked and signed, as the entries of its archive in order. */
interface Prepared {
  manifest: Manifest;
  entries: StreamZipEntry[];
}

/** An attachment's size, SHA-256 and CRC-32: from its bytes, or by reading its file once. */
async function measure(a: DraftAttachment): Promise<{ size: number; sha256: string; crc32: number }> {
  if ('data' in a) return { size: a.data.length, sha256: sha256Hex(a.data), crc32: crc32(a.data) };
  const hash = createHash('sha256');
  let crc = 0;
  let size = 0;
  for await (const chunk of createReadStream(a.path, { highWaterMark: 256 * 1024 })) {
    hash.update(chunk as Buffer);
    crc = crc32(chunk as Buffer, crc);
    size += (chunk as Buffer).length;
  }
  return { size, sha256: hash.digest('hex'), crc32: crc };
}

async function prepare(draft: BundleDraft): Promise<Prepared> {
  const bundleType = draft.manifest.bundleType;
  // The schema's output (NFC-normalised, keys in schema order) is what gets written, so the bytes are deterministic.
  const payload = validatePayload(bundleType, draft.payload);
  const recordsBytes = Buffer.from(JSON.stringify(payload), 'utf8');
  if (recordsBytes.length > ENTRY_LIMITS.records) {
    throw new BundleRefusal('entry-too-large', { entry: RECORDS_ENTRY, size: recordsBytes.length, limit: ENTRY_LIMITS.records });
  }

  const attachments: { name: string; size: number; crc32: number; mediaType: string; sha256: string; source: DraftAttachment }[] = [];
  let total = recordsBytes.length;
  for (const [key, a] of draft.attachments ?? new Map<string, DraftAttachment>()) {
    const { size, sha256: hash, crc32: crc } = await measure(a);
    if (key !== hash) throw new Error(`attachment ${key} is keyed by something other than the SHA-256 of its content (${hash})`);
    if (!ATTACHMENT_EXT.test(a.ext)) throw new Error(`attachment extension "${a.ext}" is not 1-5 lowercase letters or digits`);
    const name = attachmentPath(hash, a.ext);
    if (size > ENTRY_LIMITS.attachment) throw new BundleRefusal('entry-too-large', { entry: name, size, limit: ENTRY_LIMITS.attachment });
    total += size;
    if (total > MAX_TOTAL_UNCOMPRESSED) throw new BundleRefusal('entry-too-large', { entry: '*', size: total, limit: MAX_TOTAL_UNCOMPRESSED }, 'the entries together are too large for a bundle');
    attachments.push({ name, size, crc32: crc, mediaType: a.mediaType, sha256: hash, source: a });
  }
  attachments.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (attachments.length + 3 > MAX_ENTRIES) throw new BundleRefusal('too-many-entries', { entries: attachments.length + 3, limit: MAX_ENTRIES });

  const files = [
    { path: RECORDS_ENTRY, size: recordsBytes.length, sha256: sha256Hex(recordsBytes), mediaType: 'application/json' },
    ...attachments.map((a) => ({ path: a.name, size: a.size, sha256: a.sha256, mediaType: a.mediaType })),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const attachmentFiles: AttachmentFile[] = attachments.map((a) => ({ path: a.name, sha256: a.sha256, size: a.size }));
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

  const entries: StreamZipEntry[] = [
    ...[
      { name: MANIFEST_ENTRY, data: manifestBytes },
      { name: SIGNATURE_ENTRY, data: signatureBytes },
      { name: RECORDS_ENTRY, data: recordsBytes },
    ].map((e) => ({ ...e, compress: shouldDeflate(e.data) })),
    ...attachments.map((a): StreamZipEntry => {
      const src = a.source;
      return { name: a.name, size: a.size, crc32: a.crc32, open: () => ('data' in src ? Readable.from([src.data]) : createReadStream(src.path, { highWaterMark: 256 * 1024 })) };
    }),
  ];
  return { manifest, entries };
}

/** A bundle as bytes in memory (at most MAX_BUFFER_BYTES). */
export async function writeBundle(draft: BundleDraft): Promise<WrittenBundle> {
  const { manifest, entries } = await prepare(draft);
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeZipStream(entries, fixedMtime(), out);
  const bytes = Buffer.concat(chunks);
  if (bytes.length > MAX_BUFFER_BYTES) throw new BundleRefusal('file-too-large', { size: bytes.length, limit: MAX_BUFFER_BYTES });

  // The last word is the reader's: a writer bug surfaces here, at export, not at the receiver.
  const verified = await readBundle(bytes);
  return { bytes, manifest, manifestSha256: verified.manifestSha256, fileSha256: verified.fileSha256 };
}

/**
 * A bundle written to `path` (at most MAX_BUNDLE_BYTES), attachments streamed from their files: under a
 * temporary name beside it, flushed, read back by the reader, and only then renamed into place.
 */
export async function writeBundleFile(draft: BundleDraft, path: string): Promise<WrittenBundleFile> {
  const { manifest, entries } = await prepare(draft);
  const temp = `${path}.tmp-${randomUUID()}`;
  try {
    const out = createWriteStream(temp, { flags: 'wx', mode: 0o600, highWaterMark: 256 * 1024 });
    let size: number;
    try {
      size = await writeZipStream(entries, fixedMtime(), out);
    } finally {
      await new Promise<void>((resolve, reject) => out.end(() => out.close((err) => (err ? reject(err) : resolve()))));
    }
    // Flushed before it is read back and renamed into place: a crash never leaves a short file under the name.
    const fh = await open(temp, 'r+');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
    if (size > MAX_BUNDLE_BYTES) throw new BundleRefusal('file-too-large', { size, limit: MAX_BUNDLE_BYTES });
    const verified = await readBundleFile(temp, HASH_ONLY);
    await rename(temp, path);
    return { path, size, manifest, manifestSha256: verified.manifestSha256, fileSha256: verified.fileSha256 };
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

/** An entry over 1 MiB that would deflate past the reader's ratio cap (a legitimately very repetitive file) is stored instead. */
const shouldDeflate = (data: Buffer) => !(data.length > RATIO_CHECK_FROM_BYTES && data.length > deflateRawSync(data).length * MAX_COMPRESSION_RATIO);

/**
 * Entries in the given order, deflated, with a fixed time and mode, no
 * comments and no extra fields: the same entries always give the same bytes
 * (for one zlib version). An entry that deflates past the reader's ratio cap
 * is stored instead.
 */
export function zipEntries(entries: readonly Entry[]): Promise<Buffer> {
  return zipBuffers(
    entries.map((e) => ({ ...e, compress: shouldDeflate(e.data) })),
    fixedMtime(),
  );
}
