// Reading an interchange file from disk: the size is checked on the file
// itself, before a byte is read, so a wrong choice in a file dialog (a video,
// a disk image) is refused at once instead of filling memory.
import { withRegularFile } from '../files/regular-file';
import type { InterchangeIssue } from './issues';
import { type ParseOptions, type ParseResult, MAX_INTERCHANGE_BYTES, decodeInterchange, parseInterchange, tooLarge } from './parse';

function readBounded(path: string, maxBytes: number): { ok: true; bytes: Buffer } | { ok: false; size: number } {
  return withRegularFile(path, (size, readUpTo) => {
    if (size > maxBytes) return { ok: false, size };
    // One byte more than allowed, in case the file grows while being read.
    const bytes = readUpTo(Math.min(size, maxBytes) + 1);
    return bytes.length > maxBytes ? { ok: false, size: bytes.length } : { ok: true, bytes };
  });
}

/** A file's bytes, or the file-too-large issue; an unreadable file throws AppError('file-unreadable'). */
export function readInterchangeBytes(path: string, maxBytes = MAX_INTERCHANGE_BYTES): { ok: true; bytes: Buffer } | { ok: false; issues: InterchangeIssue[] } {
  const read = readBounded(path, maxBytes);
  return read.ok ? read : { ok: false, issues: [tooLarge(read.size, maxBytes)] };
}

/** Reads, decodes and parses a file; an unreadable file throws AppError('file-unreadable'). */
export function readInterchangeFile(path: string, options: ParseOptions = {}): ParseResult {
  const maxBytes = options.maxBytes ?? MAX_INTERCHANGE_BYTES;
  const read = readInterchangeBytes(path, maxBytes);
  if (!read.ok) return read;
  const decoded = decodeInterchange(read.bytes, maxBytes);
  if (!decoded.ok) return decoded;
  return parseInterchange(decoded.text, options);
}
