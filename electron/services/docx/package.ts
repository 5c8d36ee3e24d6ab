// The last step of a Word export: the body put into docx's package, and the
// package made the same for the same data. docx zips every part with the
// time of the call; here the parts are zipped again, in docx's order, dated
// with the data date.
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { findEndRecord, readCentralHeader, readLocalHeader } from '../zip/central-directory';

/** DOS date and time (two-second steps) of an ISO timestamp, read as UTC. */
export function dosDateTime(iso: string): { date: number; time: number } {
  const d = new Date(iso);
  const year = Math.min(Math.max(d.getUTCFullYear(), 1980), 2107);
  return {
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
  };
}

/** The parts of a zip docx wrote (stored or deflated), in its order. */
function readParts(bytes: Buffer): [string, Buffer][] {
  const end = findEndRecord(bytes);
  if (!end) throw new Error('docx wrote no zip file');
  const out: [string, Buffer][] = [];
  let at = end.centralDirectoryOffset;
  for (let i = 0; i < end.entryCount; i++) {
    const c = readCentralHeader(bytes, at);
    const local = c && readLocalHeader(bytes, c.localHeaderOffset);
    if (!c || !local) throw new Error('docx wrote a broken zip file');
    const stored = bytes.subarray(local.dataStart, local.dataStart + c.compressedSize);
    out.push([bytes.subarray(c.nameStart, c.nameStart + c.nameLength).toString('utf8'), c.method === 8 ? inflateRawSync(stored) : Buffer.from(stored)]);
    at = c.next;
  }
  return out;
}

/** A zip of `parts`, deflated, every entry dated `iso`. */
export function writeZip(parts: readonly [string, Buffer][], iso: string): Buffer {
  const { date, time } = dosDateTime(iso);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, deflated);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** docx's package with its document.xml passed through `body`, made reproducible: same data, same bytes. */
export function reproducible(bytes: Buffer, iso: string, body: (documentXml: string) => string): Buffer {
  const parts = readParts(bytes).map(([name, data]): [string, Buffer] => (name === 'word/document.xml' ? [name, Buffer.from(body(data.toString('utf8')), 'utf8')] : [name, data]));
  return writeZip(parts, iso);
}
