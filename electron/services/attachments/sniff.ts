// What a file is, from its bytes alone: the magic numbers of PDF, PNG and
// JPEG, and for the ZIP-based formats what the package says of itself
// (ODF's stored `mimetype` entry, OOXML's [Content_Types].xml main part).
// The name is never asked: a renamed file is found out here.
import type { AttachmentKind } from '../../../shared/api/contract/attachments';
import { findEndRecord, readCentralHeader, readLocalHeader } from '../zip/central-directory';
import { inflateRawCounted } from '../zip/inflate';

const PDF = Buffer.from('%PDF-', 'latin1');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ODT_MIME = 'application/vnd.oasis.opendocument.text';
/** [Content_Types].xml is a few KiB; a larger one is not worth inflating to decide a type. */
const MAX_CONTENT_TYPES = 1024 * 1024;

/** A file name's extension, lower-case ('' when it has none): what the name claims, to compare with what the bytes are. */
export const extensionOf = (fileName: string) => /\.([A-Za-z0-9]{1,5})$/.exec(fileName)?.[1]?.toLowerCase() ?? '';

const starts = (b: Buffer, magic: Buffer) => b.length >= magic.length && b.subarray(0, magic.length).equals(magic);

/** Reads `length` bytes at `at` of the file being judged (fewer at its end). */
export type ReadAt = (at: number, length: number) => Promise<Buffer>;

/** How many first bytes decide a type, unless they say ZIP (then the package is read through ReadAt). */
export const SNIFF_HEAD_BYTES = 8;
/** A package's central directory larger than this is no document we accept. */
const MAX_DIRECTORY = 1024 * 1024;

export async function sniffKind(bytes: Buffer): Promise<AttachmentKind | null> {
  return sniffKindAt(bytes.subarray(0, SNIFF_HEAD_BYTES), bytes.length, async (at, length) => bytes.subarray(at, at + length));
}

/** The same verdict as sniffKind, for a file not held in memory: its first bytes, its size, and a way to read ranges of it. */
export async function sniffKindAt(head: Buffer, size: number, read: ReadAt): Promise<AttachmentKind | null> {
  if (starts(head, PDF)) return 'pdf';
  if (starts(head, PNG)) return 'png';
  if (starts(head, JPEG)) return 'jpg';
  if (starts(head, ZIP)) return sniffPackage(size, read);
  return null;
}

async function sniffPackage(size: number, read: ReadAt): Promise<AttachmentKind | null> {
  // The end record sits in the last 64 KiB + 22 bytes; offsets found in `tail` are shifted back to the file's.
  const tailStart = Math.max(0, size - 22 - 0xffff);
  const tail = await read(tailStart, size - tailStart);
  const end = findEndRecord(tail);
  if (!end || end.centralDirectorySize > MAX_DIRECTORY || end.centralDirectoryOffset + end.centralDirectorySize > size) return null;
  const directory = await read(end.centralDirectoryOffset, end.centralDirectorySize);
  let at = 0;
  for (let i = 0; i < end.entryCount; i++) {
    const h = readCentralHeader(directory, at);
    if (!h) return null;
    const name = directory.toString('utf8', h.nameStart, h.nameStart + h.nameLength);
    at = h.next;
    if (name !== 'mimetype' && name !== '[Content_Types].xml') continue;
    const content = await entryText(read, size, h.localHeaderOffset, h.method, h.compressedSize);
    if (content === null) return null;
    if (name === 'mimetype') return content.trim() === ODT_MIME ? 'odt' : null;
    if (/wordprocessingml\.document\.main\+xml/.test(content)) return 'docx';
    if (/spreadsheetml\.sheet\.main\+xml/.test(content)) return 'xlsx';
    return null;
  }
  return null;
}

async function entryText(read: ReadAt, size: number, localOffset: number, method: number, compressedSize: number): Promise<string | null> {
  const local = readLocalHeader(await read(localOffset, 30), 0);
  if (!local || compressedSize > MAX_CONTENT_TYPES) return null;
  const dataStart = localOffset + local.dataStart;
  if (dataStart + compressedSize > size) return null;
  const stored = await read(dataStart, compressedSize);
  if (method === 0) return stored.toString('utf8');
  if (method !== 8) return null;
  try {
    return (await inflateRawCounted(stored, MAX_CONTENT_TYPES)).data.toString('utf8');
  } catch {
    return null;
  }
}
