// The ZIP container of a bundle, held to a strict profile
// (docs/bundle-format.md, "Container"). Everything here runs on the central
// directory, the end record and the local headers only: no entry is inflated
// until the whole archive has passed. The byte layout must be exactly what
// the writer produces: local entries back to back from offset 0, then the
// central directory, then a comment-less end record that ends the file. That
// one rule refuses prepended and trailing bytes, data hidden between entries
// and overlapping entries (the non-recursive zip bomb) without special cases.
// Nothing may hide in bytes no hash covers: no extra fields (our writer
// writes none), no data descriptors (the writer knows every size up front),
// local sizes equal to the central ones, and each deflate stream ending
// exactly at its compressed size.
// yauzl walks the central directory; the end record and the local headers
// are read with ../../zip/central-directory.ts, and the rules are all here.
// The archive is read through a BundleSource a range at a time: the tail,
// the central directory and each local header are small; the manifest,
// signatures and records entries are inflated into memory (their limits are
// tight); attachment entries are only ever streamed (streamEntry), held to
// the same rules (declared size, CRC, end of the deflate stream) on the way.
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw, crc32 } from 'node:zlib';
import yauzl from 'yauzl';
import type { BundleSource } from './source';
import type { RefusalReason } from '../../../../shared/model/bundle';
import {
  END_RECORD_SIZE,
  type EndRecord,
  LOCAL_HEADER_SIZE,
  findEndRecord,
  readEndRecord,
  readCentralHeader,
  readLocalHeader,
} from '../../zip/central-directory';
import { inflateRawCounted } from '../../zip/inflate';
import {
  ATTACHMENT_NAME,
  ENTRY_NAME,
  MANIFEST_ENTRY,
  MAX_CENTRAL_DIRECTORY_BYTES,
  MAX_COMPRESSION_RATIO,
  MAX_ENTRIES,
  MAX_TOTAL_UNCOMPRESSED,
  RATIO_CHECK_FROM_BYTES,
  SIGNATURE_ENTRY,
  WRITER_HEADER,
  entryLimit,
  entryRank,
} from './limits';
import { BundleRefusal } from '../types';

const FLAG_ENCRYPTED = 0x0001;
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_CD_ENCRYPTED = 0x2000;
const DOS_DIRECTORY = 0x10;
/** Windows FILE_ATTRIBUTE_REPARSE_POINT: how a zip made on Windows marks a symlink or junction. */
const DOS_REPARSE_POINT = 0x400;
const UNIX_TYPE_MASK = 0o170000;
const UNIX_REGULAR = 0o100000;
const UNIX_SYMLINK = 0o120000;
/**
 * Extra fields with a more telling reason than "not ours": zip64 sizes (never
 * needed under our caps) and the Info-ZIP Unicode path/comment (a second,
 * different name). Every other field is refused as an extra field: yazl,
 * with forceDosTimestamp and without zip64, writes none in either header, so
 * the allow-list of fields with their sizes is empty.
 */
const REFUSED_EXTRA_FIELDS = new Map<number, RefusalReason>([
  [0x0001, 'zip-malformed'],
  [0x7075, 'bad-entry-name'],
  [0x6375, 'zip-comment'],
]);

export interface ProfiledEntry {
  name: string;
  size: number;
  entry: yauzl.Entry;
  /** Where its stored bytes start in the archive (they run for entry.compressedSize bytes). */
  dataStart: number;
}

export interface ProfiledZip {
  /** In archive order: manifest.json, manifest.sig, data/records.json, then attachments by name. */
  entries: readonly ProfiledEntry[];
  get(name: string): ProfiledEntry | undefined;
  /**
   * Inflates one record entry (never an attachment) into memory: never more than its declared
   * size, exactly that size with a matching CRC, and a deflate stream that ends exactly at its compressed size.
   */
  inflate(e: ProfiledEntry): Promise<Buffer>;
  /** The same checks as inflate, with the content handed to `sink` a chunk at a time and never held whole. */
  stream(e: ProfiledEntry, sink: (chunk: Buffer) => void | Promise<void>): Promise<void>;
  close(): void;
}

