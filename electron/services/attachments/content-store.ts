// Attachment contents, one file per SHA-256 in the workspace's
// `attachments/` folder: the same bytes attached twice are one file, and the
// database rows only name them. A file is written under a temporary name,
// flushed to disk and renamed into place, so a failed copy or a crash leaves
// either the whole file or a temporary one, which the next open removes.
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from '../crypto/sha256';
import { makePrivateDir, PRIVATE_FILE_MODE } from '../security/private-files';

export const ATTACHMENTS_DIR = 'attachments';
const TEMP_PREFIX = '.tmp-';
const CONTENT_NAME = /^[0-9a-f]{64}$/;

/** Folders whose leftovers were removed in this process: done once, before any write of ours can be in flight. */
const swept = new Set<string>();

export class ContentStore {
  readonly dir: string;

  constructor(workspaceDir: string) {
    this.dir = join(workspaceDir, ATTACHMENTS_DIR);
    if (!swept.has(this.dir)) {
      swept.add(this.dir);
      removeTemporaryFiles(this.dir);
    }
  }

  path(sha256: string): string {
    if (!CONTENT_NAME.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return join(this.dir, sha256);
  }

  has(sha256: string): boolean {
    return existsSync(this.path(sha256));
  }

  read(sha256: string): Buffer | undefined {
    return this.has(sha256) ? readFileSync(this.path(sha256)) : undefined;
  }

  /** Stores `bytes` under their hash (once: present content is not written again) and returns the hash. */
  put(bytes: Buffer, hooks: { afterTempWrite?: () => void } = {}): string {
    const sha256 = sha256Hex(bytes);
    const target = this.path(sha256);
    if (existsSync(target)) return sha256;
    makePrivateDir(this.dir);
    const temp = join(this.dir, `${TEMP_PREFIX}${randomUUID()}`);
    const fd = openSync(temp, 'wx', PRIVATE_FILE_MODE);
    try {
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } catch (e) {
      closeSync(fd);
      rmSync(temp, { force: true });
      throw e;
    }
    closeSync(fd);
    hooks.afterTempWrite?.();
    renameSync(temp, target);
    syncDir(this.dir);
    return sha256;
  }

  remove(sha256: string): void {
    rmSync(this.path(sha256), { force: true });
  }
}

/** Temporary files of a copy that did not finish (a crash, a full disk). */
export function removeTemporaryFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    rmSync(join(dir, name), { force: true });
    removed++;
  }
  return removed;
}

/** The rename is durable only once the folder itself is flushed (POSIX; Windows cannot open a folder, and needs no such step). */
function syncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
