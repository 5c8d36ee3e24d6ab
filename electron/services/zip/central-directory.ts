// The byte layout of a ZIP archive's directory structures (APPNOTE.TXT §4.3):
// the end-of-central-directory record, the central-directory headers, the
// local headers and the data descriptor, read into plain records. Nothing
// here decides what an archive may contain; the spreadsheet pre-check
// (spreadsheet/zip.ts) and the bundle profile (bundles/file/zip-profile.ts) each
// hold their own rules and refusals, and read the bytes through this.
//
// Every reader checks that its fixed-size part lies inside the buffer and
// starts with its signature, and returns undefined otherwise, so no caller
// depends on a RangeError. The variable-length fields (name, extra field,
// comment) are given as offsets and lengths, not read: where they may end is
// a rule of the caller (inside the file, or before the central directory),
// checked before it reads them. ZIP64 records are not followed; a field that
// ZIP64 saturates (0xffff, 0xffffffff) is returned as stored.

export const END_RECORD_SIZE = 22;
export const CENTRAL_HEADER_SIZE = 46;
export const LOCAL_HEADER_SIZE = 30;
/** The end record's comment length is 16 bits, so the record starts at most this far before its last possible place. */
export const MAX_COMMENT_LENGTH = 0xffff;

const END_RECORD_SIG = 0x06054b50;
const CENTRAL_HEADER_SIG = 0x02014b50;
const LOCAL_HEADER_SIG = 0x04034b50;
const DATA_DESCRIPTOR_SIG = 0x08074b50;

export interface EndRecord {
  /** Where the record starts. */
  offset: number;
  disk: number;
  centralDirectoryDisk: number;
  entriesOnDisk: number;
  entryCount: number;
  centralDirectorySize: number;
  centralDirectoryOffset: number;
  /** Declared; whether the file holds that many bytes after the record is the caller's question. */
  commentLength: number;
}

/** The fields a central header and a local header share, in the same order (from "version needed" to the extra field's length). */
export interface EntryFields {
  versionNeeded: number;
  flags: number;
  method: number;
  /** DOS time and date, as stored. */
  modTime: number;
  modDate: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  nameLength: number;
  extraLength: number;
}

export interface CentralHeader extends EntryFields {
  /** Where the header starts. */
  offset: number;
  versionMadeBy: number;
  commentLength: number;
  diskStart: number;
  internalAttributes: number;
  externalAttributes: number;
  localHeaderOffset: number;
  /** The name follows the fixed part; the extra field and the comment follow the name. */
  nameStart: number;
  /** Where the next central header starts, if there is one. */
  next: number;
}

export interface LocalHeader extends EntryFields {
  /** Where the header starts. */
  offset: number;
  nameStart: number;
  extraStart: number;
  /** Where the entry's stored bytes start, after the name and the extra field. */
  dataStart: number;
}

export interface DataDescriptor {
  /** Whether the optional signature was present. */
  signed: boolean;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  /** The first byte after the descriptor. */
  next: number;
}

const fits = (bytes: Buffer, at: number, size: number) => Number.isSafeInteger(at) && at >= 0 && at + size <= bytes.length;

/** Consecutive little-endian fields of 2 or 4 bytes, in the order they are stored. */
type Layout = readonly (readonly [name: string, size: 2 | 4])[];
type Fields<L extends Layout> = { [F in L[number] as F[0]]: number };

/** The fields of `layout`, read from `at` on (the caller has checked they fit). */
function readFields<const L extends Layout>(bytes: Buffer, at: number, layout: L): Fields<L> {
  const out: Record<string, number> = {};
  for (const [name, size] of layout) {
    out[name] = size === 2 ? bytes.readUInt16LE(at) : bytes.readUInt32LE(at);
    at += size;
  }
  return out as Fields<L>;
}

