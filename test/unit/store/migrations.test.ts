import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { LATEST_VERSION, MIGRATIONS, assertMigrationOrder, migrate, schemaVersion } from '../../../electron/services/store/migrations';
import { openStore } from '../../../electron/services/store/database';
import { join } from 'node:path';
import { tempDir } from '../../helpers/temp-workspace';

const open: Database.Database[] = [];
const fresh = () => {
  const db = new Database(join(tempDir(), 'test.db'));
  db.pragma('foreign_keys = ON');
  open.push(db);
  return db;
};
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map(
    (r) => r.name,
  );

describe('migration runner', () => {
  it('keeps the list ordered and numbered from 1', () => {
    expect(() => assertMigrationOrder()).not.toThrow();
    expect(() => assertMigrationOrder([MIGRATIONS[0]!, MIGRATIONS[0]!])).toThrow(/expected 2/);
  });

  it('applies every step to an empty database and records user_version', () => {
    const db = fresh();
    expect(migrate(db)).toBe(LATEST_VERSION);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(migrate(db)).toBe(LATEST_VERSION); // idempotent
  });

  it('refuses a database written by a newer Plani and leaves it untouched', () => {
    const db = fresh();
    db.exec('CREATE TABLE future_thing (x)');
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    let caught: unknown;
    try {
      migrate(db);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('database-too-new');
    expect((caught as AppError).details?.params).toEqual({ found: LATEST_VERSION + 5, supported: LATEST_VERSION });
    expect(tables(db)).toEqual(['future_thing']);
  });

  it('rolls back every pending step when one fails', () => {
    const db = fresh();
    const failing = [
      MIGRATIONS[0]!,
      { version: 2, name: 'broken', up: (d: Database.Database) => d.exec('CREATE TABLE half_done (x); SELECT * FROM no_such_table;') },
    ];
    expect(() => migrate(db, 2, failing)).toThrow(/no such table/);
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
  });

  it('opening a newer database through the store refuses it with the translated code', () => {
    const file = join(tempDir(), 'newer.db');
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    expect(() => openStore(file)).toThrow(expect.objectContaining({ code: 'database-too-new' }));
  });

  it('opening a file that is not a database reports it as corrupt', async () => {
    const file = join(tempDir(), 'not-a-db.db');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, 'this is a text file, not SQLite '.repeat(100));
    expect(() => openStore(file)).toThrow(expect.objectContaining({ code: 'database-corrupt' }));
  });
});

describe('migration 0001: initial schema', () => {
  it('creates the whole domain model with WAL and foreign keys', () => {
    const db = fresh();
    migrate(db, 1);
    expect(tables(db)).toEqual(
      [
        'attachment', 'bundle_log', 'calendar_item', 'comment', 'commitment', 'component', 'component_lead', 'consultation_event',
        'consultation_report', 'cycle', 'event_participant', 'idea', 'indicator', 'institution', 'milestone', 'poc_feedback',
        'prioritization_round', 'prioritization_score', 'reference_term', 'signing_key', 'sqlite_sequence', 'tombstone',
        'trusted_signer', 'workspace_meta',
      ].filter((t) => t !== 'sqlite_sequence'),
    );
  });

  it('enforces the constraints the model relies on', () => {
    const db = fresh();
    migrate(db, 1);
    const now = '2026-01-01T00:00:00.000Z';
    db.prepare("INSERT INTO cycle (id, number, period_start, period_end, status) VALUES ('c', 5, '2020-09-01', '2022-08-31', 'drafting')").run();
    db.prepare("INSERT INTO component (id, cycle_id, code, number) VALUES ('k', 'c', 'anti-corruption', 1)").run();
    const insertCommitment = db.prepare(
      'INSERT INTO commitment (id, cycle_id, component_code, owner, budget_amount, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    // Unknown component of the cycle: refused by the composite foreign key.
    expect(() => insertCommitment.run('a', 'c', 'nope', 'MD', null, now, now)).toThrow(/FOREIGN KEY/);
    // Negative budget: refused by CHECK.
    expect(() => insertCommitment.run('b', 'c', 'anti-corruption', 'MD', -1, now, now)).toThrow(/CHECK/);
    insertCommitment.run('c1', 'c', 'anti-corruption', 'MD', 10, now, now);
    // Milestones go with their commitment.
    db.prepare("INSERT INTO milestone (id, commitment_id, seq, created_at, updated_at) VALUES ('m', 'c1', 1, ?, ?)").run(now, now);
    expect(() => db.prepare("UPDATE commitment SET ogp_values = 'not json' WHERE id = 'c1'").run()).toThrow(/CHECK/);
    db.prepare("DELETE FROM commitment WHERE id = 'c1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM milestone').get()).toEqual({ n: 0 });
  });

  it('keeps Albanian letters byte for byte', () => {
    const db = fresh();
    migrate(db, 1);
    const text = 'Përmirësimi i çështjeve — ËÇ ëç';
    db.prepare("INSERT INTO cycle (id, title_sq, number, period_start, period_end, status) VALUES ('x', ?, 5, '2020-01-01', '2021-01-01', 'drafting')").run(text);
    expect(db.prepare("SELECT title_sq FROM cycle WHERE id = 'x'").get()).toEqual({ title_sq: text });
  });
});

describe('migration 0008: bilingual calendar phase', () => {
  it('keeps the phase written so far as the Albanian and adds an empty English', () => {
    const db = fresh();
    migrate(db, 7);
    const now = '2026-01-01T00:00:00.000Z';
    db.prepare("INSERT INTO cycle (id, number, period_start, period_end, status) VALUES ('c', 5, '2020-09-01', '2022-08-31', 'drafting')").run();
    db.prepare("INSERT INTO calendar_item (id, cycle_id, owner, phase, title_sq, created_at, updated_at) VALUES ('i', 'c', 'POC', 'Çelja e procesit', 'T', ?, ?)").run(now, now);
    migrate(db, 8);
    expect(db.prepare("SELECT phase_sq, phase_en FROM calendar_item WHERE id = 'i'").get()).toEqual({ phase_sq: 'Çelja e procesit', phase_en: '' });
    const columns = (db.prepare('PRAGMA table_info(calendar_item)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('phase');
  });
});
