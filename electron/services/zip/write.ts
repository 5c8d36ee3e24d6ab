// Writing a ZIP file with yazl so that the same entries always give the same
// bytes (for one zlib version): entries in the order given, one fixed time,
// regular-file mode, no comments and no extra fields. Bundles and Word files
// are both written through it.
import yazl from 'yazl';

/** Regular file, rw-r--r--: the Unix mode written into the external attributes. */
export const ENTRY_MODE = 0o100644;

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** Deflated unless false (stored). */
  compress?: boolean;
}

/**
 * `mtime` is read in local time, as yazl converts it to a DOS date and time: build it with the local
 * constructor (new Date(y, m, d, ...)) from the fields to be written, and the bytes are the same in any time zone.
 */
export function zipBuffers(entries: readonly ZipEntry[], mtime: Date): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const e of entries) zip.addBuffer(e.data, e.name, { mtime, mode: ENTRY_MODE, compress: e.compress ?? true, forceDosTimestamp: true, forceZip64Format: false });
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.end();
  });
}