const malformed = (detail: string, params: Record<string, string | number> = {}) => new BundleRefusal('zip-malformed', params, detail);

/** The end-of-central-directory record: the last 22 bytes, with no comment, on disk 0. */
async function locateEnd(source: BundleSource): Promise<EndRecord> {
  if (source.size < END_RECORD_SIZE + LOCAL_HEADER_SIZE) throw malformed('too short to be a ZIP archive');
  // Only the tail can hold the record (a comment is at most 64 KiB); offsets below are the tail's, then the file's.
  const tailStart = Math.max(0, source.size - END_RECORD_SIZE - 0xffff);
  const bytes = await source.read(tailStart, source.size - tailStart);
  const found = locateEndIn(bytes);
  const end = { ...found, offset: found.offset + tailStart };
  // The central directory must end where the end record starts: nothing (no zip64 record, no junk) in between,
  // and with bytes prepended the stored offset no longer adds up.
  if (end.centralDirectoryOffset + end.centralDirectorySize !== end.offset) throw malformed('the central directory does not end at the end record');
  if (end.centralDirectorySize > MAX_CENTRAL_DIRECTORY_BYTES) throw malformed('the central directory is larger than any bundle needs');
  return end;
}

function locateEndIn(bytes: Buffer): EndRecord {
  const end = readEndRecord(bytes, bytes.length - END_RECORD_SIZE);
  if (end === undefined || end.commentLength !== 0) {
    // Tell a comment (a valid record followed by exactly its comment) from junk after the record, or none at all.
    const earlier = findEndRecord(bytes, bytes.length - END_RECORD_SIZE - 1);
    if (earlier !== undefined) {
      const { offset, commentLength } = earlier;
      if (offset + END_RECORD_SIZE + commentLength === bytes.length && commentLength > 0) {
        throw new BundleRefusal('zip-comment', { length: commentLength }, 'the archive carries a comment');
      }
      throw malformed('bytes after the end of the central directory', { trailing: bytes.length - offset - END_RECORD_SIZE });
    }
    throw malformed('no end-of-central-directory record (truncated, or not a ZIP archive)');
  }
  const { entryCount } = end;
  if (end.disk !== 0 || end.centralDirectoryDisk !== 0 || end.entriesOnDisk !== entryCount) throw malformed('multi-disk archive');
  if (entryCount > MAX_ENTRIES) throw new BundleRefusal('too-many-entries', { entries: entryCount, limit: MAX_ENTRIES });
  return end;
}

/** yauzl's errors are plain messages: map the ones that have a more precise reason. */
function refusalFromZipError(err: unknown, entry?: string): BundleRefusal {
  if (err instanceof BundleRefusal) return err;
  const message = err instanceof Error ? err.message : String(err);
  const params: Record<string, string> = entry === undefined ? {} : { entry };
  if (/invalid characters in fileName|absolute path|invalid relative path/.test(message)) return new BundleRefusal('bad-entry-name', params, message);
  if (/strong encryption/.test(message)) return new BundleRefusal('entry-type', { ...params, type: 'encrypted' }, message);
  if (/size mismatch|too many bytes|not enough bytes/.test(message)) return new BundleRefusal('size-mismatch', params, message);
  return new BundleRefusal('zip-malformed', params, message);
}

const fieldId = (id: number) => `0x${id.toString(16).padStart(4, '0')}`;

/** `length` bytes of extra field in the `header` header of `name`, parsed into `fields`: none is allowed. */
function checkExtraFields(fields: readonly yauzl.ExtraField[], length: number, name: string, header: 'local' | 'central'): void {
  for (const f of fields) {
    const reason = REFUSED_EXTRA_FIELDS.get(f.id);
    if (reason !== undefined) throw new BundleRefusal(reason, { entry: name }, `${name}: extra field ${fieldId(f.id)} is not allowed`);
  }
  if (length === 0) return;
  const first = fields[0];
  const params: Record<string, string | number> = first === undefined ? {} : { field: fieldId(first.id), size: first.data.length };
  throw malformed(`${name}: ${length} bytes of extra field in the ${header} header, which our writer never writes`, { entry: name, issue: 'extra-field', header, ...params });
}

