// A bundle named by a path (double-clicked in the file manager, given at
// launch, handed over by a second instance) staged as if the window had sent
// it, so the import screen checks it the same way as a chosen file.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { MAX_BUNDLE_FILE_BYTES, STAGE_CHUNK_BYTES } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import type { StagedBundle } from '../../../shared/route/staged-bundle';
import type { StagedFiles } from './staged-files';

export function stageLocalBundle(staging: StagedFiles, path: string): StagedBundle {
  const name = basename(path).slice(-255);
  if (!/\.plani$/i.test(name)) throw new AppError('not-a-bundle', { params: { name } });
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new Error('not a file');
    size = st.size;
  } catch (err) {
    throw new AppError('file-unreadable', { params: { path } }, (err as Error).message);
  }
  if (size === 0) throw new AppError('not-a-bundle', { params: { name } });
  if (size > MAX_BUNDLE_FILE_BYTES) throw new AppError('staged-file-too-large', { params: { name, size, limit: MAX_BUNDLE_FILE_BYTES } });
  const id = staging.begin(name, size);
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const chunk = Buffer.alloc(Math.min(STAGE_CHUNK_BYTES, size));
    for (let offset = 0; offset < size; ) {
      const n = readSync(fd, chunk, 0, Math.min(chunk.length, size - offset), offset);
      if (n === 0) throw new Error('the file became shorter while it was read');
      staging.append(id, offset, chunk.subarray(0, n));
      offset += n;
    }
  } catch (err) {
    staging.discard(id);
    if (err instanceof AppError) throw err;
    throw new AppError('file-unreadable', { params: { path } }, (err as Error).message);
  } finally {
    if (fd !== null) closeSync(fd);
  }
  return { id, name, size };
}
