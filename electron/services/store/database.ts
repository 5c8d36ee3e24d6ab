// Opens one workspace database: better-sqlite3 underneath (synchronous,
// in-process), Kysely on top for typed query building.
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, type Transaction } from 'kysely';
import { AppError } from '../../../shared/api/errors';
import type { DB } from './schema';
import { ensurePrivateFile, restrictSqliteFiles } from '../security/private-files';
import { migrate } from './migrations';
import { assertTrustRegistrySafe } from './trust-registry-check';
import { integrityProblems, isNativeModuleError, shortNativeReason } from './integrity';

/** Every table, typed from the schema value in schema.ts. */
export type { DB } from './schema';
/** A connection or an open transaction: queries that work in both take this. */
export type AnyDb = Kysely<DB> | Transaction<DB>;

export interface Store {
  readonly file: string;
  readonly sqlite: Database.Database;
  readonly db: Kysely<DB>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Create the file when missing (only workspace creation does this). */
  create?: boolean;
  /** Path of a better-sqlite3 build for another ABI (Electron's). */
  nativeBinding?: string;
  /** Run SQLite's quick_check before anything reads the file (default true; a damaged file is refused as 'database-damaged'). */
  check?: boolean;
}

export function openStore(file: string, options: OpenOptions = {}): Store {
  let sqlite: Database.Database | undefined;
  try {
    // SQLite would create the file with the umask's mode (0644 under the usual
    // 022), and gives -wal and -shm the database file's mode: a private main
    // file first makes all three private.
    if (options.create) ensurePrivateFile(file);
    sqlite = new Database(file, { fileMustExist: !options.create, nativeBinding: options.nativeBinding });
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    // A checkpoint runs inside whichever commit crosses the threshold. With the
    // search index a field save writes ~9 pages, so the default 1000 put a
    // checkpoint in ~1% of saves (the p99); 4000 pages (16 MB of WAL) moves it
    // out of the p99 without letting the WAL grow large. Closing checkpoints too.
    sqlite.pragma('wal_autocheckpoint = 4000');
    sqlite.pragma('foreign_keys = ON');
    // What is deleted or overwritten (a retired private key above all) is
    // zeroed in its page rather than left readable in the file; FAST does so
    // without extra I/O.
    sqlite.pragma('secure_delete = FAST');
    // A workspace made by an older Plani has world-readable files; WAL mode has created -wal and -shm by now.
    restrictSqliteFiles(file);
  } catch (err) {
    sqlite?.close();
    // A better-sqlite3 build that does not load says nothing about the file:
    // the program is incomplete, and the database must not be called damaged.
    if (isNativeModuleError(err)) throw new AppError('program-incomplete', { params: { reason: shortNativeReason(err) } }, (err as Error).message);
    // SQLITE_CORRUPT (a damaged page, met while reading the schema) is a damaged Plani file; anything else (SQLITE_NOTADB…) is not a database.
    if (String((err as { code?: unknown }).code ?? '').startsWith('SQLITE_CORRUPT')) {
      throw new AppError('database-damaged', { params: { path: file, problem: (err as Error).message } }, (err as Error).message);
    }
    throw new AppError('database-corrupt', { params: { path: file } }, (err as Error).message);
  }
  if (options.check !== false && !options.create) {
    const problems = integrityProblems(sqlite, 'quick', 5);
    if (problems.length > 0) {
      sqlite.close();
      throw new AppError('database-damaged', { params: { path: file, problem: problems[0]! } }, problems.join('\n'));
    }
  }
  try {
    migrate(sqlite);
    assertTrustRegistrySafe(sqlite);
  } catch (err) {
    sqlite.close();
    if (err instanceof AppError) throw err;
    throw new AppError('database-corrupt', { params: { path: file } }, (err as Error).message);
  }
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    file,
    sqlite,
    db,
    // Kysely's destroy() closes the better-sqlite3 handle too.
    close: () => db.destroy(),
  };
}
