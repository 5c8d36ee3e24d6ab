// Generic reads and writes of mapped records (see mapping.ts), shared by the
// plan service, interchange import/export and, later, bundle import.
import type { Kysely } from 'kysely';
import type { AnyDb } from './database';
import { fromRow, type Row, type TableMap, toRow } from './mapping';

/** The mapped tables have dynamic names; this view lets Kysely build their queries. */
type Dyn = Kysely<Record<string, Row>>;
const dyn = (db: AnyDb) => db as unknown as Dyn;

/** SQLite accepts at most 32766 bound values per statement. */
const MAX_VARS = 30_000;

/** Inserts, or updates on conflict with `key`, whole records. */
export async function upsertRecords(db: AnyDb, map: TableMap, records: readonly unknown[], key: readonly string[] = ['id']) {
  if (records.length === 0) return;
  const rows = records.map((r) => toRow(map, r));
  const updateCols = map.columns.filter((c) => !key.includes(c));
  const perChunk = Math.max(1, Math.floor(MAX_VARS / map.columns.length));
  for (let i = 0; i < rows.length; i += perChunk) {
    await dyn(db)
      .insertInto(map.table)
      .values(rows.slice(i, i + perChunk))
      .onConflict((oc) => {
        const target = oc.columns(key as string[]);
        return updateCols.length === 0
          ? target.doNothing()
          : target.doUpdateSet((eb) => Object.fromEntries(updateCols.map((c) => [c, eb.ref(`excluded.${c}`)])));
      })
      .execute();
  }
}

export async function selectRecords<T>(db: AnyDb, map: TableMap, where?: { column: string; in: readonly string[] } | { column: string; eq: string }, orderBy: string[] = []): Promise<T[]> {
  let q = dyn(db).selectFrom(map.table).selectAll();
  if (where && 'eq' in where) q = q.where(where.column, '=', where.eq);
  if (where && 'in' in where) {
    if (where.in.length === 0) return [];
    q = q.where(where.column, 'in', where.in as string[]);
  }
  for (const col of orderBy) q = q.orderBy(col);
  const rows = (await q.execute()) as Row[];
  return rows.map((r) => fromRow<T>(map, r));
}

export async function updateColumns(db: AnyDb, table: string, id: string, cols: Row) {
  const res = await dyn(db).updateTable(table).set(cols).where('id', '=', id).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function deleteWhere(db: AnyDb, table: string, column: string, values: readonly string[]) {
  if (values.length === 0) return;
  await dyn(db).deleteFrom(table).where(column, 'in', values as string[]).execute();
}