// After each signature (4 bytes). A central header and a local header share ENTRY_FIELDS.
const END_RECORD_FIELDS = [['disk', 2], ['centralDirectoryDisk', 2], ['entriesOnDisk', 2], ['entryCount', 2], ['centralDirectorySize', 4], ['centralDirectoryOffset', 4], ['commentLength', 2]] as const;
const ENTRY_FIELDS = [['versionNeeded', 2], ['flags', 2], ['method', 2], ['modTime', 2], ['modDate', 2], ['crc32', 4], ['compressedSize', 4], ['uncompressedSize', 4], ['nameLength', 2], ['extraLength', 2]] as const;
const CENTRAL_FIELDS = [['versionMadeBy', 2], ...ENTRY_FIELDS, ['commentLength', 2], ['diskStart', 2], ['internalAttributes', 2], ['externalAttributes', 4], ['localHeaderOffset', 4]] as const;
const DESCRIPTOR_FIELDS = [['crc32', 4], ['compressedSize', 4], ['uncompressedSize', 4]] as const;

/** The end record at `at`, if one starts there. */
export function readEndRecord(bytes: Buffer, at: number): EndRecord | undefined {
  if (!fits(bytes, at, END_RECORD_SIZE) || bytes.readUInt32LE(at) !== END_RECORD_SIG) return undefined;
  return { offset: at, ...readFields(bytes, at + 4, END_RECORD_FIELDS) };
}

/**
 * The last end record starting at or before `from` (by default the last
 * place one fits), looking back no further than a maximal comment could
 * push it. The first signature found wins, whatever its comment length
 * says: telling a real record from those bytes inside a comment is the
 * caller's judgement.
 */
export function findEndRecord(bytes: Buffer, from = bytes.length - END_RECORD_SIZE): EndRecord | undefined {
  const stop = Math.max(0, bytes.length - END_RECORD_SIZE - MAX_COMMENT_LENGTH);
  for (let p = Math.min(from, bytes.length - END_RECORD_SIZE); p >= stop; p--) {
    if (bytes.readUInt32LE(p) === END_RECORD_SIG) return readEndRecord(bytes, p);
  }
  return undefined;
}

/** The central-directory header at `at`, if one starts there. */
export function readCentralHeader(bytes: Buffer, at: number): CentralHeader | undefined {
  if (!fits(bytes, at, CENTRAL_HEADER_SIZE) || bytes.readUInt32LE(at) !== CENTRAL_HEADER_SIG) return undefined;
  const fields = readFields(bytes, at + 4, CENTRAL_FIELDS);
  return {
    offset: at,
    ...fields,
    nameStart: at + CENTRAL_HEADER_SIZE,
    next: at + CENTRAL_HEADER_SIZE + fields.nameLength + fields.extraLength + fields.commentLength,
  };
}

/** The local header at `at`, if one starts there. */
export function readLocalHeader(bytes: Buffer, at: number): LocalHeader | undefined {
  if (!fits(bytes, at, LOCAL_HEADER_SIZE) || bytes.readUInt32LE(at) !== LOCAL_HEADER_SIG) return undefined;
  const fields = readFields(bytes, at + 4, ENTRY_FIELDS);
  return {
    offset: at,
    ...fields,
    nameStart: at + LOCAL_HEADER_SIZE,
    extraStart: at + LOCAL_HEADER_SIZE + fields.nameLength,
    dataStart: at + LOCAL_HEADER_SIZE + fields.nameLength + fields.extraLength,
  };
}

/**
 * The data descriptor (flag bit 3) at `at`, with or without its optional
 * signature, if it ends at or before `end`. A descriptor without a signature
 * whose CRC happens to equal the signature is read as signed: the format
 * cannot tell them apart, and writers that omit the signature are rare.
 */
export function readDataDescriptor(bytes: Buffer, at: number, end = bytes.length): DataDescriptor | undefined {
  const limit = Math.min(end, bytes.length);
  if (!Number.isSafeInteger(at) || at < 0) return undefined;
  const signed = at + 4 <= limit && bytes.readUInt32LE(at) === DATA_DESCRIPTOR_SIG;
  const fields = signed ? at + 4 : at;
  if (fields + 12 > limit) return undefined;
  return { signed, ...readFields(bytes, fields, DESCRIPTOR_FIELDS), next: fields + 12 };
}
