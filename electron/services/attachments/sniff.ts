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

export async function sniffKind(bytes: Buffer): Promise<AttachmentKind | null> {
  if (starts(bytes, PDF)) return 'pdf';
  if (starts(bytes, PNG)) return 'png';
  if (starts(bytes, JPEG)) return 'jpg';
  if (starts(bytes, ZIP)) return sniffPackage(bytes);
  return null;
}

async function sniffPackage(bytes: Buffer): Promise<AttachmentKind | null> {
  const end = findEndRecord(bytes);
  if (!end) return null;
  let at = end.centralDirectoryOffset;
  for (let i = 0; i < end.entryCount; i++) {
    const h = readCentralHeader(bytes, at);
    if (!h) return null;
    const name = bytes.toString('utf8', h.nameStart, h.nameStart + h.nameLength);
    at = h.next;
    if (name !== 'mimetype' && name !== '[Content_Types].xml') continue;
    const content = await entryText(bytes, h.localHeaderOffset, h.method, h.compressedSize);
    if (content === null) return null;
    if (name === 'mimetype') return content.trim() === ODT_MIME ? 'odt' : null;
    if (/wordprocessingml\.document\.main\+xml/.test(content)) return 'docx';
    if (/spreadsheetml\.sheet\.main\+xml/.test(content)) return 'xlsx';
    return null;
  }
  return null;
}

async function entryText(bytes: Buffer, localOffset: number, method: number, compressedSize: number): Promise<string | null> {
  const local = readLocalHeader(bytes, localOffset);
  if (!local || local.dataStart + compressedSize > bytes.length || compressedSize > MAX_CONTENT_TYPES) return null;
  const stored = bytes.subarray(local.dataStart, local.dataStart + compressedSize);
  if (method === 0) return stored.toString('utf8');
  if (method !== 8) return null;
  try {
    return (await inflateRawCounted(stored, MAX_CONTENT_TYPES)).data.toString('utf8');
  } catch {
    return null;
  }
}
