// The ZIP structure reader on its own: archives written by the raw writer
// (every field under the test's control), read back field by field, and the
// edges where a reader goes wrong: truncation, comments up to the 16-bit
// limit, signatures inside a comment, ZIP64's saturated fields, headers at
// the very end of the buffer, names that are not ASCII or not UTF-8.
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  CENTRAL_HEADER_SIZE,
  END_RECORD_SIZE,
  LOCAL_HEADER_SIZE,
  MAX_COMMENT_LENGTH,
  findEndRecord,
  readCentralHeader,
  readDataDescriptor,
  readEndRecord,
  readLocalHeader,
} from '../../../electron/services/zip/central-directory';
import { buildZip } from '../bundles/raw-zip';

const text = (s: string) => Buffer.from(s, 'utf8');
/** "Përçë.xml" as a DOS program writes it (CP437: ë = 0x89, ç = 0x87): not valid UTF-8. */
const CP437_NAME = Buffer.from([0x50, 0x89, 0x72, 0x87, 0x89, 0x2e, 0x78, 0x6d, 0x6c]);

function sample(comment?: Buffer) {
  return buildZip(
    [
      { name: 'Përmbledhje/çështje.txt', data: text('Ëndërr e çelur') },
      { name: CP437_NAME, data: Buffer.alloc(300, 0x41), method: 0, extra: Buffer.from([0xfe, 0xca, 2, 0, 7, 7]), comment: text('shënim') },
      { name: 'zero', data: Buffer.alloc(0), externalAttributes: 0x10 },
    ],
    comment === undefined ? {} : { comment },
  );
}

/** Every central header, following `next` from the end record's offset. */
function walk(bytes: Buffer) {
  const end = findEndRecord(bytes)!;
  const headers = [];
  let p = end.centralDirectoryOffset;
  for (let i = 0; i < end.entryCount; i++) {
    const h = readCentralHeader(bytes, p)!;
    headers.push(h);
    p = h.next;
  }
  return { end, headers, after: p };
}

describe('the end record', () => {
  it('is read field by field where it starts', () => {
    const zip = buildZip([{ name: 'a', data: text('x') }], { disk: 3, entryCount: 7 });
    const at = zip.length - END_RECORD_SIZE;
    expect(readEndRecord(zip, at)).toEqual({
      offset: at,
      disk: 3,
      centralDirectoryDisk: 0,
      entriesOnDisk: 7,
      entryCount: 7,
      centralDirectorySize: CENTRAL_HEADER_SIZE + 1,
      centralDirectoryOffset: LOCAL_HEADER_SIZE + 1 + deflateRawSync(text('x')).length,
      commentLength: 0,
    });
  });

  it('is not read where its signature is missing or its 22 bytes do not fit', () => {
    const zip = sample();
    const at = zip.length - END_RECORD_SIZE;
    expect(readEndRecord(zip, at - 1)).toBeUndefined();
    expect(readEndRecord(zip.subarray(0, zip.length - 1), at)).toBeUndefined();
    expect(readEndRecord(zip, zip.length)).toBeUndefined();
    expect(readEndRecord(zip, -1)).toBeUndefined();
    expect(readEndRecord(zip, at + 0.5)).toBeUndefined();
    expect(readEndRecord(Buffer.alloc(0), 0)).toBeUndefined();
  });

  it('returns the ZIP64 markers as stored, without looking for a ZIP64 record', () => {
    const zip = Buffer.from(sample());
    const at = zip.length - END_RECORD_SIZE;
    zip.writeUInt16LE(0xffff, at + 8);
    zip.writeUInt16LE(0xffff, at + 10);
    zip.writeUInt32LE(0xffffffff, at + 12);
    zip.writeUInt32LE(0xffffffff, at + 16);
    expect(readEndRecord(zip, at)).toMatchObject({ entriesOnDisk: 0xffff, entryCount: 0xffff, centralDirectorySize: 0xffffffff, centralDirectoryOffset: 0xffffffff });
  });

  it('is found at the end of an archive without a comment, and is the whole of an empty archive', () => {
    const zip = sample();
    expect(findEndRecord(zip)?.offset).toBe(zip.length - END_RECORD_SIZE);
    const empty = buildZip([]);
    expect(empty.length).toBe(END_RECORD_SIZE);
    expect(findEndRecord(empty)).toMatchObject({ offset: 0, entryCount: 0, centralDirectoryOffset: 0 });
  });

  it('is found before a comment, up to the longest comment the format allows', () => {
    const short = sample(text('Komenti i arkivës'));
    expect(findEndRecord(short)).toMatchObject({ offset: short.length - END_RECORD_SIZE - text('Komenti i arkivës').length, commentLength: text('Komenti i arkivës').length });
    const longest = sample(Buffer.alloc(MAX_COMMENT_LENGTH, 0x20));
    expect(findEndRecord(longest)).toMatchObject({ offset: longest.length - END_RECORD_SIZE - MAX_COMMENT_LENGTH, commentLength: MAX_COMMENT_LENGTH });
  });

  it('is not looked for further back than the longest comment could push it', () => {
    const zip = sample(Buffer.alloc(MAX_COMMENT_LENGTH, 0x20));
    expect(findEndRecord(Buffer.concat([zip, Buffer.alloc(1)]))).toBeUndefined();
  });

  it('is, when a comment carries a signature, the last one: judging it is the caller’s business', () => {
    const zip = sample();
    const inner = zip.subarray(zip.length - END_RECORD_SIZE);
    const withForgery = sample(Buffer.concat([text('× '), inner]));
    const found = findEndRecord(withForgery)!;
    expect(found.offset).toBe(withForgery.length - END_RECORD_SIZE);
    // Starting before it finds the real one, whose comment ends the file.
    const real = findEndRecord(withForgery, found.offset - 1)!;
    expect(real.offset + END_RECORD_SIZE + real.commentLength).toBe(withForgery.length);
  });

  it('is not found in a buffer too short to hold one, nor in one without a signature, nor after `from`', () => {
    expect(findEndRecord(Buffer.alloc(0))).toBeUndefined();
    expect(findEndRecord(Buffer.from([0x50, 0x4b, 0x05, 0x06]))).toBeUndefined();
    expect(findEndRecord(Buffer.alloc(5000, 0x50))).toBeUndefined();
    const zip = sample();
    expect(findEndRecord(zip, zip.length - END_RECORD_SIZE - 1)).toBeUndefined();
    expect(findEndRecord(zip, -5)).toBeUndefined();
    // A `from` past the last place a record fits reads nothing beyond the buffer.
    expect(findEndRecord(zip, zip.length + 100)?.offset).toBe(zip.length - END_RECORD_SIZE);
  });

  it('is found when it is cut short only if its fixed 22 bytes are all there', () => {
    const zip = sample();
    expect(findEndRecord(zip.subarray(0, zip.length - 1))).toBeUndefined();
  });
});