/** Per-entry rules on the central-directory record, cheapest and most telling first. */
function checkEntry(e: yauzl.Entry, seen: Set<string>): void {
  const name = e.fileName;
  const unixType = (e.externalFileAttributes >>> 16) & UNIX_TYPE_MASK;
  if (name.endsWith('/') || (e.externalFileAttributes & DOS_DIRECTORY) !== 0 || unixType === 0o040000) {
    throw new BundleRefusal('entry-type', { entry: name, type: 'directory' }, `${name} is a directory`);
  }
  // Two entries that a file system (or a careless reader) would treat as one: the "Master Key" pattern.
  // Upper- then lower-casing approximates Unicode full case folding (ß→ss, ſ→s, Kelvin sign→k), which JS lacks.
  const folded = name.normalize('NFC').toUpperCase().toLowerCase().normalize('NFC');
  if (seen.has(folded)) throw new BundleRefusal('duplicate-entry', { entry: name }, `${name} appears twice`);
  seen.add(folded);
  // The name acted on must be the bytes stored (no Unicode-path extra field renaming it).
  if (!e.fileNameRaw.equals(Buffer.from(name, 'utf8'))) throw new BundleRefusal('bad-entry-name', { entry: name }, `${name} is not its stored name`);
  if (!ENTRY_NAME.test(name)) throw new BundleRefusal('bad-entry-name', { entry: name }, `${JSON.stringify(name)} is not a bundle entry name`);
  if ((unixType !== 0 && unixType !== UNIX_REGULAR) || (e.externalFileAttributes & DOS_REPARSE_POINT) !== 0) {
    const type = unixType === UNIX_SYMLINK || (e.externalFileAttributes & DOS_REPARSE_POINT) !== 0 ? 'symlink' : 'special';
    throw new BundleRefusal('entry-type', { entry: name, type }, `${name} is not a regular file`);
  }
  if ((e.generalPurposeBitFlag & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION | FLAG_CD_ENCRYPTED)) !== 0) {
    throw new BundleRefusal('entry-type', { entry: name, type: 'encrypted' }, `${name} is encrypted`);
  }
  if (e.compressionMethod !== 0 && e.compressionMethod !== 8) {
    throw new BundleRefusal('entry-type', { entry: name, type: 'compression', method: e.compressionMethod }, `${name} uses compression method ${e.compressionMethod}`);
  }
  // A streaming reader would believe the descriptor's sizes, others the headers': allow only one story.
  if ((e.generalPurposeBitFlag & FLAG_DESCRIPTOR) !== 0) {
    throw malformed(`${name} uses a data descriptor, which our writer never writes`, { entry: name, issue: 'data-descriptor' });
  }
  if (e.fileCommentLength > 0) throw new BundleRefusal('zip-comment', { entry: name }, `${name} carries a comment`);
  checkExtraFields(e.extraFields, e.extraFieldLength, name, 'central');
  const limit = entryLimit(name);
  if (e.uncompressedSize > limit) throw new BundleRefusal('entry-too-large', { entry: name, size: e.uncompressedSize, limit }, `${name} declares ${e.uncompressedSize} bytes`);
  // Deflate never makes more than about 5 bytes per 16 KiB block beyond the input: a larger compressed size is
  // bytes no reader looks at, and for a record entry, memory to be spent reading them.
  if (e.compressedSize > e.uncompressedSize + (e.uncompressedSize >> 10) + 64) {
    throw malformed(`${name}: ${e.compressedSize} stored bytes for ${e.uncompressedSize}`, { entry: name, issue: 'trailing-data', trailing: e.compressedSize - e.uncompressedSize });
  }
  if (e.uncompressedSize > RATIO_CHECK_FROM_BYTES && e.uncompressedSize > e.compressedSize * MAX_COMPRESSION_RATIO) {
    throw new BundleRefusal('compression-ratio', { entry: name, ratio: Math.round(e.uncompressedSize / Math.max(1, e.compressedSize)), limit: MAX_COMPRESSION_RATIO });
  }
}

