// A workspace holds an institution's drafts, its trust registry and its
// (sealed) signing key: nothing in it is for other local users. Modes are set
// explicitly rather than left to the umask (a 022 umask makes a database every
// user can read), and put right again when an older workspace is opened.
// On Windows chmod only toggles the read-only bit, and these modes keep files
// writable, so the same calls are harmless there.
import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

// A file gone meanwhile (a -wal checkpointed away), a file of another owner
// in a folder the person chose, a read-only file system: nothing to put right
// that this process could, and no reason to refuse to work.
const CANNOT_APPLY = new Set(['ENOENT', 'EPERM', 'EROFS', 'ENOTSUP']);

export function restrictMode(path: string, mode: number): void {
  try {
    chmodSync(path, mode);
  } catch (err) {
    if (!CANNOT_APPLY.has((err as NodeJS.ErrnoException).code ?? '')) throw err;
  }
}

export function makePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  restrictMode(dir, PRIVATE_DIR_MODE);
}

/** Creates the file empty when missing (never truncates), then makes it the owner's alone. */
export function ensurePrivateFile(file: string): void {
  closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
  restrictMode(file, PRIVATE_FILE_MODE);
}

/** SQLite's companions of a database file, which it creates with the database file's mode. */
export const SQLITE_SIDE_FILES = ['-wal', '-shm', '-journal'] as const;

export function restrictSqliteFiles(file: string): void {
  for (const suffix of ['', ...SQLITE_SIDE_FILES]) restrictMode(`${file}${suffix}`, PRIVATE_FILE_MODE);
}
