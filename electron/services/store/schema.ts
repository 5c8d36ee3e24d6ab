// The workspace database's tables as a value: each column's SQLite type,
// whether it may be NULL and whether the database fills it when an INSERT
// leaves it out. The Kysely types (DB in database.ts) are derived from this
// value rather than written beside it, so test/unit/store/tables.test.ts can
// hold the very thing the compiler checks against the real schema that
// migrations 0001–0005 build; a column added by a migration and not here
// fails that test instead of being reached through a cast.
import type { ColumnType } from 'kysely';

type SqlType = 'TEXT' | 'INTEGER' | 'REAL' | 'BLOB';

export interface Column<T = unknown, N extends boolean = boolean, D extends boolean = boolean> {
  readonly type: SqlType;
  readonly nullable: N;
  /** The database supplies a value when an INSERT omits the column (a DEFAULT or the rowid). */
  readonly defaulted: D;
  /** Type only: what a query reads back. */
  readonly _value?: T;
}

const col =
  <T>(type: SqlType) =>
  <N extends boolean = false, D extends boolean = false>(opts: { null?: N; default?: D } = {}): Column<T, N, D> => ({
    type,
    nullable: (opts.null ?? false) as N,
    defaulted: (opts.default ?? false) as D,
  });

/** TEXT; a union of literals where the table only ever holds those (e.g. a CHECK or a status). */
const text = <T extends string = string>() => col<T>('TEXT');
const int = col<number>('INTEGER');
const real = col<number>('REAL');
const blob = col<Buffer>('BLOB');
const nul = { null: true } as const;
const def = { default: true } as const;

/** A bilingual text: two TEXT columns, <stem>_sq and <stem>_en, '' by default (see migration 0001). */
function bi<S extends string>(...stems: S[]): Record<`${S}_${'sq' | 'en'}`, Column<string, false, true>> {
  const out: Record<string, Column<string, false, true>> = {};
  for (const s of stems) for (const l of ['sq', 'en']) out[`${s}_${l}`] = text()(def);
  return out;
}
/** A JSON column with a DEFAULT ('[]' or '{}'). */
const json = () => text()(def);
const meta = { rev: int(def), created_at: text()(), updated_at: text()() };

