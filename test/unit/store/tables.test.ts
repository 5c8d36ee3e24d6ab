// Every column a table map names must exist in the real schema, and every
// column of a mapped table must be mapped (or be deliberately left out), so
// mapping and migrations cannot drift apart silently.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { fromRow, patchToColumns, toRow } from '../../../electron/services/store/mapping';
import { migrate } from '../../../electron/services/store/migrations';
import { SCHEMA, UNTYPED_TABLES } from '../../../electron/services/store/schema';
import { ALL_TABLE_MAPS, COMMITMENT, OWNED_TABLES } from '../../../electron/services/store/tables';

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}

const NOT_MAPPED: Record<string, string[]> = { attachment: ['content'] };

describe('table maps', () => {
  const db = new Database(':memory:');
  migrate(db);
  for (const map of ALL_TABLE_MAPS) {
    it(`${map.table} matches the schema`, () => {
      const cols = (db.prepare(`PRAGMA table_info(${map.table})`).all() as { name: string }[]).map((c) => c.name);
      expect([...map.columns].sort()).toEqual(cols.filter((c) => !(NOT_MAPPED[map.table] ?? []).includes(c)).sort());
    });
  }

  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[])
    .map((t) => t.name)
    .filter((name) => !UNTYPED_TABLES.some((re) => re.test(name)));

  it('types every table of the real schema, and no other', () => {
    expect(tables.length).toBeGreaterThan(25);
    expect(Object.keys(SCHEMA).sort()).toEqual(tables);
  });

  for (const table of tables) {
    it(`${table}'s Kysely type matches the schema: columns, types, NULL and defaults`, () => {
      const info = db.prepare(`PRAGMA table_info(${table})`).all() as ColumnInfo[];
      const rowid = info.filter((c) => c.pk > 0).length === 1 ? info.find((c) => c.pk > 0 && c.type === 'INTEGER')?.name : undefined;
      const real = Object.fromEntries(
        info.map((c) => [c.name, { type: c.type, nullable: c.notnull === 0 && c.pk === 0, defaulted: c.dflt_value !== null || c.name === rowid }]),
      );
      const typed = Object.fromEntries(
        Object.entries(SCHEMA[table as keyof typeof SCHEMA]).map(([name, c]) => [name, { type: c.type, nullable: c.nullable, defaulted: c.defaulted }]),
      );
      expect(typed).toEqual(real);
    });
  }

  it('maps only typed tables, with texts in TEXT columns and flags in INTEGER ones', () => {
    for (const map of ALL_TABLE_MAPS) {
      const cols: Record<string, { type: string }> = SCHEMA[map.table];
      for (const f of map.fields) {
        if (f.kind === 'text') for (const l of ['sq', 'en']) expect(cols[`${f.column}_${l}`]?.type, `${map.table}.${f.column}_${l}`).toBe('TEXT');
        if (f.kind === 'json') expect(cols[f.column]?.type, `${map.table}.${f.column}`).toBe('TEXT');
        if (f.kind === 'bool') expect(cols[f.column]?.type, `${map.table}.${f.column}`).toBe('INTEGER');
      }
    }
  });

  it('names an owned table with an owner column for every entity that has one', () => {
    for (const table of Object.values(OWNED_TABLES)) expect(Object.keys(SCHEMA[table])).toEqual(expect.arrayContaining(['id', 'owner']));
  });

  it('turns nested records into rows and back', () => {
    const record = {
      title: { sq: 'Titull ë', en: 'Title' },
      budget: { amount: 12.5, currency: 'EUR', fundingSource: { sq: 'Buxheti i shtetit', en: 'State budget' } },
      ogpValues: ['civic-participation'],
    };
    const row = toRow(COMMITMENT, record);
    expect(row).toMatchObject({
      title_sq: 'Titull ë',
      title_en: 'Title',
      budget_amount: 12.5,
      budget_currency: 'EUR',
      budget_funding_source_sq: 'Buxheti i shtetit',
      ogp_values: '["civic-participation"]',
    });
    const back = fromRow<typeof record>(COMMITMENT, row);
    expect(back.title).toEqual(record.title);
    expect(back.budget).toEqual(record.budget);
    expect(back.ogpValues).toEqual(record.ogpValues);
  });

  it('patches touch only the languages and fields given', () => {
    expect(patchToColumns(COMMITMENT, { title: { en: 'Only English' }, budget: { amount: 3 } })).toEqual({
      title_en: 'Only English',
      budget_amount: 3,
    });
    expect(() => patchToColumns(COMMITMENT, { notAField: 1 })).toThrow(/No column/);
  });
});
