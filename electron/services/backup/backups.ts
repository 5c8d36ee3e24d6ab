// Backups of a workspace's database, in <workspace>/backups/: made with
// SQLite's online backup API (page by page between event-loop turns, so
// typing goes on while it runs), written under a temporary name, checked with
// quick_check and only then given their final name. Kinds: daily (the first
// open of a day; 7 kept), weekly (one a week, copied from a daily; 4 kept),
// manual ("Back up now"; 10 kept). A restore sets the current database aside
// as replaced-<time>.sqlite (never deleted) before putting the copy in place.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { PRIVATE_DIR_MODE, restrictMode, restrictSqliteFiles, SQLITE_SIDE_FILES } from '../security/private-files';
import { integrityProblems } from '../store/integrity';
import { dbPath } from '../workspace/paths';

export const BACKUPS_DIR = 'backups';
/** Pages copied per step of the online backup (4 KiB each). */
export const BACKUP_PAGES_PER_STEP = 64;
export const BACKUP_KINDS = ['daily', 'weekly', 'manual'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];
/** How many of each kind are kept; older ones are removed after a new one is verified. */
export const KEEP: Record<BackupKind, number> = { daily: 7, weekly: 4, manual: 10 };

export interface BackupEntry {
  /** The file's name inside the backups folder (what restore takes). */
  file: string;
  kind: BackupKind;
  createdAt: string;
  size: number;
}

export const backupsDir = (workspaceDir: string) => join(workspaceDir, BACKUPS_DIR);

// plani-<kind>-<YYYYMMDD>T<HHMMSS>Z[-n].sqlite: sorts by time, says its kind.
const NAME = /^plani-(daily|weekly|manual)-(\d{8}T\d{6}Z)(?:-(\d+))?\.sqlite$/;

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
const fromStamp = (s: string) => `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.000Z`;

/** The kind and time a backup's name says, or null for any other file (replaced-…, partial writes). */
export function parseBackupName(name: string): { kind: BackupKind; createdAt: string; seq: number } | null {
  const m = NAME.exec(name);
  return m ? { kind: m[1] as BackupKind, createdAt: fromStamp(m[2]!), seq: Number(m[3] ?? 0) } : null;
}

/** Every backup, newest first. */
export function listBackups(workspaceDir: string): BackupEntry[] {
  const dir = backupsDir(workspaceDir);
  if (!existsSync(dir)) return [];
  const out: (BackupEntry & { seq: number })[] = [];
  for (const name of readdirSync(dir)) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    let size: number;
    try {
      size = statSync(join(dir, name)).size;
    } catch {
      continue;
    }
    out.push({ file: name, kind: parsed.kind, createdAt: parsed.createdAt, size, seq: parsed.seq });
  }
  out.sort((a, b) => (a.createdAt === b.createdAt ? b.seq - a.seq : a.createdAt < b.createdAt ? 1 : -1));
  return out.map(({ seq: _seq, ...e }) => e);
}

export const newestBackup = (workspaceDir: string): BackupEntry | null => listBackups(workspaceDir)[0] ?? null;

const reasonOf = (err: unknown) => {
  const e = err as NodeJS.ErrnoException;
  return e?.code ? `${e.code}` : String(e?.message ?? err);
};

function ensureDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
    restrictMode(dir, PRIVATE_DIR_MODE);
  } catch (err) {
    throw new AppError('backup-failed', { params: { dir, reason: reasonOf(err) } }, (err as Error).message);
  }
}

/** A file name not yet taken for this kind and second. */
function freshName(dir: string, kind: BackupKind, now: Date): string {
  const base = `plani-${kind}-${stamp(now)}`;
  for (let n = 0; ; n++) {
    const name = n === 0 ? `${base}.sqlite` : `${base}-${n}.sqlite`;
    if (!existsSync(join(dir, name))) return name;
  }
}

/** Problems quick_check reports in a closed file ([] when sound); a file SQLite cannot open reports why. */
export function checkFile(file: string): string[] {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const problems = integrityProblems(db, 'quick', 5);
    if (problems.length > 0) return problems;
    const meta = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'workspace_meta'").get() as { n: number };
    return meta.n === 1 ? [] : ['not a Plani database (no workspace_meta table)'];
  } catch (err) {
    return [(err as Error).message];
  } finally {
    db?.close();
  }
}

export interface CreateOptions {
  kind: BackupKind;
  now: Date;
}

/**
 * Backs up the open database `sqlite` into the workspace's backups folder,
 * verifies the copy and removes the oldest of its kind beyond KEEP. A copy
 * that cannot be written whole (disk full, folder not writable) or does not
 * verify is removed and reported as 'backup-failed'; the database is never touched.
 */
export async function createBackup(sqlite: Database.Database, workspaceDir: string, opts: CreateOptions): Promise<BackupEntry> {
  const dir = backupsDir(workspaceDir);
  ensureDir(dir);
  const name = freshName(dir, opts.kind, opts.now);
  const partial = join(dir, `.${name}.partial`);
  const target = join(dir, name);
  try {
    // A few pages a step, between event-loop turns: a field save waits for one step at most.
    await sqlite.backup(partial, { progress: () => BACKUP_PAGES_PER_STEP });
    const problems = checkFile(partial);
    if (problems.length > 0) throw new AppError('backup-failed', { params: { dir, reason: problems[0]! } });
    restrictSqliteFiles(partial);
    renameSync(partial, target);
  } catch (err) {
    for (const suffix of ['', ...SQLITE_SIDE_FILES]) removeQuietly(`${partial}${suffix}`);
    if (err instanceof AppError) throw err;
    throw new AppError('backup-failed', { params: { dir, reason: reasonOf(err) } }, (err as Error).message);
  }
  prune(workspaceDir, opts.kind);
  return entryOf(dir, name);
}

