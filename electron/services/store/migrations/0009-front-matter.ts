// Frozen in time: never import app types or change this file once released;
// later schema changes are new migrations appended to the list in index.ts.
//
// The front matter of a cycle's plan, written by the POC: the foreword, the
// introduction, the process description and the approval reference (one row
// per cycle), its abbreviations and the focal points Annex III names, each
// list in its own table in the order the POC gave it.
import type { Migration } from './types';

export const migration0009: Migration = {
  version: 9,
  name: 'front-matter',
  up: (db) => {
    db.exec(`
      CREATE TABLE front_matter (
        id TEXT PRIMARY KEY,
        cycle_id TEXT NOT NULL UNIQUE,
        owner TEXT NOT NULL,
        foreword_sq TEXT NOT NULL DEFAULT '',
        foreword_en TEXT NOT NULL DEFAULT '',
        introduction_sq TEXT NOT NULL DEFAULT '',
        introduction_en TEXT NOT NULL DEFAULT '',
        process_sq TEXT NOT NULL DEFAULT '',
        process_en TEXT NOT NULL DEFAULT '',
        approval_decision_number TEXT NOT NULL DEFAULT '',
        approval_decision_date TEXT,
        approval_text_sq TEXT NOT NULL DEFAULT '',
        approval_text_en TEXT NOT NULL DEFAULT '',
        rev INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE front_matter_abbreviation (
        front_matter_id TEXT NOT NULL REFERENCES front_matter(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        short_sq TEXT NOT NULL DEFAULT '',
        short_en TEXT NOT NULL DEFAULT '',
        expansion_sq TEXT NOT NULL DEFAULT '',
        expansion_en TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (front_matter_id, position)
      ) STRICT;
      CREATE TABLE focal_point (
        front_matter_id TEXT NOT NULL REFERENCES front_matter(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        institution TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        role_sq TEXT NOT NULL DEFAULT '',
        role_en TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (front_matter_id, position)
      ) STRICT;
    `);
  },
};