describe('central headers', () => {
  it('are read field by field, and `next` chains them to the end record', () => {
    const zip = sample();
    const { end, headers, after } = walk(zip);
    expect(after).toBe(end.offset);
    expect(headers.map((h) => h.offset)).toEqual([end.centralDirectoryOffset, headers[0]!.next, headers[1]!.next]);
    const first = text('Përmbledhje/çështje.txt');
    expect(headers[0]).toEqual({
      offset: end.centralDirectoryOffset,
      versionMadeBy: 0x033f,
      versionNeeded: 20,
      flags: 0x0800,
      method: 8,
      modTime: 0,
      modDate: ((2020 - 1980) << 9) | (1 << 5) | 1,
      crc32: crc32(text('Ëndërr e çelur')),
      compressedSize: deflateRawSync(text('Ëndërr e çelur')).length,
      uncompressedSize: text('Ëndërr e çelur').length,
      nameLength: first.length,
      extraLength: 0,
      commentLength: 0,
      diskStart: 0,
      internalAttributes: 0,
      externalAttributes: (0o100644 << 16) >>> 0,
      localHeaderOffset: 0,
      nameStart: end.centralDirectoryOffset + CENTRAL_HEADER_SIZE,
      next: end.centralDirectoryOffset + CENTRAL_HEADER_SIZE + first.length,
    });
    expect(headers[1]).toMatchObject({ method: 0, compressedSize: 300, uncompressedSize: 300, extraLength: 6, commentLength: text('shënim').length });
    expect(headers[1]!.next).toBe(headers[1]!.nameStart + CP437_NAME.length + 6 + text('shënim').length);
    expect(headers[2]).toMatchObject({ compressedSize: deflateRawSync(Buffer.alloc(0)).length, uncompressedSize: 0, externalAttributes: 0x10 });
  });

  it('give names as bytes, UTF-8 or not, for the caller to decode', () => {
    const zip = sample();
    const [utf8, cp437] = walk(zip).headers;
    expect(zip.toString('utf8', utf8!.nameStart, utf8!.nameStart + utf8!.nameLength)).toBe('Përmbledhje/çështje.txt');
    expect(utf8!.nameLength).toBe('Përmbledhje/çështje.txt'.length + 3);
    expect(zip.subarray(cp437!.nameStart, cp437!.nameStart + cp437!.nameLength)).toEqual(CP437_NAME);
  });

  it('are not read where the signature is missing or the fixed 46 bytes do not fit', () => {
    const zip = sample();
    const { headers, end } = walk(zip);
    expect(readCentralHeader(zip, headers[0]!.offset + 1)).toBeUndefined();
    expect(readCentralHeader(zip, 0)).toBeUndefined(); // a local header is not a central one
    expect(readCentralHeader(zip, end.offset)).toBeUndefined();
    const last = headers[2]!;
    expect(readCentralHeader(zip.subarray(0, last.offset + CENTRAL_HEADER_SIZE - 1), last.offset)).toBeUndefined();
    expect(readCentralHeader(zip, 0xffffffff)).toBeUndefined();
  });

  it('leave the variable fields to the caller: a name running past the end is reported by length, not read', () => {
    const zip = Buffer.from(sample());
    const last = walk(zip).headers[2]!;
    zip.writeUInt16LE(0xffff, last.offset + 28);
    const h = readCentralHeader(zip, last.offset)!;
    expect(h.nameLength).toBe(0xffff);
    expect(h.next).toBeGreaterThan(zip.length);
    expect(readCentralHeader(zip, h.next)).toBeUndefined();
  });
});

