// inflateRawCounted is how the bundle profile finds bytes hidden after a
// deflate stream: what it reports as consumed must end exactly where the
// stream ends, whatever follows and however the input is compressed.
import { randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflateRawCounted } from '../../../electron/services/zip/inflate';
import { prng } from '../../helpers/prng';

describe('inflateRawCounted', () => {
  it('counts the input up to the end of the stream, whatever follows it', async () => {
    const random = prng(9);
    for (let i = 0; i < 120; i++) {
      const size = Math.floor(random() * 200_000);
      const data = i % 2 === 0 ? randomBytes(size) : Buffer.from('plani '.repeat(size / 6));
      const stream = deflateRawSync(data, { level: i % 10 });
      const tail = [Buffer.alloc(0), Buffer.from([0]), randomBytes(4096), deflateRawSync(randomBytes(100)), Buffer.alloc(70_000, 0x41)][i % 5]!;
      const { data: out, consumed } = await inflateRawCounted(Buffer.concat([stream, tail]), data.length);
      expect(consumed).toBe(stream.length);
      expect(out.equals(data)).toBe(true);
    }
  });

  it('stops at the maximum output instead of buffering past it', async () => {
    await expect(inflateRawCounted(deflateRawSync(Buffer.alloc(10_000)), 9_999)).rejects.toMatchObject({ code: 'ERR_BUFFER_TOO_LARGE' });
  });

  it('refuses a stream that does not end within the input, and input that is not deflate', async () => {
    const stream = deflateRawSync(randomBytes(5000));
    await expect(inflateRawCounted(stream.subarray(0, stream.length - 1), 5000)).rejects.toMatchObject({ code: 'Z_BUF_ERROR' });
    await expect(inflateRawCounted(Buffer.alloc(200, 0xff), 5000)).rejects.toMatchObject({ code: 'Z_DATA_ERROR' });
  });

  it('inflates an empty entry', async () => {
    await expect(inflateRawCounted(deflateRawSync(Buffer.alloc(0)), 0)).resolves.toEqual({ data: Buffer.alloc(0), consumed: 2 });
  });
});