/**
 * The local header of `e` must start at `cursor` and agree with the central
 * directory; returns where its data starts (the next entry starts right
 * after that data: there is no descriptor).
 */
async function checkLocalHeader(source: BundleSource, e: yauzl.Entry, cursor: number, centralDirectoryOffset: number): Promise<{ dataStart: number; bytes: Buffer }> {
  const name = e.fileName;
  if (e.relativeOffsetOfLocalHeader !== cursor) {
    throw malformed(`${name}: local header at ${e.relativeOffsetOfLocalHeader}, expected ${cursor} (gap, overlap or prepended bytes)`, { entry: name });
  }
  // Inside the file is not enough: the header must end before the central directory.
  // `bytes` is the header alone (offsets below are relative to `cursor`), read in two steps: fixed part, then name and extra field.
  const fixed = cursor + LOCAL_HEADER_SIZE <= centralDirectoryOffset ? readLocalHeader(await source.read(cursor, LOCAL_HEADER_SIZE), 0) : undefined;
  if (fixed === undefined) throw malformed(`${name}: no local header`, { entry: name });
  if (cursor + fixed.dataStart > centralDirectoryOffset) throw malformed(`${name}: data runs into the central directory`, { entry: name });
  const bytes = await source.read(cursor, fixed.dataStart);
  const local = readLocalHeader(bytes, 0)!;
  const dataStart = cursor + local.dataStart;
  if (dataStart + e.compressedSize > centralDirectoryOffset) throw malformed(`${name}: data runs into the central directory`, { entry: name });
  // Readers that trust local headers (streaming unzip) must see the same entry as those that trust the central directory.
  const localName = bytes.subarray(local.nameStart, local.extraStart);
  if (!localName.equals(e.fileNameRaw)) throw malformed(`${name}: local and central names differ`, { entry: name });
  if (local.flags !== e.generalPurposeBitFlag || local.method !== e.compressionMethod) {
    throw malformed(`${name}: local and central headers differ`, { entry: name, issue: 'local-header' });
  }
  const localExtra = bytes.subarray(local.extraStart, local.dataStart);
  let extra: yauzl.ExtraField[] = [];
  try {
    extra = yauzl.parseExtraFields(localExtra);
  } catch {
    // Unparseable is refused like any other extra field, below.
  }
  checkExtraFields(extra, localExtra.length, name, 'local');
  if (local.crc32 !== e.crc32 || local.compressedSize !== e.compressedSize || local.uncompressedSize !== e.uncompressedSize) {
    throw malformed(`${name}: local and central sizes differ`, { entry: name, issue: 'local-sizes' });
  }
  return { dataStart, bytes };
}

/** The fields of each header that checkFixedFields compares with WRITER_HEADER, in the order it reports them. */
const CENTRAL_FIXED = ['versionMadeBy', 'versionNeeded', 'flags', 'modTime', 'modDate', 'diskStart', 'internalAttributes', 'externalAttributes'] as const;
const LOCAL_FIXED = ['versionNeeded', 'flags', 'modTime', 'modDate'] as const;

/**
 * The header fields our writer always sets to one value (limits.ts
 * WRITER_HEADER), in the central record at `central` and in the local
 * header: anything else is room to hide bytes in. Checked after every
 * more telling rule (a directory, a symlink, encryption) has had its say.
 */
function checkFixedFields(centralDirectory: Buffer, central: number, localHeader: Buffer, name: string): void {
  const c = readCentralHeader(centralDirectory, central);
  const l = readLocalHeader(localHeader, 0);
  if (c === undefined || l === undefined) throw malformed(`${name}: header missing`, { entry: name });
  const seen: (readonly [header: 'central' | 'local', field: keyof typeof WRITER_HEADER, value: number])[] = [
    ...CENTRAL_FIXED.map((f) => ['central', f, c[f]] as const),
    ...LOCAL_FIXED.map((f) => ['local', f, l[f]] as const),
  ];
  for (const [header, field, value] of seen) {
    if (value !== WRITER_HEADER[field]) {
      throw malformed(`${name}: ${header} ${field} is 0x${value.toString(16)}, our writer writes 0x${WRITER_HEADER[field].toString(16)}`, { entry: name, issue: 'header-field', header, field });
    }
  }
}