describe('local headers', () => {
  it('are read field by field, with where the name, the extra field and the data start', () => {
    const zip = sample();
    const [, cp437] = walk(zip).headers;
    const local = readLocalHeader(zip, cp437!.localHeaderOffset)!;
    expect(local).toEqual({
      offset: cp437!.localHeaderOffset,
      versionNeeded: 20,
      flags: 0x0800,
      method: 0,
      modTime: 0,
      modDate: ((2020 - 1980) << 9) | (1 << 5) | 1,
      crc32: crc32(Buffer.alloc(300, 0x41)),
      compressedSize: 300,
      uncompressedSize: 300,
      nameLength: CP437_NAME.length,
      extraLength: 6,
      nameStart: cp437!.localHeaderOffset + LOCAL_HEADER_SIZE,
      extraStart: cp437!.localHeaderOffset + LOCAL_HEADER_SIZE + CP437_NAME.length,
      dataStart: cp437!.localHeaderOffset + LOCAL_HEADER_SIZE + CP437_NAME.length + 6,
    });
    expect(zip.subarray(local.nameStart, local.extraStart)).toEqual(CP437_NAME);
    expect(zip.subarray(local.extraStart, local.dataStart)).toEqual(Buffer.from([0xfe, 0xca, 2, 0, 7, 7]));
    expect(zip.subarray(local.dataStart, local.dataStart + local.compressedSize)).toEqual(Buffer.alloc(300, 0x41));
  });

  it('are not read where the signature is missing or the fixed 30 bytes do not fit', () => {
    const zip = sample();
    expect(readLocalHeader(zip, 1)).toBeUndefined();
    expect(readLocalHeader(zip, walk(zip).end.centralDirectoryOffset)).toBeUndefined();
    expect(readLocalHeader(zip.subarray(0, LOCAL_HEADER_SIZE - 1), 0)).toBeUndefined();
    expect(readLocalHeader(zip.subarray(0, LOCAL_HEADER_SIZE), 0)).toMatchObject({ offset: 0, dataStart: LOCAL_HEADER_SIZE + text('Përmbledhje/çështje.txt').length });
    expect(readLocalHeader(zip, zip.length)).toBeUndefined();
  });
});

describe('data descriptors', () => {
  const content = text('Të dhëna pas të dhënave');
  const zip = buildZip([{ name: 'a.json', data: content, descriptor: true }]);
  const local = readLocalHeader(zip, 0)!;
  const central = walk(zip).headers[0]!;
  const at = local.dataStart + central.compressedSize;

  it('are read with their signature, while the local header carries zeros', () => {
    expect(local).toMatchObject({ flags: 0x0808, crc32: 0, compressedSize: 0, uncompressedSize: 0 });
    expect(readDataDescriptor(zip, at)).toEqual({ signed: true, crc32: crc32(content), compressedSize: central.compressedSize, uncompressedSize: content.length, next: at + 16 });
  });

  it('are read without the optional signature', () => {
    const unsigned = Buffer.concat([zip.subarray(0, at), zip.subarray(at + 4)]);
    expect(readDataDescriptor(unsigned, at)).toEqual({ signed: false, crc32: crc32(content), compressedSize: central.compressedSize, uncompressedSize: content.length, next: at + 12 });
    expect(readDataDescriptor(unsigned, at, at + 12)?.next).toBe(at + 12);
    expect(readDataDescriptor(unsigned, at, at + 11)).toBeUndefined();
  });

  it('must end at or before the bound the caller gives, and inside the buffer', () => {
    expect(readDataDescriptor(zip, at, at + 16)?.next).toBe(at + 16);
    // A signature whose fields do not fit is a descriptor cut short, not an unsigned one that does.
    expect(readDataDescriptor(zip, at, at + 15)).toBeUndefined();
    expect(readDataDescriptor(zip, at, at + 3)).toBeUndefined();
    expect(readDataDescriptor(zip.subarray(0, at + 11), at)).toBeUndefined();
    expect(readDataDescriptor(zip, at, zip.length + 1000)?.next).toBe(at + 16);
    expect(readDataDescriptor(zip, -1)).toBeUndefined();
  });
});