/** Removes a half-written file; what is not a file of ours (a folder in its place) is left as it is. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Not ours to remove.
  }
}

function entryOf(dir: string, name: string): BackupEntry {
  const parsed = parseBackupName(name)!;
  return { file: name, kind: parsed.kind, createdAt: parsed.createdAt, size: statSync(join(dir, name)).size };
}

/** Removes the oldest backups of `kind` beyond KEEP[kind]. */
export function prune(workspaceDir: string, kind: BackupKind): string[] {
  const extra = listBackups(workspaceDir)
    .filter((b) => b.kind === kind)
    .slice(KEEP[kind]);
  for (const b of extra) rmSync(join(backupsDir(workspaceDir), b.file), { force: true });
  return extra.map((b) => b.file);
}

/** The local calendar day of a moment, "YYYY-MM-DD". */
const localDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const WEEK_MS = 7 * 24 * 3600 * 1000;

/** What the first open of a day owes: a daily backup when none is from today, and a weekly one when the last is a week old. */
export function scheduledKinds(existing: readonly BackupEntry[], now: Date): BackupKind[] {
  const kinds: BackupKind[] = [];
  const today = localDay(now);
  if (!existing.some((b) => b.kind === 'daily' && localDay(new Date(b.createdAt)) === today)) kinds.push('daily');
  const weekly = existing.find((b) => b.kind === 'weekly');
  if (!weekly || now.getTime() - new Date(weekly.createdAt).getTime() >= WEEK_MS - 3600 * 1000) kinds.push('weekly');
  return kinds;
}

/**
 * The backups an open owes (scheduledKinds): a daily one through the backup
 * API, and a weekly one copied from it (the same verified bytes). Returns what
 * was made; [] when today's daily backup exists.
 */
export async function backupOnOpen(sqlite: Database.Database, workspaceDir: string, now: Date): Promise<BackupEntry[]> {
  const kinds = scheduledKinds(listBackups(workspaceDir), now);
  if (kinds.length === 0) return [];
  const made: BackupEntry[] = [];
  const first = await createBackup(sqlite, workspaceDir, { kind: kinds[0]!, now });
  made.push(first);
  for (const kind of kinds.slice(1)) {
    const dir = backupsDir(workspaceDir);
    const name = freshName(dir, kind, now);
    const partial = join(dir, `.${name}.partial`);
    try {
      copyFileSync(join(dir, first.file), partial);
      renameSync(partial, join(dir, name));
    } catch (err) {
      removeQuietly(partial);
      throw new AppError('backup-failed', { params: { dir, reason: reasonOf(err) } }, (err as Error).message);
    }
    prune(workspaceDir, kind);
    made.push(entryOf(dir, name));
  }
  return made;
}

export interface RestorePlan {
  /** The backup's file name. */
  file: string;
  /** Where the current database goes (a name in the backups folder). */
  replaced: string;
}

/** The name the current database will be set aside under when restoring at `now`. */
export function replacedName(workspaceDir: string, now: Date): string {
  const dir = backupsDir(workspaceDir);
  const base = `replaced-${stamp(now)}`;
  for (let n = 0; ; n++) {
    const name = n === 0 ? `${base}.sqlite` : `${base}-${n}.sqlite`;
    if (!existsSync(join(dir, name))) return name;
  }
}

/** A backup by its name in the backups folder (nothing outside it), or 'backup-not-found'. */
export function backupFile(workspaceDir: string, file: string): string {
  const name = basename(file);
  if (name !== file || !parseBackupName(name)) throw new AppError('backup-not-found', { params: { file } });
  const path = join(backupsDir(workspaceDir), name);
  if (!existsSync(path)) throw new AppError('backup-not-found', { params: { file } });
  return path;
}

/**
 * Puts the backup at `source` in place of the workspace's database. The
 * database must be closed (the caller closes it). The backup is checked
 * first; the current file (with its -wal, should one be left) is moved to
 * backups/replaced-<time>.sqlite; the copy is written under a temporary
 * name and renamed into place, so an interruption leaves either file whole.
 */
export function restoreBackup(workspaceDir: string, source: string, now: Date): RestorePlan {
  const problems = checkFile(source);
  if (problems.length > 0) throw new AppError('backup-unusable', { params: { file: basename(source), problem: problems[0]! } });
  const dir = backupsDir(workspaceDir);
  ensureDir(dir);
  const db = dbPath(workspaceDir);
  const incoming = `${db}.restoring`;
  copyFileSync(source, incoming);
  const replaced = replacedName(workspaceDir, now);
  if (existsSync(db)) {
    for (const suffix of ['', ...SQLITE_SIDE_FILES]) {
      if (existsSync(`${db}${suffix}`)) renameSync(`${db}${suffix}`, join(dir, `${replaced}${suffix}`));
    }
  }
  renameSync(incoming, db);
  restrictSqliteFiles(db);
  return { file: basename(source), replaced };
}