/** yauzl's walk of the central directory, reading through `source` (yauzl asks for the ranges it needs). */
function openYauzl(source: BundleSource): Promise<yauzl.ZipFile> {
  class SourceReader extends yauzl.RandomAccessReader {
    override _readStreamForRange(start: number, end: number) {
      return source.stream(start, end - start);
    }
  }
  return new Promise((resolve, reject) => {
    const options = { lazyEntries: true, validateEntrySizes: true, strictFileNames: true, decodeStrings: true, autoClose: false };
    yauzl.fromRandomAccessReader(new SourceReader(), source.size, options, (err, zip) => {
      if (err) reject(refusalFromZipError(err));
      else resolve(zip);
    });
  });
}

/** Opens `source` (already size- and magic-checked) and applies every container rule. */
export async function openBundleZip(source: BundleSource): Promise<ProfiledZip> {
  const end = await locateEnd(source);
  const centralDirectory = await source.read(end.centralDirectoryOffset, end.centralDirectorySize);
  const zip = await openYauzl(source);
  try {
    if (zip.comment !== '') throw new BundleRefusal('zip-comment', {}, 'the archive carries a comment');
    if (zip.entryCount !== end.entryCount) throw malformed('entry count differs from the end record');

    const entries: ProfiledEntry[] = [];
    const seen = new Set<string>();
    let total = 0;
    let cursor = 0;
    // yauzl reads the central records in order from the directory's start; this follows the same walk.
    let central = end.centralDirectoryOffset;
    try {
      for await (const e of zip.eachEntry()) {
        checkEntry(e, seen);
        total += e.uncompressedSize;
        if (total > MAX_TOTAL_UNCOMPRESSED) throw new BundleRefusal('entry-too-large', { entry: '*', size: total, limit: MAX_TOTAL_UNCOMPRESSED }, 'the entries together declare too many bytes');
        const local = await checkLocalHeader(source, e, cursor, end.centralDirectoryOffset);
        const dataStart = local.dataStart;
        checkFixedFields(centralDirectory, central - end.centralDirectoryOffset, local.bytes, e.fileName);
        central = (zip as unknown as { readEntryCursor: number }).readEntryCursor;
        cursor = dataStart + e.compressedSize;
        entries.push({ name: e.fileName, size: e.uncompressedSize, entry: e, dataStart });
      }
    } catch (err) {
      throw refusalFromZipError(err, undefined);
    }
    if (cursor !== end.centralDirectoryOffset) throw malformed('bytes between the last entry and the central directory');
    // (@types/yauzl declares readEntryCursor a boolean; it is the byte offset of the next central record.)
    if ((zip as unknown as { readEntryCursor: number }).readEntryCursor !== end.offset) throw malformed('the central directory does not end at the end record');

    const byName = new Map(entries.map((e) => [e.name, e]));
    if (!byName.has(MANIFEST_ENTRY)) throw new BundleRefusal('manifest-missing');
    if (!byName.has(SIGNATURE_ENTRY)) throw new BundleRefusal('signature-missing');
    // The fixed order lets anyone check a bundle by eye (unzip -l) and leaves no freedom to hide anything in.
    for (let i = 1; i < entries.length; i++) {
      const a = entries[i - 1]!.name;
      const b = entries[i]!.name;
      if (entryRank(a) > entryRank(b) || (entryRank(a) === entryRank(b) && a >= b)) throw malformed(`${b} is out of order`, { entry: b });
    }

    return {
      entries,
      get: (name) => byName.get(name),
      inflate: (e) => inflateEntry(source, e),
      stream: (e, sink) => streamEntry(source, e, sink),
      close: () => zip.close(),
    };
  } catch (err) {
    zip.close();
    throw err;
  }
}

/**
 * A record entry, inflated from its stored bytes read whole (their size is bounded by checkEntry):
 * yauzl's streams cannot say where a deflate stream ended.
 */
