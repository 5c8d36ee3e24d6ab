// The streaming ZIP writer lays entries out byte for byte as yazl does with
// the bundle writer's options, streamed entries included (stored, their CRC
// and size given up front, so no data descriptor), and refuses a stream
// that delivers another size than its header promised.
import { randomBytes } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeZipStream, type StreamZipEntry } from '../../../electron/services/zip/stream-write';
import { zipBuffers } from '../../../electron/services/zip/write';

const MTIME = new Date(2020, 0, 1, 0, 0, 0, 0);

async function streamed(entries: StreamZipEntry[]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const n = await writeZipStream(entries, MTIME, out);
  const bytes = Buffer.concat(chunks);
  expect(bytes.length).toBe(n);
  return bytes;
}

describe('writeZipStream', () => {
  it('writes the same bytes as yazl for buffers (deflated and stored) and for streamed entries', async () => {
    const text = Buffer.from('Regjistri i pronësisë përfituese. '.repeat(500), 'utf8');
    const body = randomBytes(700 * 1024 + 3);
    const yazl = await zipBuffers(
      [
        { name: 'manifest.json', data: text },
        { name: 'data/records.json', data: Buffer.alloc(0) },
        { name: 'data/att/a.png', data: body, compress: false },
      ],
      MTIME,
    );
    const ours = await streamed([
      { name: 'manifest.json', data: text, compress: true },
      { name: 'data/records.json', data: Buffer.alloc(0), compress: true },
      { name: 'data/att/a.png', size: body.length, crc32: crc32(body), open: () => Readable.from([body.subarray(0, 1000), body.subarray(1000)]) },
    ]);
    expect(ours.equals(yazl)).toBe(true);
  });

  it('refuses a streamed entry that is not the size its header says', async () => {
    const body = randomBytes(100);
    await expect(streamed([{ name: 'x', size: 101, crc32: crc32(body), open: () => Readable.from([body]) }])).rejects.toThrow(/100 bytes streamed, 101 expected/);
  });
});
