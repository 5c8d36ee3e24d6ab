// Frozen in time: never import app types or change this file once released;
// later schema changes are new migrations appended to the list in index.ts.
//
// Signed bundles (docs/bundle-format.md): what a receiver remembers of each
// issuer's sequence, what an exporter has numbered per audience, the raw
// bundles it accepted, the POC's reviews (at an LFP: the reviews received)
// and the LFP's state of the POC's feedback. A key rotation retires the old
// trusted key from a sequence number on, which trusted_signer now records.
import type { Migration } from './types';

export const migration0003: Migration = {
  version: 3,
  name: 'bundles',
  up: (db) => {
    db.exec(`
      -- Receiver: per issuing institution, the last bundle accepted from it.
      -- Updated in the transaction that applies the bundle.
      CREATE TABLE bundle_inbox (
        issuer TEXT PRIMARY KEY,
        last_seq INTEGER NOT NULL CHECK (last_seq >= 1),
        manifest_sha256 TEXT NOT NULL CHECK (length(manifest_sha256) = 64),
        bundle_id TEXT NOT NULL,
        bundle_type TEXT NOT NULL,
        key_id TEXT NOT NULL,
        accepted_at TEXT NOT NULL
      ) STRICT;

      -- Exporter: per audience (an institution code, or '*'), the last number
      -- used and the floor a receipt reported (a number is never reused, and
      -- never at or below what the receiver already accepted).
      CREATE TABLE bundle_outbox (
        audience TEXT PRIMARY KEY,
        last_seq INTEGER NOT NULL DEFAULT 0 CHECK (last_seq >= 0),
        last_manifest_sha256 TEXT CHECK (last_manifest_sha256 IS NULL OR length(last_manifest_sha256) = 64),
        floor_seq INTEGER NOT NULL DEFAULT 0 CHECK (floor_seq >= 0),
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Every accepted bundle, byte for byte, for audits and later diffs.
      CREATE TABLE bundle_archive (
        manifest_sha256 TEXT PRIMARY KEY CHECK (length(manifest_sha256) = 64),
        bundle_id TEXT NOT NULL UNIQUE,
        bundle_type TEXT NOT NULL,
        institution TEXT NOT NULL,
        seq INTEGER NOT NULL CHECK (seq >= 1),
        file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
        manifest TEXT NOT NULL CHECK (json_valid(manifest)),
        bytes BLOB NOT NULL,
        accepted_at TEXT NOT NULL,
        UNIQUE (institution, seq)
      ) STRICT;

      -- The POC's review of a commitment (at an LFP: the reviews received
      -- from the POC about its own commitments). No foreign key: a review
      -- outlives a commitment deleted by a later bundle, and at an LFP it may
      -- arrive before the commitment is known.
      CREATE TABLE review (
        commitment_id TEXT PRIMARY KEY,
        institution TEXT NOT NULL,
        commitment_rev INTEGER NOT NULL CHECK (commitment_rev >= 1),
        plan_number TEXT,
        decision TEXT CHECK (decision IS NULL OR decision IN ('accepted', 'returned')),
        comment_sq TEXT NOT NULL DEFAULT '',
        comment_en TEXT NOT NULL DEFAULT '',
        decided_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX review_by_institution ON review(institution);

      -- At an LFP: the POC's latest feedback as received (one row per POC).
      CREATE TABLE feedback_state (
        issuer TEXT PRIMARY KEY,
        poc_seq INTEGER NOT NULL CHECK (poc_seq >= 1),
        manifest_sha256 TEXT NOT NULL,
        received_at TEXT NOT NULL,
        receipts TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(receipts)),
        reference TEXT CHECK (reference IS NULL OR json_valid(reference))
      ) STRICT;

      -- A rotated key is refused from this sequence number on, and names its successor.
      ALTER TABLE trusted_signer ADD COLUMN effective_from_seq INTEGER;
      ALTER TABLE trusted_signer ADD COLUMN replaced_by TEXT;
      ALTER TABLE trusted_signer ADD COLUMN status_changed_at TEXT;

      CREATE INDEX bundle_log_by_time ON bundle_log(at);
    `);
  },
};
