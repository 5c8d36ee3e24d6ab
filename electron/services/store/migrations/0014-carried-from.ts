// Frozen in time: never import app types or change this file once released;
// later schema changes are new migrations appended to the list in index.ts.
//
// A commitment carried forward into a later cycle keeps the id of the one it
// was copied from (carried_from), so the editor and the other side can link
// back to it. Older rows and new drafts hold NULL.
import type { Migration } from './types';

export const migration0014: Migration = {
  version: 14,
  name: 'carried-from',
  up: (db) => {
    db.exec(`
      ALTER TABLE commitment ADD COLUMN carried_from TEXT;
      CREATE INDEX commitment_by_carried_from ON commitment(carried_from) WHERE carried_from IS NOT NULL;
    `);
  },
};
