// Where a bundle's bytes are read from: a buffer already in memory (a small
// upload, the writer's own output) or a file read a range at a time, so a
// bundle with hundreds of megabytes of attachments never has to be held
// whole. The container checks read only the end record, the central
// directory and the local headers through read(); entry data comes
// through stream().
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';

export interface BundleSource {
  readonly size: number;
  /** Exactly `length` bytes from `at` (the caller has checked they lie inside the file). */
  read(at: number, length: number): Promise<Buffer>;
  /** `length` bytes from `at`, as a stream of chunks. */
  stream(at: number, length: number): Readable;
  close(): Promise<void>;
}

const CHUNK = 256 * 1024;

export function bufferSource(bytes: Buffer): BundleSource {
  return {
    size: bytes.length,
    read: async (at, length) => bytes.subarray(at, at + length),
    stream: (at, length) => {
      const slice = bytes.subarray(at, at + length);
      return Readable.from((function* () {
        for (let p = 0; p < slice.length; p += CHUNK) yield slice.subarray(p, p + CHUNK);
      })());
    },
    close: async () => {},
  };
}

export async function fileSource(path: string): Promise<BundleSource> {
  const fh: FileHandle = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    return {
      size,
      read: async (at, length) => {
        const out = Buffer.alloc(length);
        let got = 0;
        while (got < length) {
          const { bytesRead } = await fh.read(out, got, length - got, at + got);
          if (bytesRead === 0) break;
          got += bytesRead;
        }
        return out.subarray(0, got);
      },
      // Its own descriptor per stream, so the reads of the container checks never move a stream's position.
      stream: (at, length) => (length === 0 ? Readable.from([]) : createReadStream(path, { start: at, end: at + length - 1, highWaterMark: CHUNK })),
      close: () => fh.close(),
    };
  } catch (e) {
    await fh.close();
    throw e;
  }
}
