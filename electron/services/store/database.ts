// Opens one workspace database: better-sqlite3 underneath (synchronous,
// in-process), Kysely on top for typed query building.
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, type Transaction } from 'kysely';
import { AppError } from '../../../shared/api/errors';
import type { DB } from './schema';
import { ensurePrivateFile, restrictSqliteFiles } from '../security/private-files';
import { configureWal, type IdleCheckpoints, idleCheckpoints, mergeSearchOnIdle } from './checkpoint';
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
  /** The checkpoint taken when writing pauses; tick() is its timer's one look. */
  readonly checkpoints: IdleCheckpoints;
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
    // Checkpoints run when writing pauses (checkpoint.ts), not inside a save;
    // the automatic one is only a backstop. Closing checkpoints too.
    configureWal(sqlite);
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
    mergeSearchOnIdle(sqlite);
    assertTrustRegistrySafe(sqlite);
  } catch (err) {
    sqlite.close();
    if (err instanceof AppError) throw err;
    throw new AppError('database-corrupt', { params: { path: file } }, (err as Error).message);
  }
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: cachedStatements(sqlite) }) });
  const checkpoints = idleCheckpoints(sqlite);
  return {
    file,
    sqlite,
    db,
    checkpoints,
    // Kysely's destroy() closes the better-sqlite3 handle too.
    close: () => {
      checkpoints.stop();
      return db.destroy();
    },
  };
}

/** How many prepared statements a connection keeps for reuse. */
const STATEMENT_CACHE = 256;

/**
 * The connection as Kysely's driver sees it, preparing each SQL text once:
 * the driver prepares a statement for every query, and preparing an UPDATE
 * compiles its search-index triggers too (a fifth of a field save's time).
 * Kysely runs each statement to completion before the next (it never
 * streams here), so one statement is never in use twice at once.
 */
function cachedStatements(sqlite: Database.Database): Pick<Database.Database, 'prepare' | 'close'> {
  const cache = new Map<string, Database.Statement>();
  return {
    prepare: ((source: string) => {
      let stmt = cache.get(source);
      if (stmt === undefined) {
        stmt = sqlite.prepare(source);
        if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value!);
        cache.set(source, stmt);
      }
      return stmt;
    }) as Database.Database['prepare'],
    close: () => sqlite.close(),
  };
}