async function inflateEntry(source: BundleSource, pe: ProfiledEntry): Promise<Buffer> {
  const { entry, name, size, dataStart } = pe;
  // Attachments may be hundreds of megabytes together: they only ever go through streamEntry.
  if (ATTACHMENT_NAME.test(name)) throw new Error(`${name} is an attachment: stream it`);
  const stored = await source.read(dataStart, entry.compressedSize);
  let data: Buffer;
  if (entry.compressionMethod === 0) {
    data = Buffer.from(stored);
  } else {
    let consumed: number;
    try {
      ({ data, consumed } = await inflateRawCounted(stored, size));
    } catch (err) {
      throw inflateRefusal(err, name, size);
    }
    if (consumed !== stored.length) throw trailingData(name, stored.length - consumed);
  }
  if (data.length !== size) throw new BundleRefusal('size-mismatch', { entry: name }, `${name} inflates to ${data.length} bytes, not ${size}`);
  // A damaged stick should say "damaged", not "tampered".
  if (crc32(data) !== entry.crc32) throw malformed(`${name}: CRC mismatch`, { entry: name });
  return data;
}

const trailingData = (name: string, trailing: number) => malformed(`${name}: ${trailing} bytes after the end of its deflate stream`, { entry: name, issue: 'trailing-data', trailing });
const pastDeclared = (name: string, size: number) => new BundleRefusal('size-mismatch', { entry: name }, `${name} inflates past its declared ${size} bytes`);

/**
 * One entry's content, a chunk at a time, with inflateEntry's checks: it
 * stops (and refuses) as soon as it passes its declared size, so a bomb
 * never produces more than that; the size, the CRC and where the deflate
 * stream ended are checked at the end. The sink sees every byte before the
 * verdict: what it keeps must stay unused until this resolves.
 */
async function streamEntry(source: BundleSource, pe: ProfiledEntry, sink: (chunk: Buffer) => void | Promise<void>): Promise<void> {
  const { entry, name, size, dataStart } = pe;
  let produced = 0;
  let crc = 0;
  const consume = new Writable({
    write(chunk: Buffer, _enc, done) {
      produced += chunk.length;
      if (produced > size) return done(pastDeclared(name, size));
      crc = crc32(chunk, crc);
      Promise.resolve(sink(chunk)).then(() => done(), done);
    },
  });
  const stored = source.stream(dataStart, entry.compressedSize);
  if (entry.compressionMethod === 0) {
    await pipeline(stored, consume);
  } else {
    const inflater = createInflateRaw();
    try {
      await pipeline(stored, inflater, consume);
    } catch (err) {
      if (err instanceof BundleRefusal) throw err;
      // zlib ends its output at the end of the deflate stream; input still arriving after it is trailing data.
      if ((err as { code?: unknown }).code === 'ERR_STREAM_WRITE_AFTER_END' || (err as { code?: unknown }).code === 'ERR_STREAM_PREMATURE_CLOSE') {
        throw trailingData(name, entry.compressedSize - inflater.bytesWritten);
      }
      throw inflateRefusal(err, name, size);
    }
    if (inflater.bytesWritten !== entry.compressedSize) throw trailingData(name, entry.compressedSize - inflater.bytesWritten);
  }
  if (produced !== size) throw new BundleRefusal('size-mismatch', { entry: name }, `${name} inflates to ${produced} bytes, not ${size}`);
  if (crc !== entry.crc32) throw malformed(`${name}: CRC mismatch`, { entry: name });
}

function inflateRefusal(err: unknown, name: string, size: number): BundleRefusal {
  const code = (err as { code?: unknown } | null)?.code;
  // zlib stopped at the declared size: nothing past it was ever buffered.
  if (code === 'ERR_BUFFER_TOO_LARGE') return pastDeclared(name, size);
  if (code === 'Z_BUF_ERROR') return malformed(`${name}: its deflate stream does not end within its compressed size`, { entry: name, issue: 'truncated' });
  return malformed(`${name}: ${err instanceof Error ? err.message : String(err)}`, { entry: name });
}
