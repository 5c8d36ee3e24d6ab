import type BetterSqlite3 from 'better-sqlite3';

/** One schema step. `up` runs inside the runner's transaction; it must not open its own. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: (db: BetterSqlite3.Database) => void;
}
