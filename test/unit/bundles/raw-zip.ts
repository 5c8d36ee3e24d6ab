// A ZIP writer by hand (local headers, central directory, end record) for
// crafting the malicious archives yazl refuses to produce: duplicate names,
// symlinks, comments, lying sizes, overlapping entries, junk around the
// archive. Every field a test may want to lie about can be overridden; by
// default it writes the same well-formed layout as the real writer.
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface RawEntry {
  name: string | Buffer;
  /** Uncompressed content. */
  data?: Buffer;
  /** Compression method written in both headers (default 8). Methods other than 8 store `data` as is. */
  method?: number;
  /** The stored (compressed) bytes, instead of compressing `data`. */
  stored?: Buffer;
  /** General purpose flags (default 0x0800, UTF-8 names). */
  flags?: number;
  /** External attributes (default a regular file, 0o100644, in the Unix high half). */
  externalAttributes?: number;
  versionMadeBy?: number;
  /** Lies, written in both headers unless `centralOnly`. */
  crc32?: number;
  compressedSize?: number;
  uncompressedSize?: number;
  /** Extra field written in both headers, unless `localExtra` / `centralExtra` says otherwise for one of them. */
  extra?: Buffer;
  localExtra?: Buffer;
  centralExtra?: Buffer;
  /** Sizes and CRC written in the local header only (by default the real ones, or zeros with a descriptor). */
  localSizes?: { crc32?: number; compressedSize?: number; uncompressedSize?: number };
  /** Flags written in the local header only. */
  localFlags?: number;
  /** Header fields the writer keeps constant, overridden in both headers (`local*` in the local one only). */
  versionNeeded?: number;
  modTime?: number;
  modDate?: number;
  localModDate?: number;
  /** Central only. */
  diskStart?: number;
  internalAttributes?: number;
  /** Per-entry comment (central directory only, as the format has it). */
  comment?: Buffer;
  /** A different name in the local header. */
  localName?: string | Buffer;
  /** Write no local header/data; the central record points at `localOffsetOf` (an earlier entry's index). */
  centralOnlyPointingAt?: number;
  /** Write bit 3 and a data descriptor (with signature) after the data. */
  descriptor?: boolean;
}

export interface RawZipOptions {
  comment?: Buffer;
  prepend?: Buffer;
  append?: Buffer;
  /** Written into the end record's "number of this disk". */
  disk?: number;
  /** Written into both entry counts of the end record. */
  entryCount?: number;
}

const buf = (s: string | Buffer) => (typeof s === 'string' ? Buffer.from(s, 'utf8') : s);
const DOS_TIME = 0; // 00:00:00
const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1; // 2020-01-01

export function buildZip(entries: readonly RawEntry[], opts: RawZipOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = buf(e.name);
    const data = e.data ?? Buffer.alloc(0);
    const method = e.method ?? 8;
    const stored = e.stored ?? (method === 8 ? deflateRawSync(data) : data);
    const flags = (e.flags ?? 0x0800) | (e.descriptor ? 0x0008 : 0);
    const crc = e.crc32 ?? crc32(data);
    const csize = e.compressedSize ?? stored.length;
    const usize = e.uncompressedSize ?? data.length;
    const extra = e.extra ?? Buffer.alloc(0);
    const localExtra = e.localExtra ?? extra;
    const centralExtra = e.centralExtra ?? extra;
    const comment = e.comment ?? Buffer.alloc(0);

    let localOffset: number;
    if (e.centralOnlyPointingAt !== undefined) {
      localOffset = offsets[e.centralOnlyPointingAt]!;
    } else {
      localOffset = offset;
      const localName = buf(e.localName ?? e.name);
      const h = Buffer.alloc(30);
      h.writeUInt32LE(0x04034b50, 0);
      h.writeUInt16LE(e.versionNeeded ?? 20, 4);
      h.writeUInt16LE(e.localFlags ?? flags, 6);
      h.writeUInt16LE(method, 8);
      h.writeUInt16LE(e.modTime ?? DOS_TIME, 10);
      h.writeUInt16LE(e.localModDate ?? e.modDate ?? DOS_DATE, 12);
      h.writeUInt32LE(e.localSizes?.crc32 ?? (e.descriptor ? 0 : crc), 14);
      h.writeUInt32LE(e.localSizes?.compressedSize ?? (e.descriptor ? 0 : csize), 18);
      h.writeUInt32LE(e.localSizes?.uncompressedSize ?? (e.descriptor ? 0 : usize), 22);
      h.writeUInt16LE(localName.length, 26);
      h.writeUInt16LE(localExtra.length, 28);
      const parts = [h, localName, localExtra, stored];
      if (e.descriptor) {
        const d = Buffer.alloc(16);
        d.writeUInt32LE(0x08074b50, 0);
        d.writeUInt32LE(crc, 4);
        d.writeUInt32LE(csize, 8);
        d.writeUInt32LE(usize, 12);
        parts.push(d);
      }
      const local = Buffer.concat(parts);
      locals.push(local);
      offset += local.length;
    }
    offsets.push(localOffset);

    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    // Unix, ZIP 6.3: what yazl writes (the reader refuses any other value).
    c.writeUInt16LE(e.versionMadeBy ?? 0x033f, 4);
    c.writeUInt16LE(e.versionNeeded ?? 20, 6);
    c.writeUInt16LE(flags, 8);
    c.writeUInt16LE(method, 10);
    c.writeUInt16LE(e.modTime ?? DOS_TIME, 12);
    c.writeUInt16LE(e.modDate ?? DOS_DATE, 14);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(csize, 20);
    c.writeUInt32LE(usize, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt16LE(centralExtra.length, 30);
    c.writeUInt16LE(comment.length, 32);
    c.writeUInt16LE(e.diskStart ?? 0, 34);
    c.writeUInt16LE(e.internalAttributes ?? 0, 36);
    c.writeUInt32LE(e.externalAttributes ?? (0o100644 << 16) >>> 0, 38);
    c.writeUInt32LE(localOffset, 42);
    centrals.push(Buffer.concat([c, name, centralExtra, comment]));
  }
  const cd = Buffer.concat(centrals);
  const comment = opts.comment ?? Buffer.alloc(0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(opts.disk ?? 0, 4);
  end.writeUInt16LE(0, 6);
  end.writeUInt16LE(opts.entryCount ?? entries.length, 8);
  end.writeUInt16LE(opts.entryCount ?? entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([opts.prepend ?? Buffer.alloc(0), ...locals, cd, end, comment, opts.append ?? Buffer.alloc(0)]);
}

/** The entries of a well-formed archive (the golden bundles), in archive order, inflated. */
export function listZip(bytes: Buffer): { name: string; data: Buffer }[] {
  const end = bytes.length - 22;
  const count = bytes.readUInt16LE(end + 10);
  let p = bytes.readUInt32LE(end + 16);
  const out: { name: string; data: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    const method = bytes.readUInt16LE(p + 10);
    const csize = bytes.readUInt32LE(p + 20);
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    const local = bytes.readUInt32LE(p + 42);
    const name = bytes.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const stored = bytes.subarray(dataStart, dataStart + csize);
    out.push({ name, data: method === 8 ? inflateRawSync(stored) : Buffer.from(stored) });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}