export const SCHEMA = {
  workspace_meta: { key: text()(), value: text()() },

  cycle: { id: text()(), ...bi('title'), number: int(), period_start: text()(), period_end: text()(), status: text()() },
  institution: { id: text()(), code: text()(), ...bi('acronym', 'name'), type: text()(), role: text()() },
  component: { id: text()(), cycle_id: text()(), code: text()(), number: int(), ...bi('title', 'policy_goal') },
  component_lead: { component_id: text()(), institution_code: text()(), position: int() },
  reference_term: { kind: text()(), code: text()(), ...bi('label'), position: int() },

  commitment: {
    id: text()(),
    cycle_id: text()(),
    component_code: text()(),
    owner: text()(),
    plan_number: text()(nul),
    ogp_id: text()(nul),
    ...bi('title', 'short_title', 'brief_description', 'problem', 'causes', 'status_quo', 'done_so_far', 'solution', 'expected_results', 'contribution', 'objective'),
    ogp_values: json(),
    ...bi('relevance'),
    policy_areas: json(),
    lead_institution: text()(nul),
    supporting_institutions: json(),
    ...bi('other_actors'),
    start_date: text()(nul),
    end_date: text()(nul),
    budget_amount: real(nul),
    budget_currency: text()(def),
    ...bi('budget_funding_source', 'strategy_links'),
    sdgs: json(),
    contact_name: text()(def),
    contact_title: text()(def),
    contact_email: text()(def),
    contact_phone: text()(def),
    status: text()(def),
    origin_ideas: json(),
    carried_from: text()(nul),
    ...meta,
  },
  milestone: {
    id: text()(),
    commitment_id: text()(),
    seq: int(),
    ...bi('activity', 'deliverable'),
    start_date: text()(nul),
    end_date: text()(nul),
    responsible_institution: text()(nul),
    ...bi('stakeholders'),
    cost: real(nul),
    status: text()(def),
    progress_pct: int(def),
    ...meta,
  },
  indicator: {
    id: text()(),
    commitment_id: text()(),
    milestone_id: text()(nul),
    seq: int(),
    ...bi('name'),
    type: text()(def),
    ...bi('definition', 'unit'),
    baseline_value: text()(nul),
    baseline_year: int(nul),
    targets: json(),
    ...bi('data_source'),
    frequency: text()(nul),
    responsible_institution: text()(nul),
    ...bi('method', 'disaggregation', 'assumptions'),
    ...meta,
  },

  idea: {
    id: text()(),
    cycle_id: text()(),
    component_code: text()(),
    owner: text()(),
    received_at: text()(),
    channel: text()(),
    submitter_name: text()(def),
    submitter_organisation: text()(def),
    submitter_org_type: text()(nul),
    consent_to_publish: int(def),
    ...bi('title', 'problem', 'proposed_solution', 'expected_result'),
    ogp_values: json(),
    suggested_lead: text()(nul),
    status: text()(def),
    ...bi('reasoned_response'),
    decided_at: text()(nul),
    commitment_id: text()(nul),
    merged_into_id: text()(nul),
    ...meta,
  },
  prioritization_round: {
    id: text()(),
    cycle_id: text()(),
    component_code: text()(),
    owner: text()(),
    stage: text()(),
    criteria: json(),
    scale_min: int(def),
    scale_max: int(def),
    opened_at: text()(nul),
    closed_at: text()(nul),
    ...meta,
  },
  prioritization_score: { round_id: text()(), idea_id: text()(), criterion_id: text()(), scorer: text()(), value: real(), comment: text()(def) },
  /** Migration 0011: the ideas that entered a round and its scorers, in the order they were added. */
  round_idea: { round_id: text()(), idea_id: text()(), position: int() },
  round_scorer: { round_id: text()(), name: text()(), name_key: text()(), position: int() },
  consultation_event: {
    id: text()(),
    cycle_id: text()(),
    component_code: text()(),
    owner: text()(),
    type: text()(),
    ...bi('title'),
    date: text()(nul),
    notice_date: text()(nul),
    mode: text()(),
    organizer: text()(nul),
    ...bi('agenda'),
    invited_organisations: json(),
    participants_consent: int(def),
    ...bi('minutes', 'conclusions'),
    /** Migration 0012: a virtual meeting's guidelines checklist. */
    checklist: json(),
    ...meta,
  },
  /** consent: migration 0012. */
  event_participant: { event_id: text()(), position: int(), name: text()(), organisation: text()(def), sector: text()(def), gender: text()(def), consent: int(def) },
  comment: {
    id: text()(),
    owner: text()(),
    event_id: text()(nul),
    target: text()(nul),
    author: text()(def),
    /** Migration 0012. */
    author_consent: int(def),
    organisation: text()(def),
    ...bi('text'),
    theme: text()(def),
    decision: text()(nul),
    ...bi('reason'),
    decided_at: text()(nul),
    ...meta,
  },
  consultation_report: {
    id: text()(),
    cycle_id: text()(),
    kind: text()(),
    component_code: text()(),
    owner: text()(),
    events: json(),
    ...bi('purpose', 'method', 'participation', 'findings', 'responses', 'impact', 'process_feedback', 'next_steps'),
    status: text()(def),
    ...meta,
  },
  poc_feedback: {
    id: text()(),
    owner: text()(),
    target_type: text()(),
    target_id: text()(),
    target_rev: int(nul),
    items: json(),
    ...bi('overall', 'lfp_reply'),
    resolved: int(def),
    ...meta,
    target_owner: text()(nul),
  },
  feedback_reply: {
    id: text()(),
    owner: text()(),
    feedback_id: text()(),
    item_id: text()(),
    ...bi('reply'),
    resolved: int(def),
    ...meta,
  },
  calendar_item: {
    id: text()(),
    cycle_id: text()(),
    owner: text()(),
    ...bi('phase', 'title'),
    responsible: text()(def),
    start: text()(nul),
    due: text()(nul),
    status: text()(def),
    ...bi('notes'),
    ...meta,
  },
  attachment: {
    id: text()(),
    owner: text()(),
    owner_type: text()(),
    owner_id: text()(),
    file_name: text()(),
    mime_type: text()(),
    size: int(),
    sha256: text()(),
    content: blob(nul),
    ...meta,
  },
  tombstone: { entity: text()(), id: text()(), owner: text()(), rev: int(), deleted_at: text()() },

  signing_key: {
    key_id: text()(),
    fingerprint: text()(),
    public_key: blob(),
    /** Null once the key is retired (migration 0004): only the active key can sign. */
    private_key_protected: blob(nul),
    protection: text()(),
    created_at: text()(),
    replaces: text()(nul),
    status: text()(def),
  },
  trusted_signer: {
    key_id: text()(),
    institution: text()(),
    fingerprint: text()(),
    public_key: blob(),
    enrolled_at: text()(),
    status: text<'active' | 'rotated' | 'revoked'>()(def),
    effective_from_seq: int(nul),
    replaced_by: text()(nul),
    status_changed_at: text()(nul),
  },
  bundle_log: {
    seq_no: int(def),
    bundle_id: text()(nul),
    direction: text<'export' | 'import'>()(),
    institution: text()(nul),
    sequence: int(nul),
    sha256: text()(),
    result: text<'exported' | 'applied' | 'already-imported' | 'refused'>()(),
    reason_code: text()(nul),
    /** JSON: the values the reason's sentence names. */
    reason_params: text()(nul),
    at: text()(),
  },

  search_doc: { id: int(def), record_type: text()(), record_id: text()(), field: text()(), lang: text()() },

  bundle_inbox: {
    issuer: text()(),
    last_seq: int(),
    manifest_sha256: text()(),
    bundle_id: text()(),
    bundle_type: text()(),
    key_id: text()(),
    accepted_at: text()(),
  },
  bundle_outbox: { audience: text()(), last_seq: int(def), last_manifest_sha256: text()(nul), floor_seq: int(def), updated_at: text()() },
  bundle_archive: {
    manifest_sha256: text()(),
    bundle_id: text()(),
    bundle_type: text()(),
    institution: text()(),
    seq: int(),
    file_sha256: text()(),
    manifest: text()(),
    bytes: blob(),
    accepted_at: text()(),
  },
  review: {
    commitment_id: text()(),
    institution: text()(),
    commitment_rev: int(),
    plan_number: text()(nul),
    decision: text<'accepted' | 'returned'>()(nul),
    ...bi('comment'),
    decided_at: text()(),
  },
  front_matter: {
    id: text()(),
    cycle_id: text()(),
    owner: text()(),
    ...bi('foreword', 'introduction', 'process'),
    approval_decision_number: text()(def),
    approval_decision_date: text()(nul),
    ...bi('approval_text'),
    ...meta,
  },
  front_matter_abbreviation: { front_matter_id: text()(), position: int(), ...bi('short', 'expansion') },
  focal_point: { front_matter_id: text()(), position: int(), institution: text()(), name: text()(def), ...bi('role'), email: text()(def) },
  unsaved_value: {
    record_type: text<'commitment' | 'milestone' | 'indicator' | 'front-matter' | 'idea' | 'consultation-event' | 'comment' | 'consultation-report' | 'poc-feedback' | 'feedback-reply' | 'calendar-item'>()(),
    record_id: text()(),
    field: text()(),
    lang: text<'' | 'sq' | 'en'>()(),
    commitment_id: text()(),
    value_json: text()(nul),
    typed_text: text()(nul),
    code: text()(),
    updated_at: text()(),
  },
  feedback_state: {
    issuer: text()(),
    poc_seq: int(),
    manifest_sha256: text()(),
    received_at: text()(),
    receipts: text()(def),
    reference: text()(nul),
  },
  reference_state: { id: int(def), revision: int(def), updated_at: text()(nul) },
} as const;

/** Tables reached by raw SQL only (the FTS5 index and its shadow tables), which the schema value leaves out. */
export const UNTYPED_TABLES: readonly RegExp[] = [/^search_text(_|$)/, /^sqlite_/];

/**
 * Kysely's view of one column: what a SELECT reads, what an INSERT needs
 * (optional where the database fills it in; NULL for a nullable column
 * without a DEFAULT), what an UPDATE may set.
 */
type KyselyColumn<C> =
  C extends Column<infer T, infer N, infer D>
    ? N extends true
      ? ColumnType<T | null, T | null | undefined, T | null>
      : D extends true
        ? ColumnType<T, T | undefined, T>
        : T
    : never;

export type Schema = typeof SCHEMA;
export type TableName = keyof Schema;
export type DB = { [T in TableName]: { -readonly [C in keyof Schema[T]]: KyselyColumn<Schema[T][C]> } };
