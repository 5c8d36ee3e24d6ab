// Files larger than one JSON message crosses the bridges as (a bundle with
// its attachments runs to hundreds of megabytes): the renderer and the CLI
// hand them over a chunk at a time into a file here, and the service reads
// that file by path, streaming, as it reads any bundle file. The other way, a
// bundle is written here and fetched a chunk at a time.
//
// The folder is the workspace's own (`.staging/<session>/`), so the
// participants' names inside a bundle stay where the workspace's data is,
// with its modes. Each running app (desktop window, browser mode, a CLI
// command) has its own session folder, removed when it closes; a folder left
// by a crash is removed by the next session that stages a file, a day later.
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_STAGED_BYTES, STAGE_CHUNK_BYTES } from '../../../shared/api/contract/staging-limits';
import { AppError } from '../../../shared/api/errors';
import { makePrivateDir, PRIVATE_FILE_MODE } from '../security/private-files';

/** Files one session holds at a time: an import's file and an export's are all a screen uses; the oldest goes first. */
export const MAX_STAGED_FILES = 4;
/** A session folder older than this is a crash's leftover (no session runs a day between two chunks). */
const LEFTOVER_AGE_MS = 24 * 60 * 60 * 1000;

interface Staged {
  readonly path: string;
  readonly name: string;
  /** The size announced at begin (uploads) or written (exports). */
  readonly size: number;
  received: number;
}

export class StagedFiles {
  private readonly files = new Map<string, Staged>();
  private dir: string | null = null;

  constructor(
    private readonly workspaceDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Starts an upload of `size` bytes; chunks follow in order. */
  begin(name: string, size: number): string {
    if (size > MAX_STAGED_BYTES) throw new AppError('staged-file-too-large', { params: { name, size, limit: MAX_STAGED_BYTES } });
    const id = randomUUID();
    const path = join(this.folder(), id);
    closeSync(openSync(path, 'wx', PRIVATE_FILE_MODE));
    this.remember(id, { path, name, size, received: 0 });
    return id;
  }

  /** Appends one chunk at `offset`, which must be where the last one ended (a chunk sent twice or skipped is refused). */
  append(id: string, offset: number, bytes: Buffer): number {
    const f = this.get(id);
    if (offset !== f.received) throw new AppError('staged-file-out-of-order', { params: { offset, expected: f.received } });
    if (offset + bytes.length > f.size) throw new AppError('staged-file-too-large', { params: { name: f.name, size: offset + bytes.length, limit: f.size } });
    const fd = openSync(f.path, 'r+');
    try {
      writeSync(fd, bytes, 0, bytes.length, offset);
    } finally {
      closeSync(fd);
    }
    f.received += bytes.length;
    return f.received;
  }

  /** A new empty file for the service to write (an export); `sealWritten` records its size once written. */
  reserve(name: string): { id: string; path: string } {
    const id = randomUUID();
    const path = join(this.folder(), id);
    this.remember(id, { path, name, size: 0, received: 0 });
    return { id, path };
  }

  sealWritten(id: string): number {
    const f = this.get(id);
    const size = statSync(f.path).size;
    this.files.set(id, { ...f, size, received: size });
    return size;
  }

  /** The path of a file received whole; an upload still under way is refused. */
  completePath(id: string): string {
    const f = this.get(id);
    if (f.received !== f.size) throw new AppError('staged-file-incomplete', { params: { received: f.received, size: f.size } });
    return f.path;
  }

  /** Up to one chunk of a complete file from `offset`. */
  read(id: string, offset: number): { bytes: Buffer; size: number } {
    const path = this.completePath(id);
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      const length = Math.max(0, Math.min(STAGE_CHUNK_BYTES, size - offset));
      const bytes = Buffer.alloc(length);
      let done = 0;
      while (done < length) {
        const n = readSync(fd, bytes, done, length - done, offset + done);
        if (n === 0) break;
        done += n;
      }
      return { bytes: bytes.subarray(0, done), size };
    } finally {
      closeSync(fd);
    }
  }

  discard(id: string): void {
    const f = this.files.get(id);
    if (!f) return;
    this.files.delete(id);
    rmSync(f.path, { force: true });
  }

  /** Removes the session's folder and everything in it (the app, the server or the command closing). */
  close(): void {
    this.files.clear();
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
  }

  private get(id: string): Staged {
    const f = this.files.get(id);
    if (!f) throw new AppError('not-found', { params: { id } });
    return f;
  }

  private remember(id: string, f: Staged): void {
    this.files.set(id, f);
    while (this.files.size > MAX_STAGED_FILES) this.discard(this.files.keys().next().value as string);
  }

  private folder(): string {
    if (this.dir && existsSync(this.dir)) return this.dir;
    const root = join(this.workspaceDir, '.staging');
    makePrivateDir(root);
    this.removeLeftovers(root);
    this.dir = join(root, randomUUID());
    makePrivateDir(this.dir);
    return this.dir;
  }

  private removeLeftovers(root: string): void {
    const cutoff = this.now().getTime() - LEFTOVER_AGE_MS;
    for (const entry of readdirSync(root)) {
      const path = join(root, entry);
      try {
        if (statSync(path).mtimeMs < cutoff) rmSync(path, { recursive: true, force: true });
      } catch {
        // Gone meanwhile, or another session's at this instant: nothing to remove.
      }
    }
  }
}
