import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/services/store/migrations';
import { tempDir } from '../../helpers/temp-workspace';

const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

const NOW = '2026-01-01T00:00:00.000Z';
const insertKey = (db: Database.Database, keyId: string, status: string, replaces: string | null, priv: Buffer | null) =>
  db
    .prepare('INSERT INTO signing_key (key_id, fingerprint, public_key, private_key_protected, protection, created_at, replaces, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(keyId, '12345 12345 12345 12345 12345 12345', Buffer.alloc(32, keyId.charCodeAt(0)), priv, 'aes-256-gcm/keyring-file/v1', NOW, replaces, status);

/** A version-3 workspace that rotated its key twice: two retired keys still holding their private keys, as before 0004. */
function v3AfterRotations(): Database.Database {
  const db = new Database(join(tempDir(), 'v3.db'));
  db.pragma('foreign_keys = ON');
  open.push(db);
  migrate(db, 3);
  insertKey(db, 'aaaaaaaaaaaaaaaa', 'rotated', null, Buffer.from('sealed-first-key'));
  insertKey(db, 'bbbbbbbbbbbbbbbb', 'rotated', 'aaaaaaaaaaaaaaaa', Buffer.from('sealed-second-key'));
  insertKey(db, 'cccccccccccccccc', 'active', 'bbbbbbbbbbbbbbbb', Buffer.from('sealed-active-key'));
  return db;
}

const keys = (db: Database.Database) => db.prepare('SELECT key_id, status, replaces, private_key_protected FROM signing_key ORDER BY key_id').all();

describe('migration 0004: retired keys keep only their public half', () => {
  it('wipes the private keys of keys already rotated and keeps the active one, the chain and the columns', () => {
    const db = v3AfterRotations();
    const columnsBefore = db.prepare('PRAGMA table_info(signing_key)').all().map((c) => (c as { name: string }).name);
    expect(migrate(db, 4)).toBe(4);
    expect(schemaVersion(db)).toBe(4);
    expect(keys(db)).toEqual([
      { key_id: 'aaaaaaaaaaaaaaaa', status: 'rotated', replaces: null, private_key_protected: null },
      { key_id: 'bbbbbbbbbbbbbbbb', status: 'rotated', replaces: 'aaaaaaaaaaaaaaaa', private_key_protected: null },
      { key_id: 'cccccccccccccccc', status: 'active', replaces: 'bbbbbbbbbbbbbbbb', private_key_protected: Buffer.from('sealed-active-key') },
    ]);
    expect(db.prepare('PRAGMA table_info(signing_key)').all().map((c) => (c as { name: string }).name)).toEqual(columnsBefore);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'signing_key_v4'").get()).toEqual({ n: 0 });
  });

  it('from now on a retired key cannot hold a private key, and an active key must', () => {
    const db = v3AfterRotations();
    migrate(db, 4);
    expect(() => insertKey(db, 'dddddddddddddddd', 'rotated', null, Buffer.from('x'))).toThrow(/CHECK/);
    expect(() => insertKey(db, 'eeeeeeeeeeeeeeee', 'active', null, null)).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE signing_key SET status = 'rotated' WHERE key_id = 'cccccccccccccccc'").run()).toThrow(/CHECK/);
    db.prepare("UPDATE signing_key SET status = 'rotated', private_key_protected = NULL WHERE key_id = 'cccccccccccccccc'").run();
    // The self-reference still holds after the rebuild.
    expect(() => insertKey(db, 'ffffffffffffffff', 'active', 'no-such-key', Buffer.from('x'))).toThrow(/FOREIGN KEY/);
  });

  it('a fresh workspace gets the same table', () => {
    const db = new Database(join(tempDir(), 'fresh.db'));
    open.push(db);
    db.pragma('foreign_keys = ON');
    migrate(db);
    const { sql } = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'signing_key'").get() as { sql: string };
    expect(sql).toContain("CHECK ((status = 'active') = (private_key_protected IS NOT NULL))");
    expect(sql).toMatch(/replaces TEXT REFERENCES "?signing_key"?\(key_id\)/);
  });
});
