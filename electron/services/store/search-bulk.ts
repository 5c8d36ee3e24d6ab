// The search index (migrations 0002, 0010, 0016) written set-wise for a bulk
// import: inside the import's transaction the per-row search triggers are
// dropped, the records are written, and then each written record's texts are
// indexed in one INSERT … SELECT per table before the triggers are created
// again from their stored SQL. It is all one transaction, so a failure or a
// crash rolls the triggers back with the rows. The index ends as the triggers
// leave it: an updated record keeps its search_doc rows, a new text gets the
// next id in the order the triggers would have given it (record by record in
// write order, then text by text, the newest trigger first as SQLite fires
// them), and deleted records leave no entry (test: search-set-wise.test.ts).
import { CompiledQuery } from 'kysely';
import type { AnyDb } from './database';

interface Text {
  table: string;
  field: string;
  lang: string;
  column: string;
}

const SAFE = /^[A-Za-z_][A-Za-z0-9_.]*$/;
/** The AFTER INSERT trigger of one text names all four (see migration 0002's index()). */
const AI_TEXT = /SELECT '([A-Za-z_]+)', new\.id, '([A-Za-z0-9_.]+)', '([a-z]+)'\s+WHERE new\.([A-Za-z0-9_]+) <> ''/;

const run = (db: AnyDb, text: string, params: readonly unknown[] = []) => db.executeQuery(CompiledQuery.raw(text, params as unknown[]));

export interface SuspendedSearch {
  /** Removes the entries of the records of `table` whose `column` is one of `values` (what the delete trigger does), before they are deleted. */
  forget(table: string, column: string, values: readonly string[]): Promise<void>;
  /** Indexes the texts of the written records, in write order per table, and restores the triggers. */
  resume(written: readonly [table: string, ids: readonly string[]][]): Promise<void>;
}

export async function suspendSearch(db: AnyDb): Promise<SuspendedSearch> {
  const triggers = (await run(db, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search\\_%' ESCAPE '\\' ORDER BY rowid")).rows as { name: string; sql: string }[];
  const texts: Text[] = [];
  for (const t of triggers) {
    const m = t.name.endsWith('_ai') ? AI_TEXT.exec(t.sql) : null;
    if (!m) continue;
    const [, table, field, lang, column] = m as unknown as [string, string, string, string, string];
    if (![table, field, lang, column].every((s) => SAFE.test(s))) throw new Error(`unexpected search trigger ${t.name}`);
    texts.push({ table, field, lang, column });
  }
  for (const t of triggers) await run(db, `DROP TRIGGER "${t.name}"`);
  return {
    async forget(table, column, values) {
      if (values.length === 0 || !SAFE.test(table) || !SAFE.test(column)) return;
      const docs = `SELECT d.id FROM search_doc d JOIN "${table}" x ON x.id = d.record_id WHERE x."${column}" IN (SELECT value FROM json_each(?))`;
      await run(db, `DELETE FROM search_text WHERE rowid IN (${docs})`, [JSON.stringify(values)]);
      await run(db, `DELETE FROM search_doc WHERE id IN (${docs})`, [JSON.stringify(values)]);
    },
    async resume(written) {
      for (const [table, ids] of written) {
        const mine = texts.map((t, p) => ({ ...t, p })).filter((t) => t.table === table);
        if (ids.length === 0 || mine.length === 0) continue;
        const list = JSON.stringify(ids);
        await run(db, 'DELETE FROM search_text WHERE rowid IN (SELECT d.id FROM search_doc d JOIN json_each(?) s ON d.record_id = s.value)', [list]);
        const docs = mine
          .map((t) => `SELECT s.key AS k, ${t.p} AS p, x.id AS rid, '${t.field}' AS field, '${t.lang}' AS lang FROM s JOIN "${table}" x ON x.id = s.value WHERE x."${t.column}" <> ''`)
          .join(' UNION ALL ');
        await run(db, `INSERT OR IGNORE INTO search_doc (record_type, record_id, field, lang) WITH s AS (SELECT key, value FROM json_each(?)) SELECT '${table}', rid, field, lang FROM (${docs}) ORDER BY k, p DESC`, [list]);
        const bodies = mine
          .map((t) => `SELECT d.id AS id, x."${t.column}" AS body FROM s JOIN "${table}" x ON x.id = s.value JOIN search_doc d ON d.record_id = x.id AND d.field = '${t.field}' AND d.lang = '${t.lang}' WHERE x."${t.column}" <> ''`)
          .join(' UNION ALL ');
        await run(db, `INSERT INTO search_text (rowid, body) WITH s AS (SELECT key, value FROM json_each(?)) SELECT id, body FROM (${bodies}) ORDER BY id`, [list]);
      }
      for (const t of triggers) await run(db, t.sql);
    },
  };
}
