// A look inside an uploaded .xlsx before exceljs sees it. An .xlsx is a ZIP
// archive; a small hostile one can inflate to gigabytes (a "zip bomb"), and
// the ZIP reader under exceljs only notices a size mismatch after
// inflating. So every entry is inflated here first with a hard cap on the
// output (zlib stops at maxOutputLength), from the same bytes that reader
// will use (the central directory's offsets and compressed sizes).
import { inflateRawSync } from 'node:zlib';

export const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export interface ZipLimits {
  maxEntries: number;
  /** Total inflated bytes over all entries. */
  maxInflated: number;
}

export type ZipCheck =
  | { ok: true; names: string[]; inflated: number }
  | { ok: false; reason: 'not-zip' | 'unsupported' | 'too-large' };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of up to 65535 bytes, at the end.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let p = buf.length - 22; p >= stop; p--) if (buf.readUInt32LE(p) === EOCD) return p;
  return -1;
}

export function checkZip(buf: Buffer, limits: ZipLimits): ZipCheck {
  if (buf.length < 22 || !buf.subarray(0, 4).equals(ZIP_MAGIC)) return { ok: false, reason: 'not-zip' };
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return { ok: false, reason: 'not-zip' };
  const count = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  // ZIP64 and multi-part archives are not what a spreadsheet program writes for a sheet this size.
  if (count === 0xffff || cdOffset === 0xffffffff || buf.readUInt16LE(eocd + 4) !== 0) return { ok: false, reason: 'unsupported' };
  if (count > limits.maxEntries) return { ok: false, reason: 'too-large' };

  const names: string[] = [];
  let inflated = 0;
  let p = cdOffset;
  try {
    for (let i = 0; i < count; i++) {
      if (buf.readUInt32LE(p) !== CENTRAL) return { ok: false, reason: 'not-zip' };
      const flags = buf.readUInt16LE(p + 8);
      const method = buf.readUInt16LE(p + 10);
      const compressed = buf.readUInt32LE(p + 20);
      const nameLen = buf.readUInt16LE(p + 28);
      const extraLen = buf.readUInt16LE(p + 30);
      const commentLen = buf.readUInt16LE(p + 32);
      const local = buf.readUInt32LE(p + 42);
      names.push(buf.toString('utf8', p + 46, p + 46 + nameLen));
      p += 46 + nameLen + extraLen + commentLen;

      if (flags & 0x1) return { ok: false, reason: 'unsupported' }; // encrypted
      if (buf.readUInt32LE(local) !== LOCAL) return { ok: false, reason: 'not-zip' };
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      if (start + compressed > buf.length) return { ok: false, reason: 'not-zip' };
      const data = buf.subarray(start, start + compressed);
      const budget = limits.maxInflated - inflated;
      if (method === 0) {
        inflated += compressed;
      } else if (method === 8) {
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
  } catch {
    // A read past the end of the buffer: a truncated or forged directory.
    return { ok: false, reason: 'not-zip' };
  }
  return { ok: true, names, inflated };
}
