// Writing a ZIP archive entry by entry to a stream, for archives whose
// entries are too large to hold together in memory (bundles with
// attachments). The layout is byte for byte yazl's with the options of
// write.ts (UTF-8 names, DOS timestamp, no extra fields, no comments, no
// zip64) — a test holds the two to the same bytes — with one difference
// yazl cannot offer for a stream: a streamed entry's CRC and size are given
// up front (the caller has read the file once to hash it), so its local
// header carries them and no data descriptor follows. Streamed entries are
// stored, not deflated: the compressed size must be known before the data.
import type { Readable, Writable } from 'node:stream';
import { deflateRawSync, crc32 } from 'node:zlib';
import { ENTRY_MODE } from './write';

export type StreamZipEntry =
  | { name: string; data: Buffer; compress: boolean }
  | { name: string; size: number; crc32: number; open: () => Readable };

const VERSION_MADE_BY = (3 << 8) | 63;
const VERSION_NEEDED = 20;
const FLAG_UTF8 = 1 << 11;

function dosDateTime(d: Date): { date: number; time: number } {
  const date = ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate();
  const time = (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2);
  return { date, time };
}

interface Written {
  name: Buffer;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** The fields a local and a central header share, from "version needed" to the extra field's length (none). */
function writeEntryFields(b: Buffer, at: number, w: Written, time: number, date: number): void {
  b.writeUInt16LE(VERSION_NEEDED, at);
  b.writeUInt16LE(FLAG_UTF8, at + 2);
  b.writeUInt16LE(w.method, at + 4);
  b.writeUInt16LE(time, at + 6);
  b.writeUInt16LE(date, at + 8);
  b.writeUInt32LE(w.crc32, at + 10);
  b.writeUInt32LE(w.compressedSize, at + 14);
  b.writeUInt32LE(w.size, at + 18);
  b.writeUInt16LE(w.name.length, at + 22);
  b.writeUInt16LE(0, at + 24);
}

/** Promise-returning write that honours backpressure. */
function writeTo(out: Writable, chunk: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (e: Error) => reject(e);
    out.once('error', onError);
    const ok = out.write(chunk, (err) => {
      if (err) reject(err);
    });
    const done = () => {
      out.off('error', onError);
      resolve();
    };
    if (ok) done();
    else out.once('drain', done);
  });
}

/** Writes the archive to `out` (not ended here) and returns its length in bytes. */
export async function writeZipStream(entries: readonly StreamZipEntry[], mtime: Date, out: Writable): Promise<number> {
  const { date, time } = dosDateTime(mtime);
  const written: Written[] = [];
  let cursor = 0;
  const emit = async (b: Buffer) => {
    await writeTo(out, b);
    cursor += b.length;
  };
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    let w: Written;
    let data: Buffer | null = null;
    if ('data' in e) {
      data = e.compress ? deflateRawSync(e.data) : e.data;
      w = { name, method: e.compress ? 8 : 0, crc32: crc32(e.data), compressedSize: data.length, size: e.data.length, offset: cursor };
    } else {
      w = { name, method: 0, crc32: e.crc32, compressedSize: e.size, size: e.size, offset: cursor };
    }
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(h, 4, w, time, date);
    await emit(Buffer.concat([h, name]));
    if (data !== null) {
      await emit(data);
    } else {
      let n = 0;
      for await (const chunk of (e as { open: () => Readable }).open()) {
        n += (chunk as Buffer).length;
        await emit(chunk as Buffer);
      }
      // The header already promised a size: a file that changed under us would make a lying archive.
      if (n !== w.size) throw new Error(`${e.name}: ${n} bytes streamed, ${w.size} expected`);
    }
    written.push(w);
  }
  const cdStart = cursor;
  for (const w of written) {
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(VERSION_MADE_BY, 4);
    writeEntryFields(c, 6, w, time, date);
    c.writeUInt32LE((ENTRY_MODE << 16) >>> 0, 38);
    c.writeUInt32LE(w.offset, 42);
    await emit(Buffer.concat([c, w.name]));
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(written.length, 8);
  end.writeUInt16LE(written.length, 10);
  end.writeUInt32LE(cursor - cdStart, 12);
  end.writeUInt32LE(cdStart, 16);
  await emit(end);
  return cursor;
}
