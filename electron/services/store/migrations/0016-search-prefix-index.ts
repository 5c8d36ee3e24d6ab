// Frozen in time: never import app types or change this file once released;
// later schema changes are new migrations appended to the list in index.ts.
//
// The search index learns one- and two-letter prefixes. Every word of a
// query is a prefix ("p" finds "prokurim"); without a prefix index FTS5
// finds a short prefix by merging the lists of every word it begins, which
// at 1,600 commitments took 6–20 ms before a single hit. The texts are kept
// as they are (same rowids, so search_doc still names them); the triggers of
// migrations 0002 and 0010 write to the new table by its unchanged name.
import type { Migration } from './types';

export const migration0016: Migration = {
  version: 16,
  name: 'search-prefix-index',
  up: (db) => {
    db.exec(`
      CREATE TEMP TABLE search_text_0014 AS SELECT rowid AS id, body FROM search_text;
      DROP TABLE search_text;
      CREATE VIRTUAL TABLE search_text USING fts5(body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2');
      INSERT INTO search_text (rowid, body) SELECT id, body FROM temp.search_text_0014 ORDER BY id;
      DROP TABLE temp.search_text_0014;
    `);
  },
};
