// Frozen in time: never import app types or change this file once released;
// later schema changes are new migrations appended to the list in index.ts.
//
// A rotated signing key keeps only its public half. Until now the old key's
// sealed private key stayed in signing_key after a rotation, so anyone who
// could open the keyring could still sign with a key the other side had been
// told was retired. The column becomes nullable, a CHECK ties a private key
// to the active status (an active key has one, a retired key never does), and
// the private keys of keys already rotated are wiped.
import type { Migration } from './types';

export const migration0004: Migration = {
  version: 4,
  name: 'retired-keys',
  up: (db) => {
    // SQLite cannot relax NOT NULL in place: the table is rebuilt inside the
    // runner's transaction, where foreign keys cannot be switched off. So the
    // new table refers to itself by its temporary name (dropping the old one
    // then breaks no reference), and RENAME rewrites that reference.
    db.exec(`
      -- Emptied first, in place: the pages the old table leaves behind then
      -- hold no private key, whatever secure_delete does with freed pages.
      UPDATE signing_key SET private_key_protected = X'' WHERE status <> 'active';

      CREATE TABLE signing_key_v4 (
        key_id TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        public_key BLOB NOT NULL,
        private_key_protected BLOB,
        protection TEXT NOT NULL,
        created_at TEXT NOT NULL,
        replaces TEXT REFERENCES signing_key_v4(key_id),
        status TEXT NOT NULL DEFAULT 'active',
        CHECK ((status = 'active') = (private_key_protected IS NOT NULL))
      ) STRICT;

      INSERT INTO signing_key_v4 (key_id, fingerprint, public_key, private_key_protected, protection, created_at, replaces, status)
        SELECT key_id, fingerprint, public_key,
               CASE WHEN status = 'active' THEN private_key_protected ELSE NULL END,
               protection, created_at, replaces, status
        FROM signing_key;

      DROP TABLE signing_key;
      ALTER TABLE signing_key_v4 RENAME TO signing_key;
    `);
  },
};
