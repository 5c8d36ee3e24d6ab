// Declarative mapping between a model record (nested, camelCase, bilingual
// texts as { sq, en }) and its table row (flat, snake_case, <name>_sq and
// <name>_en columns). Each table is described once in tables.ts; reading,
// writing, field patches and search all follow from that description.
import type { Insertable, Updateable } from 'kysely';
import type { Lang } from '../../../shared/model/primitives';
import type { DB, TableName } from './schema';

export type FieldKind = 'value' | 'text' | 'bool' | 'json';
export type SqlValue = string | number | bigint | Buffer | null;
/**
 * A row of any table, as the generic code here builds it column by column.
 * The functions below hand callers the table's own Kysely type instead
 * (test/unit/store/tables.test.ts checks that a map's columns are the table's).
 */
export type Row = Record<string, SqlValue>;

export interface FieldMap {
  /** Dotted path in the record, e.g. "budget.fundingSource". */
  readonly path: string;
  readonly kind: FieldKind;
  /** Column name, or column stem for texts (stem_sq, stem_en). */
  readonly column: string;
}

export interface TableMap<T extends TableName = TableName> {
  readonly table: T;
  readonly fields: readonly FieldMap[];
  /** Column names in table order, for INSERT statements. */
  readonly columns: readonly string[];
  readonly byPath: ReadonlyMap<string, FieldMap>;
}

const snake = (path: string) => path.replace(/\./g, '_').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const LANG_SUFFIXES: readonly Lang[] = ['sq', 'en'];

export function tableMap<T extends TableName>(table: T, spec: Record<string, FieldKind>): TableMap<T> {
  const fields = Object.entries(spec).map(([path, kind]) => ({ path, kind, column: snake(path) }));
  const columns = fields.flatMap((f) => (f.kind === 'text' ? LANG_SUFFIXES.map((l) => `${f.column}_${l}`) : [f.column]));
  return { table, fields, columns, byPath: new Map(fields.map((f) => [f.path, f])) };
}

function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

function toSql(kind: FieldKind, value: unknown): SqlValue {
  switch (kind) {
    case 'bool':
      return value ? 1 : 0;
    case 'json':
      return value === undefined ? null : JSON.stringify(value);
    default:
      return (value ?? null) as SqlValue;
  }
}

function fromSql(kind: FieldKind, value: SqlValue): unknown {
  switch (kind) {
    case 'bool':
      return value === 1;
    case 'json':
      return value === null ? null : JSON.parse(String(value));
    default:
      return value;
  }
}

/** A whole record to a row with every column of the table. */
export function toRow<T extends TableName>(map: TableMap<T>, record: unknown): Insertable<DB[T]> {
  const row: Row = {};
  for (const f of map.fields) {
    const v = getPath(record, f.path);
    if (f.kind === 'text') {
      const t = (v ?? {}) as Partial<Record<Lang, string>>;
      for (const l of LANG_SUFFIXES) row[`${f.column}_${l}`] = t[l] ?? '';
    } else {
      row[f.column] = toSql(f.kind, v);
    }
  }
  return row as Insertable<DB[T]>;
}

export function fromRow<T>(map: TableMap, row: Row): T {
  let read = readers.get(map);
  if (read === undefined) readers.set(map, (read = rowReader(map)));
  return read(row) as T;
}

type RowReader = (row: Row) => Record<string, unknown>;
const readers = new WeakMap<TableMap, RowReader>();

/**
 * fromRow for one map, with each field's path split and column names built
 * once rather than for every row: a plan-wide read (the quality report, the
 * print, an export) maps some 10,000 rows of 20–60 columns.
 */
function rowReader(map: TableMap): RowReader {
  const steps = map.fields.map((f) => {
    const keys = f.path.split('.');
    return { parents: keys.slice(0, -1), leaf: keys[keys.length - 1]!, kind: f.kind, column: f.column, sq: `${f.column}_sq`, en: `${f.column}_en` };
  });
  return (row) => {
    const out: Record<string, unknown> = {};
    for (const s of steps) {
      let cur = out;
      for (const key of s.parents) {
        if (typeof cur[key] !== 'object' || cur[key] === null) cur[key] = {};
        cur = cur[key] as Record<string, unknown>;
      }
      cur[s.leaf] = s.kind === 'text' ? { sq: row[s.sq] ?? '', en: row[s.en] ?? '' } : fromSql(s.kind, row[s.column] ?? null);
    }
    return out;
  };
}

/**
 * The columns a partial change touches. Nested objects are walked down to
 * mapped fields; for a bilingual field only the languages present change.
 */
export function patchToColumns<T extends TableName>(map: TableMap<T>, patch: Record<string, unknown>): Updateable<DB[T]> {
  return patchColumns(map, patch, '') as Updateable<DB[T]>;
}

function patchColumns(map: TableMap, patch: Record<string, unknown>, prefix: string): Row {
  const cols: Row = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const f = map.byPath.get(path);
    if (!f) {
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        Object.assign(cols, patchColumns(map, value as Record<string, unknown>, path));
        continue;
      }
      throw new Error(`No column for ${map.table}.${path}`);
    }
    if (f.kind === 'text') {
      const t = value as Partial<Record<Lang, string>>;
      for (const l of LANG_SUFFIXES) if (t[l] !== undefined) cols[`${f.column}_${l}`] = t[l];
    } else {
      cols[f.column] = toSql(f.kind, value);
    }
  }
  return cols;
}

/** The text columns of a table, for search and completeness checks. */
export const textColumns = (map: TableMap, lang: Lang) =>
  map.fields.filter((f) => f.kind === 'text').map((f) => `${f.column}_${lang}`);
