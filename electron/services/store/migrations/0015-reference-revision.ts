// Frozen in time: never import app types or change this file once released;
// later schema changes are new migrations appended to the list in index.ts.
//
// The reference data (cycles, institutions, components, vocabularies) gets a
// revision: one row, 0 for the shipped seed, raised by each POC edit and, at
// an LFP, set to the revision of the feedback bundle that brought it. A
// feedback bundle carrying an older revision than the workspace holds is a
// rollback and is refused.
import type { Migration } from './types';

export const migration0015: Migration = {
  version: 15,
  name: 'reference-revision',
  up: (db) => {
    db.exec(`
      CREATE TABLE reference_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
        updated_at TEXT
      ) STRICT;
      INSERT INTO reference_state (id, revision, updated_at) VALUES (1, 0, NULL);
    `);
  },
};
