// The ordered, static list of schema steps (no folder scanning: it must work
// inside an asar), and the runner that applies them.
//
// Kysely's Migrator runs SQLite migrations outside a transaction, so this
// small runner applies every pending step and the user_version bump in one
// better-sqlite3 transaction: a crash half-way leaves the old schema intact.
import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../../../shared/api/errors';
import { migration0001 } from './0001-initial-schema';
import { migration0002 } from './0002-search-index';
import { migration0003 } from './0003-bundles';
import { migration0004 } from './0004-retired-keys';
import { migration0005 } from './0005-unsaved-values';
import { migration0006 } from './0006-review-statuses';
import { migration0007 } from './0007-log-reason-values';
import { migration0008 } from './0008-bilingual-phase';
import { migration0009 } from './0009-front-matter';
import { migration0010 } from './0010-idea-merge-search';
import { migration0011 } from './0011-round-ideas-scorers';
import { migration0012 } from './0012-event-consent-checklist';
import { migration0013 } from './0013-feedback-replies';
import { migration0014 } from './0014-carried-from';
import { migration0015 } from './0015-reference-revision';
import { migration0016 } from './0016-search-prefix-index';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
  migration0013,
  migration0014,
  migration0015,
  migration0016,
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/**
 * Checked once at start-up: a mistake in the list must fail loudly, not
 * corrupt a database. Versions rise strictly from 1; a gap is allowed because
 * numbers are handed out to parallel branches before they are merged in order.
 */
export function assertMigrationOrder(list: readonly Migration[] = MIGRATIONS): void {
  list.forEach((m, i) => {
    const after = i === 0 ? 0 : list[i - 1]!.version;
    if (i === 0 ? m.version !== 1 : m.version <= after) throw new Error(`Migration ${m.name} has version ${m.version}, expected ${i === 0 ? 1 : `${after + 1} or above`}`);
  });
}

export function schemaVersion(db: BetterSqlite3.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database up to `target` (default: the latest). Refuses a
 * database written by a newer Plani, without touching it.
 */
export function migrate(db: BetterSqlite3.Database, target = LATEST_VERSION, list: readonly Migration[] = MIGRATIONS): number {
  assertMigrationOrder(list);
  const current = schemaVersion(db);
  const supported = list[list.length - 1]?.version ?? 0;
  if (current > supported) {
    throw new AppError('database-too-new', { params: { found: current, supported } });
  }
  const pending = list.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) m.up(db);
    // PRAGMA cannot take a bound parameter; the value is an integer we control.
    db.pragma(`user_version = ${pending[pending.length - 1]!.version}`);
    const violations = db.pragma('foreign_key_check') as unknown[];
    if (violations.length > 0) throw new Error(`Migration left ${violations.length} foreign-key violations`);
  })();
  return schemaVersion(db);
}
