// Frozen in time: never import app types or change this file once released;
// later schema changes are new migrations appended to the list in index.ts.
//
// What a person typed that could not be saved yet (a date that does not
// exist, a text over its limit): kept on this computer, beside the records,
// until it is saved or discarded, so a navigation, a reload or a closed
// window never loses it. Local to the workspace: no bundle, interchange file
// or search index ever reads this table.
import type { Migration } from './types';

export const migration0005: Migration = {
  version: 5,
  name: 'unsaved-values',
  up: (db) => {
    db.exec(`
      CREATE TABLE unsaved_value (
        record_type TEXT NOT NULL,
        record_id TEXT NOT NULL,
        field TEXT NOT NULL,
        -- '' for a field that is not per language (SQLite keys cannot hold NULL uniquely).
        lang TEXT NOT NULL CHECK (lang IN ('', 'sq', 'en')),
        -- The commitment the record belongs to, so an editor finds its children's values.
        commitment_id TEXT NOT NULL,
        -- The would-be value as JSON, when the box held one the schema refused.
        value_json TEXT CHECK (value_json IS NULL OR json_valid(value_json)),
        -- What the box held, when it was not a value at all ("30.02.2021", "12abc").
        typed_text TEXT,
        code TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (record_type, record_id, field, lang),
        CHECK (value_json IS NOT NULL OR typed_text IS NOT NULL)
      ) STRICT;
      CREATE INDEX unsaved_value_commitment ON unsaved_value (commitment_id);
    `);
  },
};
