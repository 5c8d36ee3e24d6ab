// Reading an interchange file from disk: the size is checked on the file
// itself, before a byte is read, so a wrong choice in a file dialog (a video,
// a disk image) is refused at once instead of filling memory.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { AppError } from '../../../shared/api/errors';
import type { InterchangeIssue } from './issues';
import { type ParseOptions, type ParseResult, MAX_INTERCHANGE_BYTES, decodeInterchange, parseInterchange, tooLarge } from './parse';

function readBounded(path: string, maxBytes: number): { ok: true; bytes: Buffer } | { ok: false; size: number } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw new AppError('file-unreadable', { params: { path } }, (err as Error).message);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new AppError('file-unreadable', { params: { path } }, 'not a regular file');
    if (stat.size > maxBytes) return { ok: false, size: stat.size };
    // One byte more than allowed, in case the file grows while being read.
    const buf = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let total = 0;
    for (;;) {
      const n = readSync(fd, buf, total, buf.length - total, null);
      if (n === 0) break;
      total += n;
      if (total === buf.length) break;
    }
    if (total > maxBytes) return { ok: false, size: total };
    return { ok: true, bytes: buf.subarray(0, total) };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('file-unreadable', { params: { path } }, (err as Error).message);
  } finally {
    closeSync(fd);
  }
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
