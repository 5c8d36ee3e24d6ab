// A look inside an uploaded .xlsx before exceljs sees it. An .xlsx is a ZIP
// archive; a small hostile one can inflate to gigabytes (a "zip bomb"), and
// the ZIP reader under exceljs only notices a size mismatch after
// inflating. So every entry is inflated here first with a hard cap on the
// output (zlib stops at maxOutputLength), from the same bytes that reader
// will use (the central directory's offsets and compressed sizes).
import { inflateRawSync } from 'node:zlib';
import { END_RECORD_SIZE, findEndRecord, readCentralHeader, readLocalHeader } from '../zip/central-directory';

export const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export interface ZipLimits {
  maxEntries: number;
  /** Total inflated bytes over all entries. */
  maxInflated: number;
}

export type ZipCheck =
  | { ok: true; names: string[]; inflated: number }
  | { ok: false; reason: 'not-zip' | 'unsupported' | 'too-large' };

export function checkZip(buf: Buffer, limits: ZipLimits): ZipCheck {
  if (buf.length < END_RECORD_SIZE || !buf.subarray(0, 4).equals(ZIP_MAGIC)) return { ok: false, reason: 'not-zip' };
  const end = findEndRecord(buf);
  if (end === undefined) return { ok: false, reason: 'not-zip' };
  const count = end.entryCount;
  // ZIP64 and multi-part archives are not what a spreadsheet program writes for a sheet this size.
  if (count === 0xffff || end.centralDirectoryOffset === 0xffffffff || end.disk !== 0) return { ok: false, reason: 'unsupported' };
  if (count > limits.maxEntries) return { ok: false, reason: 'too-large' };

  const names: string[] = [];
  let inflated = 0;
  let p = end.centralDirectoryOffset;
  for (let i = 0; i < count; i++) {
    // A header or local header missing, or not inside the file: a truncated or forged directory.
    const entry = readCentralHeader(buf, p);
    if (entry === undefined) return { ok: false, reason: 'not-zip' };
    // A name cut short by the end of the file is kept as far as it goes: the reader under exceljs
    // refuses such a directory anyway, and so does the next header here, which lies past the end.
    names.push(buf.toString('utf8', entry.nameStart, entry.nameStart + entry.nameLength));
    p = entry.next;

    if (entry.flags & 0x1) return { ok: false, reason: 'unsupported' }; // encrypted
    const local = readLocalHeader(buf, entry.localHeaderOffset);
    if (local === undefined) return { ok: false, reason: 'not-zip' };
    const compressed = entry.compressedSize;
    const start = local.dataStart;
    if (start + compressed > buf.length) return { ok: false, reason: 'not-zip' };
    const data = buf.subarray(start, start + compressed);
    const budget = limits.maxInflated - inflated;
    if (entry.method === 0) {
      inflated += compressed;
    } else if (entry.method === 8) {
      try {
        inflated += inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
      } catch (err) {
        if (err instanceof RangeError) return { ok: false, reason: 'too-large' };
        return { ok: false, reason: 'not-zip' };
      }
    } else {
      return { ok: false, reason: 'unsupported' };
    }
    if (inflated > limits.maxInflated) return { ok: false, reason: 'too-large' };
  }
  return { ok: true, names, inflated };
}
