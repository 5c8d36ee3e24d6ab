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

export interface CentralHeader {
  /** Where the header starts. */
  offset: number;
  versionMadeBy: number;
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

export interface LocalHeader {
  /** Where the header starts. */
  offset: number;
  versionNeeded: number;
  flags: number;
  method: number;
  modTime: number;
  modDate: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  nameLength: number;
  extraLength: number;
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

/** The end record at `at`, if one starts there. */
export function readEndRecord(bytes: Buffer, at: number): EndRecord | undefined {
  if (!fits(bytes, at, END_RECORD_SIZE) || bytes.readUInt32LE(at) !== END_RECORD_SIG) return undefined;
  return {
    offset: at,
    disk: bytes.readUInt16LE(at + 4),
    centralDirectoryDisk: bytes.readUInt16LE(at + 6),
    entriesOnDisk: bytes.readUInt16LE(at + 8),
    entryCount: bytes.readUInt16LE(at + 10),
    centralDirectorySize: bytes.readUInt32LE(at + 12),
    centralDirectoryOffset: bytes.readUInt32LE(at + 16),
    commentLength: bytes.readUInt16LE(at + 20),
  };
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
  const nameLength = bytes.readUInt16LE(at + 28);
  const extraLength = bytes.readUInt16LE(at + 30);
  const commentLength = bytes.readUInt16LE(at + 32);
  return {
    offset: at,
    versionMadeBy: bytes.readUInt16LE(at + 4),
    versionNeeded: bytes.readUInt16LE(at + 6),
    flags: bytes.readUInt16LE(at + 8),
    method: bytes.readUInt16LE(at + 10),
    modTime: bytes.readUInt16LE(at + 12),
    modDate: bytes.readUInt16LE(at + 14),
    crc32: bytes.readUInt32LE(at + 16),
    compressedSize: bytes.readUInt32LE(at + 20),
    uncompressedSize: bytes.readUInt32LE(at + 24),
    nameLength,
    extraLength,
    commentLength,
    diskStart: bytes.readUInt16LE(at + 34),
    internalAttributes: bytes.readUInt16LE(at + 36),
    externalAttributes: bytes.readUInt32LE(at + 38),
    localHeaderOffset: bytes.readUInt32LE(at + 42),
    nameStart: at + CENTRAL_HEADER_SIZE,
    next: at + CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength,
  };
}

/** The local header at `at`, if one starts there. */
export function readLocalHeader(bytes: Buffer, at: number): LocalHeader | undefined {
  if (!fits(bytes, at, LOCAL_HEADER_SIZE) || bytes.readUInt32LE(at) !== LOCAL_HEADER_SIG) return undefined;
  const nameLength = bytes.readUInt16LE(at + 26);
  const extraLength = bytes.readUInt16LE(at + 28);
  return {
    offset: at,
    versionNeeded: bytes.readUInt16LE(at + 4),
    flags: bytes.readUInt16LE(at + 6),
    method: bytes.readUInt16LE(at + 8),
    modTime: bytes.readUInt16LE(at + 10),
    modDate: bytes.readUInt16LE(at + 12),
    crc32: bytes.readUInt32LE(at + 14),
    compressedSize: bytes.readUInt32LE(at + 18),
    uncompressedSize: bytes.readUInt32LE(at + 22),
    nameLength,
    extraLength,
    nameStart: at + LOCAL_HEADER_SIZE,
    extraStart: at + LOCAL_HEADER_SIZE + nameLength,
    dataStart: at + LOCAL_HEADER_SIZE + nameLength + extraLength,
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
  return {
    signed,
    crc32: bytes.readUInt32LE(fields),
    compressedSize: bytes.readUInt32LE(fields + 4),
    uncompressedSize: bytes.readUInt32LE(fields + 8),
    next: fields + 12,
  };
}
