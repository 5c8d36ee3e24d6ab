// Frozen in time: never import app types or change this file once released.
// The column list below is this migration's own copy; a later migration
// that adds a bilingual text column adds that column's triggers itself.
//
// Full-text search over the drafted plan, accent-insensitive (unicode61
// with remove_diacritics 2 folds ë to e and ç to c, and lower-cases), with
// one indexed row per (record, field, language) so a hit can say which field
// and which language matched.
//
// search_doc names each indexed text; search_text (FTS5) holds it under the
// same rowid. Looking a text up goes through search_doc's unique index, so a
// save re-indexes one text without scanning the FTS table. SQLite triggers
// keep both in step with every writer (services, interchange import, later
// bundle import); the per-column `AFTER UPDATE OF` triggers re-index only
// the texts a save actually changed.
import type { Migration } from './types';

type Indexed = Record<string, string>;

/** Per table: field path in the record -> column stem (<stem>_sq, <stem>_en). */
const INDEXED: Record<'commitment' | 'milestone' | 'indicator', Indexed> = {
  commitment: {
    title: 'title',
    shortTitle: 'short_title',
    briefDescription: 'brief_description',
    problem: 'problem',
    causes: 'causes',
    statusQuo: 'status_quo',
    doneSoFar: 'done_so_far',
    solution: 'solution',
    expectedResults: 'expected_results',
    contribution: 'contribution',
    objective: 'objective',
    relevance: 'relevance',
    otherActors: 'other_actors',
    'budget.fundingSource': 'budget_funding_source',
    strategyLinks: 'strategy_links',
  },
  milestone: {
    activity: 'activity',
    deliverable: 'deliverable',
    stakeholders: 'stakeholders',
  },
  indicator: {
    name: 'name',
    definition: 'definition',
    unit: 'unit',
    dataSource: 'data_source',
    method: 'method',
    disaggregation: 'disaggregation',
    assumptions: 'assumptions',
  },
};

const LANGS = ['sq', 'en'] as const;

// Everything below is spliced into SQL; it comes from the constant above,
// and this guard keeps a future typo from becoming broken SQL.
const SAFE = /^[A-Za-z_][A-Za-z0-9_.]*$/;
function safe(s: string): string {
  if (!SAFE.test(s)) throw new Error(`Unsafe identifier in migration 0002: ${s}`);
  return s;
}

interface Text {
  table: string;
  field: string;
  lang: string;
  column: string;
}

const texts = (): Text[] =>
  Object.entries(INDEXED).flatMap(([table, fields]) =>
    Object.entries(fields).flatMap(([field, stem]) =>
      LANGS.map((lang) => ({ table: safe(table), field: safe(field), lang, column: safe(`${stem}_${lang}`) })),
    ),
  );

const docOf = (t: Text, rec: string) => `record_id = ${rec}.id AND field = '${t.field}' AND lang = '${t.lang}'`;

/** Indexes one text of the row `new`, unless it is empty. */
function index(t: Text): string {
  return `
    INSERT INTO search_doc (record_type, record_id, field, lang)
      SELECT '${t.table}', new.id, '${t.field}', '${t.lang}'
      WHERE new.${t.column} <> '' AND NOT EXISTS (SELECT 1 FROM search_doc WHERE ${docOf(t, 'new')});
    INSERT INTO search_text (rowid, body)
      SELECT id, new.${t.column} FROM search_doc WHERE ${docOf(t, 'new')} AND new.${t.column} <> '';`;
}

// One trigger per text and event: a trigger's WHEN clause is checked before
// any of its statements run, so inserting a record with mostly empty texts
// (every record the app creates) or saving one field costs next to nothing
// for the other texts.
function triggers(): string {
  const out: string[] = [];
  for (const t of texts()) {
    out.push(`CREATE TRIGGER search_${t.table}_${t.column}_ai AFTER INSERT ON ${t.table}
      WHEN new.${t.column} <> '' BEGIN ${index(t)} END;`);
    out.push(`CREATE TRIGGER search_${t.table}_${t.column}_au AFTER UPDATE OF ${t.column} ON ${t.table}
      WHEN old.${t.column} IS NOT new.${t.column} BEGIN
        DELETE FROM search_text WHERE rowid = (SELECT id FROM search_doc WHERE ${docOf(t, 'new')});
        ${index(t)}
      END;`);
  }
  for (const table of Object.keys(INDEXED)) {
    out.push(`CREATE TRIGGER search_${table}_ad AFTER DELETE ON ${table} BEGIN
      DELETE FROM search_text WHERE rowid IN (SELECT id FROM search_doc WHERE record_id = old.id);
      DELETE FROM search_doc WHERE record_id = old.id;
    END;`);
  }
  return out.join('\n');
}

/** Indexes the rows written before this migration. */
function backfill(): string {
  return texts()
    .map(
      (t) => `
      INSERT INTO search_doc (record_type, record_id, field, lang)
        SELECT '${t.table}', id, '${t.field}', '${t.lang}' FROM ${t.table} WHERE ${t.column} <> '';
      INSERT INTO search_text (rowid, body)
        SELECT d.id, x.${t.column} FROM search_doc d JOIN ${t.table} x ON x.id = d.record_id
        WHERE d.record_type = '${t.table}' AND d.field = '${t.field}' AND d.lang = '${t.lang}';`,
    )
    .join('\n');
}

export const migration0002: Migration = {
  version: 2,
  name: 'search-index',
  up: (db) => {
    db.exec(`
      CREATE TABLE search_doc (
        id INTEGER PRIMARY KEY,
        record_type TEXT NOT NULL,
        record_id TEXT NOT NULL,
        field TEXT NOT NULL,
        lang TEXT NOT NULL,
        UNIQUE (record_id, field, lang)
      ) STRICT;
      CREATE VIRTUAL TABLE search_text USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');
    `);
    db.exec(backfill());
    db.exec(triggers());
  },
};
