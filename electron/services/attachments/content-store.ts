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

  /** A set of contents arriving one chunk at a time (a bundle's attachments), kept out of the store until committed. */
  staging(): Staging {
    return new Staging(this);
  }

  /** A new temporary file in the store's folder, open for writing; the caller removes it or renames it into place. */
  openTemp(): { path: string; fd: number } {
    makePrivateDir(this.dir);
    const path = join(this.dir, `${TEMP_PREFIX}${randomUUID()}`);
    return { path, fd: openSync(path, 'wx', PRIVATE_FILE_MODE) };
  }

  /** Moves a flushed temporary file into place as `sha256` (or drops it when that content is already there). */
  commitTemp(temp: string, sha256: string): void {
    const target = this.path(sha256);
    if (existsSync(target)) rmSync(temp, { force: true });
    else renameSync(temp, target);
  }

  /** Makes the renames into the folder durable. */
  sync(): void {
    syncDir(this.dir);
  }
}

/**
 * Contents written under temporary names in the store's own folder (so the
 * final rename never crosses a file system), each flushed to disk once
 * complete. Nothing is under a content name until commit(), which the
 * importer calls only when the whole bundle has been verified; discard()
 * removes every temporary file left (a refusal, an error), and a crash
 * leaves only temporary files, which the next open of the store removes.
 * Content already in the store is not staged again: begin() returns null
 * and the bytes are only hashed and checked.
 */
export class Staging {
  private readonly staged = new Map<string, string>();
  private readonly open = new Set<string>();

  constructor(private readonly store: ContentStore) {}

  begin(f: { sha256: string }): { write(chunk: Buffer): void; end(): Promise<void>; abort(): Promise<void> } | null {
    if (this.store.has(f.sha256) || this.staged.has(f.sha256)) return null;
    const { path, fd } = this.store.openTemp();
    this.open.add(path);
    let closed = false;
    const close = () => {
      if (!closed) closeSync(fd);
      closed = true;
    };
    return {
      write: (chunk) => {
        let written = 0;
        while (written < chunk.length) written += writeSync(fd, chunk, written, chunk.length - written);
      },
      end: async () => {
        fsyncSync(fd);
        close();
        this.open.delete(path);
        this.staged.set(f.sha256, path);
      },
      abort: async () => {
        close();
        this.open.delete(path);
        rmSync(path, { force: true });
      },
    };
  }

  /** How many contents wait for commit(). */
  get size(): number {
    return this.staged.size;
  }

  /** Renames every staged content into place and flushes the folder. */
  commit(): void {
    for (const [sha256, temp] of this.staged) this.store.commitTemp(temp, sha256);
    if (this.staged.size > 0) this.store.sync();
    this.staged.clear();
  }

  /** Removes whatever was not committed. */
  discard(): void {
    for (const temp of [...this.staged.values(), ...this.open]) rmSync(temp, { force: true });
    this.staged.clear();
    this.open.clear();
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
