// Frozen in time: never import app types or change this file once released;
// later schema changes are new migrations appended to the list in index.ts.
//
// A calendar item's phase was one string, so Annex V's bilingual edition could
// only print it in one language. It becomes a bilingual text like the item's
// title: the string written so far is the Albanian (the language the POC
// drafts the calendar in), the English starts empty.
import type { Migration } from './types';

export const migration0008: Migration = {
  version: 8,
  name: 'bilingual-phase',
  up: (db) => {
    db.exec(`
      ALTER TABLE calendar_item RENAME COLUMN phase TO phase_sq;
      ALTER TABLE calendar_item ADD COLUMN phase_en TEXT NOT NULL DEFAULT '';
    `);
  },
};
