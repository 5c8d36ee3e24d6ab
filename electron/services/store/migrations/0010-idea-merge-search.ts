// Frozen in time: never import app types or change this file once released;
// later schema changes are new migrations appended to the list in index.ts.
//
// The ideas register. A duplicate idea is merged into the one it repeats:
// it keeps its own text (the submitter wrote it) and points at the idea it
// joined, so the link travels in bundles and interchange files like any
// other column. Ideas also join the full-text search of migration 0002, one
// indexed row per (idea, field, language), with the same triggers.
import type { Migration } from './types';

/** Field path in the record -> column stem (<stem>_sq, <stem>_en); this migration's own copy. */
const INDEXED: Record<string, string> = {
  title: 'title',
  problem: 'problem',
  proposedSolution: 'proposed_solution',
  expectedResult: 'expected_result',
};
const LANGS = ['sq', 'en'] as const;

const SAFE = /^[A-Za-z_][A-Za-z0-9_.]*$/;
function safe(s: string): string {
  if (!SAFE.test(s)) throw new Error(`Unsafe identifier in migration 0010: ${s}`);
  return s;
}

const texts = () =>
  Object.entries(INDEXED).flatMap(([field, stem]) => LANGS.map((lang) => ({ field: safe(field), lang, column: safe(`${stem}_${lang}`) })));

type Indexed = ReturnType<typeof texts>[number];

const docOf = (t: Indexed, rec: string) => `record_id = ${rec}.id AND field = '${t.field}' AND lang = '${t.lang}'`;

function index(t: Indexed): string {
  return `
    INSERT INTO search_doc (record_type, record_id, field, lang)
      SELECT 'idea', new.id, '${t.field}', '${t.lang}'
      WHERE new.${t.column} <> '' AND NOT EXISTS (SELECT 1 FROM search_doc WHERE ${docOf(t, 'new')});
    INSERT INTO search_text (rowid, body)
      SELECT id, new.${t.column} FROM search_doc WHERE ${docOf(t, 'new')} AND new.${t.column} <> '';`;
}

function triggers(): string {
  const out: string[] = [];
  for (const t of texts()) {
    out.push(`CREATE TRIGGER search_idea_${t.column}_ai AFTER INSERT ON idea
      WHEN new.${t.column} <> '' BEGIN ${index(t)} END;`);
    out.push(`CREATE TRIGGER search_idea_${t.column}_au AFTER UPDATE OF ${t.column} ON idea
      WHEN old.${t.column} IS NOT new.${t.column} BEGIN
        DELETE FROM search_text WHERE rowid = (SELECT id FROM search_doc WHERE ${docOf(t, 'new')});
        ${index(t)}
      END;`);
  }
  out.push(`CREATE TRIGGER search_idea_ad AFTER DELETE ON idea BEGIN
    DELETE FROM search_text WHERE rowid IN (SELECT id FROM search_doc WHERE record_id = old.id);
    DELETE FROM search_doc WHERE record_id = old.id;
  END;`);
  return out.join('\n');
}

function backfill(): string {
  return texts()
    .map(
      (t) => `
      INSERT INTO search_doc (record_type, record_id, field, lang)
        SELECT 'idea', id, '${t.field}', '${t.lang}' FROM idea WHERE ${t.column} <> '';
      INSERT INTO search_text (rowid, body)
        SELECT d.id, x.${t.column} FROM search_doc d JOIN idea x ON x.id = d.record_id
        WHERE d.record_type = 'idea' AND d.field = '${t.field}' AND d.lang = '${t.lang}';`,
    )
    .join('\n');
}

export const migration0010: Migration = {
  version: 10,
  name: 'idea-merge-search',
  up: (db) => {
    db.exec(`
      ALTER TABLE idea ADD COLUMN merged_into_id TEXT;
      CREATE INDEX idea_by_merged_into ON idea(merged_into_id) WHERE merged_into_id IS NOT NULL;
    `);
    db.exec(backfill());
    db.exec(triggers());
  },
};
