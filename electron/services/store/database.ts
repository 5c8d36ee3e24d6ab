// Opens one workspace database: better-sqlite3 underneath (synchronous,
// in-process), Kysely on top for typed query building.
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, type Transaction } from 'kysely';
import { AppError } from '../../../shared/api/errors';
import type { Row } from './mapping';
import { ensurePrivateFile, restrictSqliteFiles } from '../security/private-files';
import { migrate } from './migrations';
import { assertTrustRegistrySafe } from './trust-registry-check';

/** Tables with a fixed, hand-written shape; the mapped record tables are plain rows. */
export interface FixedTables {
  workspace_meta: { key: string; value: string };
  component_lead: { component_id: string; institution_code: string; position: number };
  tombstone: { entity: string; id: string; owner: string; rev: number; deleted_at: string };
  signing_key: {
    key_id: string;
    fingerprint: string;
    public_key: Buffer;
    /** Null once the key is retired (migration 0004): only the active key can sign. */
    private_key_protected: Buffer | null;
    protection: string;
    created_at: string;
    replaces: string | null;
    status: string;
  };
  trusted_signer: {
    key_id: string;
    institution: string;
    fingerprint: string;
    public_key: Buffer;
    enrolled_at: string;
    status: string;
  };
  bundle_log: {
    seq_no: number | undefined;
    bundle_id: string | null;
    direction: 'export' | 'import';
    institution: string | null;
    sequence: number | null;
    sha256: string;
    result: string;
    reason_code: string | null;
    at: string;
  };
}
export type DB = FixedTables & Record<string, Row>;
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
}

export function openStore(file: string, options: OpenOptions = {}): Store {
  let sqlite: Database.Database;
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
    throw new AppError('database-corrupt', { params: { path: file } }, (err as Error).message);
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
