import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/services/store/migrations';
import { tempDir } from '../../helpers/temp-workspace';

const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
const columns = (db: Database.Database, table: string) => (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);

/** A version-2 workspace with a trusted signer and a log row, as before bundles were implemented. */
function v2WithSigner(): Database.Database {
  const db = new Database(join(tempDir(), 'v2.db'));
  db.pragma('foreign_keys = ON');
  open.push(db);
  migrate(db, 2);
  db.prepare(
    "INSERT INTO trusted_signer (key_id, institution, fingerprint, public_key, enrolled_at, status) VALUES ('0011223344556677', 'MD', '12345 12345 12345 12345 12345 12345', x'00', '2026-01-01T00:00:00.000Z', 'active')",
  ).run();
  db.prepare("INSERT INTO bundle_log (direction, sha256, result, at) VALUES ('import', ?, 'refused', '2026-01-01T00:00:00.000Z')").run('a'.repeat(64));
  return db;
}

describe('migration 0003: bundles', () => {
  it('adds the sequence, outbox, archive, review and feedback tables and keeps existing signers', () => {
    const db = v2WithSigner();
    expect(migrate(db, 3)).toBe(3);
    expect(schemaVersion(db)).toBe(3);
    expect(tables(db)).toEqual(expect.arrayContaining(['bundle_inbox', 'bundle_outbox', 'bundle_archive', 'review', 'feedback_state']));
    expect(columns(db, 'trusted_signer')).toEqual([
      'key_id', 'institution', 'fingerprint', 'public_key', 'enrolled_at', 'status', 'effective_from_seq', 'replaced_by', 'status_changed_at',
    ]);
    expect(db.prepare('SELECT key_id, status, effective_from_seq, replaced_by FROM trusted_signer').all()).toEqual([
      { key_id: '0011223344556677', status: 'active', effective_from_seq: null, replaced_by: null },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM bundle_log').get()).toEqual({ n: 1 });
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('enforces what the importer relies on', () => {
    const db = v2WithSigner();
    migrate(db, 3);
    const now = '2026-01-01T00:00:00.000Z';
    const sha = (c: string) => c.repeat(64);
    const archive = db.prepare(
      'INSERT INTO bundle_archive (manifest_sha256, bundle_id, bundle_type, institution, seq, file_sha256, manifest, bytes, accepted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    archive.run(sha('a'), 'b1', 'submission', 'MD', 1, sha('f'), '{}', Buffer.from('PK'), now);
    // One bundle per (institution, seq), and per bundle id.
    expect(() => archive.run(sha('b'), 'b2', 'submission', 'MD', 1, sha('f'), '{}', Buffer.from('PK'), now)).toThrow(/UNIQUE/);
    expect(() => archive.run(sha('c'), 'b1', 'submission', 'MD', 2, sha('f'), '{}', Buffer.from('PK'), now)).toThrow(/UNIQUE/);
    expect(() => archive.run(sha('d'), 'b3', 'submission', 'MD', 3, sha('f'), 'not json', Buffer.from('PK'), now)).toThrow(/CHECK/);
    const review = db.prepare('INSERT INTO review (commitment_id, institution, commitment_rev, decision, decided_at) VALUES (?, ?, ?, ?, ?)');
    review.run('c1', 'MD', 2, 'returned', now);
    expect(() => review.run('c2', 'MD', 1, 'maybe', now)).toThrow(/CHECK/);
    expect(() => review.run('c3', 'MD', 0, null, now)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO bundle_inbox VALUES ('MD', 0, ?, 'b', 'submission', 'k', ?)").run(sha('a'), now)).toThrow(/CHECK/);
    // Albanian letters byte for byte.
    db.prepare("UPDATE review SET comment_sq = 'Përmirësoni çështjen' WHERE commitment_id = 'c1'").run();
    expect(db.prepare("SELECT comment_sq FROM review WHERE commitment_id = 'c1'").get()).toEqual({ comment_sq: 'Përmirësoni çështjen' });
  });
});
