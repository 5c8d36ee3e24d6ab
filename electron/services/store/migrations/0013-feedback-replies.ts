// Frozen in time: never import app types or change this file once released;
// later schema changes are new migrations appended to the list in index.ts.
//
// The POC feedback framework's round trip. poc_feedback stays the POC's
// (replaced wholesale at the LFP by each feedback bundle), so the LFP's
// reply to each item and its "resolved" mark are the LFP's own records in
// feedback_reply, one per feedback record and item key, carried in its
// submission. poc_feedback learns whose record it is about (target_owner),
// so an LFP can tell feedback meant for it about a record it never sent
// from feedback meant for another institution; rows from before it are NULL.
import type { Migration } from './types';

export const migration0013: Migration = {
  version: 13,
  name: 'feedback-replies',
  up: (db) => {
    db.exec(`
      ALTER TABLE poc_feedback ADD COLUMN target_owner TEXT;
      CREATE TABLE feedback_reply (
        id TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        feedback_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        reply_sq TEXT NOT NULL DEFAULT '', reply_en TEXT NOT NULL DEFAULT '',
        resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
        rev INTEGER NOT NULL DEFAULT 1 CHECK (rev >= 1), created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        UNIQUE (owner, feedback_id, item_id)
      ) STRICT;
      CREATE INDEX feedback_reply_by_feedback ON feedback_reply(feedback_id);
    `);
  },
};
