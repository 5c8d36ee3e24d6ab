// Frozen in time: never import app types or change this file once released;
// later schema changes are new migrations appended to the list in index.ts.
//
// Bilingual texts are two columns, <name>_sq and <name>_en, so that search,
// quality checks and SQL can reach each language directly. Lists that are
// only ever read whole (codes, tags, targets) are JSON columns checked by
// json_valid(). Every drafted record carries owner, rev and timestamps.
import type { Migration } from './types';

const text = (name: string) => `${name}_sq TEXT NOT NULL DEFAULT '', ${name}_en TEXT NOT NULL DEFAULT ''`;
const json = (name: string, empty = '[]') => `${name} TEXT NOT NULL DEFAULT '${empty}' CHECK (json_valid(${name}))`;
const meta = `rev INTEGER NOT NULL DEFAULT 1 CHECK (rev >= 1), created_at TEXT NOT NULL, updated_at TEXT NOT NULL`;

export const migration0001: Migration = {
  version: 1,
  name: 'initial-schema',
  up: (db) => {
    db.exec(`
      CREATE TABLE workspace_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      -- Reference data ---------------------------------------------------
      CREATE TABLE cycle (
        id TEXT PRIMARY KEY,
        ${text('title')},
        number INTEGER NOT NULL,
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL,
        status TEXT NOT NULL,
        CHECK (period_start <= period_end)
      ) STRICT;

      CREATE TABLE institution (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        ${text('acronym')},
        ${text('name')},
        type TEXT NOT NULL,
        role TEXT NOT NULL
      ) STRICT;

      CREATE TABLE component (
        id TEXT PRIMARY KEY,
        cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        number INTEGER NOT NULL,
        ${text('title')},
        ${text('policy_goal')},
        UNIQUE (cycle_id, code)
      ) STRICT;

      CREATE TABLE component_lead (
        component_id TEXT NOT NULL REFERENCES component(id) ON DELETE CASCADE,
        institution_code TEXT NOT NULL REFERENCES institution(code) ON UPDATE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (component_id, institution_code)
      ) STRICT;

      CREATE TABLE reference_term (
        kind TEXT NOT NULL,
        code TEXT NOT NULL,
        ${text('label')},
        position INTEGER NOT NULL,
        PRIMARY KEY (kind, code)
      ) STRICT;

      -- Drafted by an LFP --------------------------------------------------
      CREATE TABLE commitment (
        id TEXT PRIMARY KEY,
        cycle_id TEXT NOT NULL,
        component_code TEXT NOT NULL,
        owner TEXT NOT NULL,
        plan_number TEXT,
        ogp_id TEXT,
        ${text('title')}, ${text('short_title')}, ${text('brief_description')},
        ${text('problem')}, ${text('causes')}, ${text('status_quo')}, ${text('done_so_far')},
        ${text('solution')}, ${text('expected_results')}, ${text('contribution')}, ${text('objective')},
        ${json('ogp_values')},
        ${text('relevance')},
        ${json('policy_areas')},
        lead_institution TEXT,
        ${json('supporting_institutions')},
        ${text('other_actors')},
        start_date TEXT,
        end_date TEXT,
        budget_amount REAL CHECK (budget_amount IS NULL OR budget_amount >= 0),
        budget_currency TEXT NOT NULL DEFAULT 'ALL',
        ${text('budget_funding_source')},
        ${text('strategy_links')},
        ${json('sdgs')},
        contact_name TEXT NOT NULL DEFAULT '',
        contact_title TEXT NOT NULL DEFAULT '',
        contact_email TEXT NOT NULL DEFAULT '',
        contact_phone TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'draft',
        ${json('origin_ideas')},
        ${meta},
        FOREIGN KEY (cycle_id, component_code) REFERENCES component(cycle_id, code)
      ) STRICT;
      CREATE INDEX commitment_by_component ON commitment(cycle_id, component_code);
      CREATE INDEX commitment_by_owner ON commitment(owner);

      CREATE TABLE milestone (
        id TEXT PRIMARY KEY,
        commitment_id TEXT NOT NULL REFERENCES commitment(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        ${text('activity')}, ${text('deliverable')},
        start_date TEXT,
        end_date TEXT,
        responsible_institution TEXT,
        ${text('stakeholders')},
        cost REAL CHECK (cost IS NULL OR cost >= 0),
        status TEXT NOT NULL DEFAULT 'not-started',
        progress_pct INTEGER NOT NULL DEFAULT 0 CHECK (progress_pct BETWEEN 0 AND 100),
        ${meta}
      ) STRICT;
      CREATE INDEX milestone_by_commitment ON milestone(commitment_id, seq);

      CREATE TABLE indicator (
        id TEXT PRIMARY KEY,
        commitment_id TEXT NOT NULL REFERENCES commitment(id) ON DELETE CASCADE,
        milestone_id TEXT REFERENCES milestone(id) ON DELETE SET NULL,
        seq INTEGER NOT NULL,
        ${text('name')},
        type TEXT NOT NULL DEFAULT 'output',
        ${text('definition')}, ${text('unit')},
        baseline_value TEXT CHECK (baseline_value IS NULL OR json_valid(baseline_value)),
        baseline_year INTEGER,
        ${json('targets')},
        ${text('data_source')},
        frequency TEXT,
        responsible_institution TEXT,
        ${text('method')}, ${text('disaggregation')}, ${text('assumptions')},
        ${meta}
      ) STRICT;
      CREATE INDEX indicator_by_commitment ON indicator(commitment_id, seq);

      -- Co-creation --------------------------------------------------------
      CREATE TABLE idea (
        id TEXT PRIMARY KEY,
        cycle_id TEXT NOT NULL,
        component_code TEXT NOT NULL,
        owner TEXT NOT NULL,
        received_at TEXT NOT NULL,
        channel TEXT NOT NULL,
        submitter_name TEXT NOT NULL DEFAULT '',
        submitter_organisation TEXT NOT NULL DEFAULT '',
        submitter_org_type TEXT,
        consent_to_publish INTEGER NOT NULL DEFAULT 0 CHECK (consent_to_publish IN (0, 1)),
        ${text('title')}, ${text('problem')}, ${text('proposed_solution')}, ${text('expected_result')},
        ${json('ogp_values')},
        suggested_lead TEXT,
        status TEXT NOT NULL DEFAULT 'received',
        ${text('reasoned_response')},
        decided_at TEXT,
        commitment_id TEXT,
        ${meta}
      ) STRICT;
      CREATE INDEX idea_by_component ON idea(cycle_id, component_code);

      CREATE TABLE prioritization_round (
        id TEXT PRIMARY KEY,
        cycle_id TEXT NOT NULL,
        component_code TEXT NOT NULL,
        owner TEXT NOT NULL,
        stage TEXT NOT NULL,
        ${json('criteria')},
        scale_min INTEGER NOT NULL DEFAULT 1,
        scale_max INTEGER NOT NULL DEFAULT 5,
        opened_at TEXT,
        closed_at TEXT,
        ${meta},
        CHECK (scale_min < scale_max)
      ) STRICT;

      CREATE TABLE prioritization_score (
        round_id TEXT NOT NULL REFERENCES prioritization_round(id) ON DELETE CASCADE,
        idea_id TEXT NOT NULL,
        criterion_id TEXT NOT NULL,
        scorer TEXT NOT NULL,
        value REAL NOT NULL,
        comment TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (round_id, idea_id, criterion_id, scorer)
      ) STRICT;

      CREATE TABLE consultation_event (
        id TEXT PRIMARY KEY,
        cycle_id TEXT NOT NULL,
        component_code TEXT NOT NULL,
        owner TEXT NOT NULL,
        type TEXT NOT NULL,
        ${text('title')},
        date TEXT,
        notice_date TEXT,
        mode TEXT NOT NULL,
        organizer TEXT,
        ${text('agenda')},
        ${json('invited_organisations')},
        participants_consent INTEGER NOT NULL DEFAULT 0 CHECK (participants_consent IN (0, 1)),
        ${text('minutes')}, ${text('conclusions')},
        ${meta}
      ) STRICT;

      CREATE TABLE event_participant (
        event_id TEXT NOT NULL REFERENCES consultation_event(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        organisation TEXT NOT NULL DEFAULT '',
        sector TEXT NOT NULL DEFAULT '',
        gender TEXT NOT NULL DEFAULT 'undisclosed',
        PRIMARY KEY (event_id, position)
      ) STRICT;

      CREATE TABLE comment (
        id TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        event_id TEXT REFERENCES consultation_event(id) ON DELETE SET NULL,
        target TEXT,
        author TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        ${text('text')},
        theme TEXT NOT NULL DEFAULT '',
        decision TEXT,
        ${text('reason')},
        decided_at TEXT,
        ${meta}
      ) STRICT;

      CREATE TABLE consultation_report (
        id TEXT PRIMARY KEY,
        cycle_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        component_code TEXT NOT NULL,
        owner TEXT NOT NULL,
        ${json('events')},
        ${text('purpose')}, ${text('method')}, ${text('participation')}, ${text('findings')},
        ${text('responses')}, ${text('impact')}, ${text('process_feedback')}, ${text('next_steps')},
        status TEXT NOT NULL DEFAULT 'draft',
        ${meta}
      ) STRICT;

      CREATE TABLE poc_feedback (
        id TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        target_type TEXT NOT NULL,
        target_id TEXT NOT NULL,
        target_rev INTEGER,
        ${json('items')},
        ${text('overall')}, ${text('lfp_reply')},
        resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
        ${meta}
      ) STRICT;
      CREATE INDEX poc_feedback_by_target ON poc_feedback(target_id);

      CREATE TABLE calendar_item (
        id TEXT PRIMARY KEY,
        cycle_id TEXT NOT NULL,
        owner TEXT NOT NULL,
        phase TEXT NOT NULL DEFAULT '',
        ${text('title')},
        responsible TEXT NOT NULL DEFAULT '',
        start TEXT,
        due TEXT,
        status TEXT NOT NULL DEFAULT 'planned',
        ${text('notes')},
        ${meta}
      ) STRICT;

      CREATE TABLE attachment (
        id TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        owner_type TEXT NOT NULL,
        owner_id TEXT NOT NULL,
        file_name TEXT NOT NULL,
        mime_type TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        sha256 TEXT NOT NULL,
        content BLOB,
        ${meta}
      ) STRICT;

      -- Deletions are recorded, so a bundle can carry them explicitly
      -- (a record missing from a bundle is never taken as deleted).
      CREATE TABLE tombstone (
        entity TEXT NOT NULL,
        id TEXT NOT NULL,
        owner TEXT NOT NULL,
        rev INTEGER NOT NULL,
        deleted_at TEXT NOT NULL,
        PRIMARY KEY (entity, id)
      ) STRICT;

      -- Sync and trust -----------------------------------------------------
      CREATE TABLE signing_key (
        key_id TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        public_key BLOB NOT NULL,
        private_key_protected BLOB NOT NULL,
        protection TEXT NOT NULL,
        created_at TEXT NOT NULL,
        replaces TEXT REFERENCES signing_key(key_id),
        status TEXT NOT NULL DEFAULT 'active'
      ) STRICT;

      CREATE TABLE trusted_signer (
        key_id TEXT PRIMARY KEY,
        institution TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        public_key BLOB NOT NULL,
        enrolled_at TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'active'
      ) STRICT;
      CREATE INDEX trusted_signer_by_institution ON trusted_signer(institution);

      CREATE TABLE bundle_log (
        seq_no INTEGER PRIMARY KEY AUTOINCREMENT,
        bundle_id TEXT,
        direction TEXT NOT NULL CHECK (direction IN ('export', 'import')),
        institution TEXT,
        sequence INTEGER,
        sha256 TEXT NOT NULL,
        result TEXT NOT NULL,
        reason_code TEXT,
        at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
