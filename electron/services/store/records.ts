// Generic reads and writes of mapped records (see mapping.ts), shared by the
// plan service, interchange import/export, bundles and the aggregate readers.
import { CompiledQuery, type Kysely, sql } from 'kysely';
import type { AnyDb } from './database';
import { fromRow, type Row, type TableMap, toRow } from './mapping';
import { assertOpenCycle } from './open-cycle';
import { SCHEMA, type TableName } from './schema';

/**
 * The one place that builds queries from a TableMap's column names, which
 * are only known as strings here; everything outside goes through the typed
 * DB. tables.test.ts checks every map's columns against the real schema.
 */
type Generic = Kysely<Record<string, Row>>;
const generic = (db: AnyDb) => db as unknown as Generic;

/** At most this many ids per IN list, well below SQLite's 32766 bound values with the other filters beside it. */
export const IN_CHUNK = 10_000;

/** The upsert of one row of `map`, by `key`: one SQL text per table and key, so the connection prepares it once. */
const upsertSql = new Map<string, string>();
function upsertText(map: TableMap, key: readonly string[]): string {
  const id = `${map.table}|${key.join(',')}`;
  let text = upsertSql.get(id);
  if (text === undefined) {
    const q = (c: string) => `"${c}"`;
    const updateCols = map.columns.filter((c) => !key.includes(c));
    const onConflict = updateCols.length === 0 ? 'DO NOTHING' : `DO UPDATE SET ${updateCols.map((c) => `${q(c)} = excluded.${q(c)}`).join(', ')}`;
    text = `insert into ${q(map.table)} (${map.columns.map(q).join(', ')}) values (${map.columns.map(() => '?').join(', ')}) on conflict (${key.map(q).join(', ')}) ${onConflict}`;
    upsertSql.set(id, text);
  }
  return text;
}

/**
 * Inserts, or updates on conflict with `key`, whole records: one prepared
 * statement per table, each row bound as an array of its columns (building
 * one multi-row INSERT per chunk in Kysely cost more than SQLite's writes).
 */
export async function upsertRecords(db: AnyDb, map: TableMap, records: readonly unknown[], key: readonly string[] = ['id']) {
  if (records.length === 0) return;
  const text = upsertText(map, key);
  for (const r of records) {
    const row = toRow(map, r) as Row;
    await db.executeQuery(CompiledQuery.raw(text, map.columns.map((c) => row[c] ?? null)));
  }
}

/**
 * Whether a map covers every column of its table: then `SELECT *` reads the
 * same as the column list, and Kysely compiles it without walking some sixty
 * column names per query (measurable when one commitment is opened).
 */
const coversTable = (map: TableMap) => map.columns.length === Object.keys(SCHEMA[map.table]).length;

/** A column equal to a value, or in a list of values (any length: read in chunks). */
export type Where = { column: string; in: readonly string[] } | { column: string; eq: string };

/**
 * Records of `map` matching every condition, ordered by `orderBy`. Only the
 * mapped columns are read (an attachment's content can be megabytes). At most
 * one condition may be an IN list; a long one is read IN_CHUNK ids at a time,
 * so the result is ordered within each chunk (callers that need one order
 * across chunks group by parent, which a chunk of parent ids keeps whole).
 */
export async function selectRecords<T>(db: AnyDb, map: TableMap, where?: Where | readonly Where[], orderBy: readonly string[] = []): Promise<T[]> {
  const conds: readonly Where[] = where === undefined ? [] : 'column' in where ? [where as Where] : (where as readonly Where[]);
  const list = conds.find((c): c is Extract<Where, { in: readonly string[] }> => 'in' in c);
  if (list && list.in.length === 0) return [];
  if (list && list.in.length > IN_CHUNK) {
    const out: T[] = [];
    for (let i = 0; i < list.in.length; i += IN_CHUNK) {
      const part = conds.map((c) => (c === list ? { column: c.column, in: list.in.slice(i, i + IN_CHUNK) } : c));
      out.push(...(await selectRecords<T>(db, map, part, orderBy)));
    }
    return out;
  }
  const from = generic(db).selectFrom(map.table);
  let q = coversTable(map) ? from.selectAll() : from.select(map.columns as string[]);
  // A list of one (opening one commitment) as `=`: SQLite plans both alike, Kysely builds `=` faster.
  for (const c of conds) q = 'eq' in c ? q.where(c.column, '=', c.eq) : c.in.length === 1 ? q.where(c.column, '=', c.in[0]!) : q.where(c.column, 'in', c.in as string[]);
  for (const col of orderBy) q = q.orderBy(col);
  const rows = await q.execute();
  return rows.map((r) => fromRow<T>(map, r));
}

export async function updateColumns(db: AnyDb, table: TableName, id: string, cols: Row) {
  const res = await generic(db).updateTable(table).set(cols).where('id', '=', id).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/**
 * An edit of one of this institution's own records: the columns, the next
 * revision and the save time in one UPDATE that only matches the owner's row
 * (throws when there is none, which the caller has already ruled out).
 */
export async function saveOwnRow(db: AnyDb, table: TableName, id: string, owner: string, cols: Record<string, unknown>, updatedAt: string): Promise<{ id: string; rev: number; updatedAt: string }> {
  // A record of an earlier cycle is read and printed, not changed.
  if ('cycle_id' in SCHEMA[table]) {
    const held = (await generic(db).selectFrom(table).select('cycle_id').where('id', '=', id).executeTakeFirst()) as { cycle_id: string } | undefined;
    if (held) await assertOpenCycle(db, held.cycle_id);
  }
  const row = (await generic(db)
    .updateTable(table)
    .set({ ...(cols as Row), rev: sql<number>`rev + 1`, updated_at: updatedAt })
    .where('id', '=', id)
    .where('owner', '=', owner)
    .returning(['rev'])
    .executeTakeFirstOrThrow()) as { rev: number };
  return { id, rev: row.rev, updatedAt };
}

export async function deleteWhere(db: AnyDb, table: TableName, column: string, values: readonly string[]) {
  if (values.length === 0) return;
  await generic(db).deleteFrom(table).where(column, 'in', values as string[]).execute();
}
