// Inflating one entry's stored bytes (raw deflate, method 8) from a buffer
// already in memory, reporting how many input bytes the deflate stream
// itself took. zlib stops at the end of the stream and ignores whatever
// follows, so without that count a compressed size can cover bytes that no
// reader ever looks at; the caller decides what to make of them.
import { inflateRaw } from 'node:zlib';

export interface Inflated {
  data: Buffer;
  /** Input bytes up to and including the end-of-stream block. */
  consumed: number;
}

/**
 * Rejects with zlib's error: code ERR_BUFFER_TOO_LARGE past `maxOutput`
 * bytes (inflation stops there, nothing more is buffered), Z_BUF_ERROR when
 * the stream does not end within `stored`, Z_DATA_ERROR when it is not deflate.
 */
export function inflateRawCounted(stored: Buffer, maxOutput: number): Promise<Inflated> {
  return new Promise((resolve, reject) => {
    // With `info`, the result is { buffer, engine }, and engine.bytesWritten is the input the
    // engine consumed, which ends at the end of the stream (test/unit/zip/inflate.test.ts).
    // maxOutputLength must be at least 1; an empty entry that inflates to 1 byte is still caught by its size.
    inflateRaw(stored, { info: true, maxOutputLength: Math.max(1, maxOutput) }, (err, result) => {
      if (err) return reject(err);
      const { buffer, engine } = result as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
      resolve({ data: buffer, consumed: engine.bytesWritten });
    });
  });
}
