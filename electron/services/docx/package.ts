// The last step of a Word export: the body put into docx's package, and the
// package made the same for the same data. docx zips every part with the
// time of the call; here the parts are zipped again (zip/write.ts), in
// docx's order, dated with the data date.
import { inflateRawSync } from 'node:zlib';
import { findEndRecord, readCentralHeader, readLocalHeader } from '../zip/central-directory';
import { zipBuffers } from '../zip/write';

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

/** docx's package with its document.xml passed through `body`, made reproducible: same data, same bytes. */
export function reproducible(bytes: Buffer, iso: string, body: (documentXml: string) => string): Promise<Buffer> {
  const parts = readParts(bytes).map(([name, data]) => ({ name, data: name === 'word/document.xml' ? Buffer.from(body(data.toString('utf8')), 'utf8') : data }));
  // The data date's own fields, read as UTC, built in local time as the zip writer reads them.
  const d = new Date(iso);
  const mtime = new Date(Math.min(Math.max(d.getUTCFullYear(), 1980), 2107), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
  return zipBuffers(parts, mtime);
}
