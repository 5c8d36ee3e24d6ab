// The numbers of the bundle profile (docs/bundle-format.md, "Container"), in
// one place so the writer never produces what the reader refuses and the
// tests can aim just past each limit.
//
// Two kinds of entry, two kinds of limit. The records (manifest.json,
// manifest.sig, data/records.json) are read into memory and parsed, so their
// limits are tight. Attachment entries are only ever streamed (to a
// temporary file in the content store, or through a hash), so what bounds
// them is the attachment service's own limit per file and a total for the
// whole bundle, not memory.
import { MAX_ATTACHMENT_BYTES } from '../../../../shared/api/contract/attachments';
import { MAX_BUNDLE_FILE_BYTES } from '../../../../shared/api/contract/staging-limits';
import { MAX_TEXT } from '../../../../shared/model/primitives';
import { ENTRY_MODE } from '../../zip/write';

const KiB = 1024;
const MiB = 1024 * KiB;

/**
 * A bundle read from a file; checked on the file's size before anything is
 * read. 500 MiB is 50 attachments at their 10 MiB limit, several times what a
 * plan's evidence needs (a cycle's photos and scanned minutes run to tens of
 * megabytes); it keeps the worst case within a minute or so of reading and
 * hashing on a slow laptop disk, copies onto any USB stick, and stays far
 * below the 4 GiB where ZIP needs zip64 (which the profile refuses).
 */
export const MAX_BUNDLE_BYTES = MAX_BUNDLE_FILE_BYTES;

/**
 * A bundle handed over as bytes in memory (an upload through the JSON bridge,
 * base64 inside a request; the writer's buffer output): the memory is spent
 * before the reader sees it, so this stays small. Larger bundles go through
 * files (readBundleFile, writeBundleFile).
 */
export const MAX_BUFFER_BYTES = 25 * MiB;

/** Central-directory entries: 3 fixed files plus attachments. */
export const MAX_ENTRIES = 200;

/** The central directory is read into memory: 200 entries with our short names take about 25 KiB. */
export const MAX_CENTRAL_DIRECTORY_BYTES = 256 * KiB;

/**
 * Declared uncompressed size per entry kind; checked before inflating and
 * enforced while inflating. An attachment may be what the attachment
 * service accepts, no more.
 */
export const ENTRY_LIMITS = {
  manifest: 256 * KiB,
  signature: 4 * KiB,
  records: 20 * MiB,
  attachment: MAX_ATTACHMENT_BYTES,
} as const;

/** Sum of the declared uncompressed sizes of all entries: attachments are stored (about 1:1), so the file limit. */
export const MAX_TOTAL_UNCOMPRESSED = MAX_BUNDLE_BYTES;

/**
 * Uncompressed/compressed ratio above which an entry is treated as a bomb.
 * Deflate tops out near 1032:1 on degenerate input; real records.json
 * compresses about 10:1 (the 400-commitment synthetic plan, which is far more
 * repetitive than real text, stays well below 200:1), PDFs and images ~1:1.
 */
export const MAX_COMPRESSION_RATIO = 200;
/** Below this size a high ratio cannot hurt (the per-entry caps already bound memory), so it is not checked. */
export const RATIO_CHECK_FROM_BYTES = 1 * MiB;

/** JSON nesting depth of records.json (the schemas need about 7). Checked before JSON.parse. */
export const MAX_JSON_DEPTH = 32;
/**
 * Longest key or string in records.json: the longest any schema accepts (the
 * prose fields), so a huge string is refused while scanning, before JSON.parse builds it.
 */
export const MAX_JSON_STRING = MAX_TEXT;

export const MANIFEST_ENTRY = 'manifest.json';
export const SIGNATURE_ENTRY = 'manifest.sig';
export const RECORDS_ENTRY = 'data/records.json';
export const ATTACHMENT_DIR = 'data/att/';

/**
 * The only entry names a bundle may carry. Being an allow-list of lowercase
 * ASCII, it refuses traversal, absolute paths, drive letters, backslashes,
 * control characters and Windows device names by construction.
 */
export const ENTRY_NAME = /^(manifest\.(json|sig)|data\/records\.json|data\/att\/[0-9a-f]{64}\.[a-z0-9]{1,5})$/;
export const ATTACHMENT_NAME = /^data\/att\/([0-9a-f]{64})\.([a-z0-9]{1,5})$/;
export const ATTACHMENT_EXT = /^[a-z0-9]{1,5}$/;

export function entryLimit(name: string): number {
  if (name === MANIFEST_ENTRY) return ENTRY_LIMITS.manifest;
  if (name === SIGNATURE_ENTRY) return ENTRY_LIMITS.signature;
  if (name === RECORDS_ENTRY) return ENTRY_LIMITS.records;
  return ENTRY_LIMITS.attachment;
}

/** Where an entry must sit in the archive: manifest, signatures, records, then attachments by name. */
export function entryRank(name: string): number {
  if (name === MANIFEST_ENTRY) return 0;
  if (name === SIGNATURE_ENTRY) return 1;
  if (name === RECORDS_ENTRY) return 2;
  return 3;
}

/**
 * The modification time the writer stamps on every entry, so the same
 * content gives the same bytes. yazl encodes DOS time from the *local* clock
 * fields, so this is built from local fields too: the stored date is then
 * 2020-01-01 00:00:00 in every time zone (and with forceDosTimestamp no UTC
 * extra field carries the zone-dependent instant).
 */
export function fixedMtime(): Date {
  return new Date(2020, 0, 1, 0, 0, 0, 0);
}
export { ENTRY_MODE };

/**
 * Every header field the writer sets to a constant, as it writes it (yazl
 * with the options of write.ts): the reader refuses any other value, so the
 * few header bytes no hash covers cannot carry anything either. Version made
 * by 0x033f is Unix (3) and ZIP 6.3; 20 is ZIP 2.0, deflate; flag 0x0800 says
 * the names are UTF-8; DOS time 0 and date 0x5021 are 2020-01-01 00:00.
 */
export const WRITER_HEADER = {
  versionMadeBy: 0x033f,
  versionNeeded: 20,
  flags: 0x0800,
  modTime: 0,
  modDate: ((2020 - 1980) << 9) | (1 << 5) | 1,
  diskStart: 0,
  internalAttributes: 0,
  externalAttributes: (ENTRY_MODE << 16) >>> 0,
} as const;
