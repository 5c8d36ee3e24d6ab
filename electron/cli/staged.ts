// A bundle file handed to the workspace, and an exported one fetched back, a
// chunk at a time through the contract's staging methods: the same way the
// app's screens do it (renderer/src/lib/staged-files.ts), so a command goes
// through the one dispatcher and its input schemas, whatever the file's size.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { STAGE_CHUNK_BYTES } from '../../shared/api/contract';
import { openRegularFile } from '../services/files/regular-file';
import { CliError } from './io';
import type { CliSession } from './workspace';

/** Hands the file at `path` over; its size is what the caller checked it against. Anything unreadable is file-unreadable. */
export async function stageFromDisk(session: CliSession, path: string): Promise<{ stagedId: string; size: number }> {
  const { fd, size } = openRegularFile(path);
  try {
    const { stagedId } = await session.call('staging.begin', { name: basename(path).slice(-255), size });
    const chunk = Buffer.alloc(STAGE_CHUNK_BYTES);
    let offset = 0;
    while (offset < size) {
      const n = readSync(fd, chunk, 0, chunk.length, offset);
      if (n === 0) break;
      await session.call('staging.append', { stagedId, offset, dataBase64: chunk.subarray(0, n).toString('base64') });
      offset += n;
    }
    return { stagedId, size };
  } finally {
    closeSync(fd);
  }
}

/** Fetches a staged file into `out`, whole or not at all (a temporary file beside it, renamed over it once flushed). */
export async function fetchToDisk(session: CliSession, stagedId: string, out: string): Promise<void> {
  const target = resolve(out);
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number;
  try {
    fd = openSync(tmp, 'wx', 0o644);
  } catch {
    throw new CliError('file-unwritable', { path: out });
  }
  try {
    let offset = 0;
    for (;;) {
      const { dataBase64, size } = await session.call('staging.read', { stagedId, offset });
      const bytes = Buffer.from(dataBase64, 'base64');
      try {
        writeSync(fd, bytes, 0, bytes.length, offset);
      } catch {
        throw new CliError('file-unwritable', { path: out });
      }
      offset += bytes.length;
      if (offset >= size || bytes.length === 0) break;
    }
    try {
      fsyncSync(fd);
      closeSync(fd);
      fd = -1;
      renameSync(tmp, target);
    } catch {
      throw new CliError('file-unwritable', { path: out });
    }
  } finally {
    if (fd >= 0) closeSync(fd);
    rmSync(tmp, { force: true });
    await session.call('staging.discard', { stagedId });
  }
}
