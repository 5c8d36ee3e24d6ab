// Frozen in time: never import app types or change this file once released;
// later schema changes are new migrations appended to the list in index.ts.
//
// A prioritization round names the ideas that entered it and its scorers
// before anyone has scored: an idea nobody scored yet still has its row in
// the grid, and a scorer has a sheet from the moment they are added. Both
// keep the order they were added in. A scorer's name is unique in its round
// whatever its case or surrounding spaces, so "Ana" and " ana" cannot be two
// scorers whose scores would be told apart by a space.
import type { Migration } from './types';

export const migration0011: Migration = {
  version: 11,
  name: 'round-ideas-scorers',
  up: (db) => {
    db.exec(`
      CREATE TABLE round_idea (
        round_id TEXT NOT NULL REFERENCES prioritization_round(id) ON DELETE CASCADE,
        idea_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (round_id, idea_id)
      ) STRICT;
      CREATE INDEX round_idea_by_idea ON round_idea(idea_id);

      CREATE TABLE round_scorer (
        round_id TEXT NOT NULL REFERENCES prioritization_round(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (round_id, name),
        UNIQUE (round_id, name_key)
      ) STRICT;

      -- Rounds written before this step (an interchange import) keep their
      -- scorers and scored ideas.
      INSERT OR IGNORE INTO round_idea (round_id, idea_id, position)
        SELECT round_id, idea_id, (ROW_NUMBER() OVER (PARTITION BY round_id ORDER BY idea_id)) - 1
        FROM (SELECT DISTINCT round_id, idea_id FROM prioritization_score);
      INSERT OR IGNORE INTO round_scorer (round_id, name, name_key, position)
        SELECT round_id, scorer, lower(trim(scorer)), (ROW_NUMBER() OVER (PARTITION BY round_id ORDER BY scorer)) - 1
        FROM (SELECT DISTINCT round_id, scorer FROM prioritization_score);
    `);
  },
};
