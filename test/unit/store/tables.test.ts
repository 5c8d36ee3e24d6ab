// Every column a table map names must exist in the real schema, and every
// column of a mapped table must be mapped (or be deliberately left out), so
// mapping and migrations cannot drift apart silently.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { fromRow, patchToColumns, toRow } from '../../../electron/services/store/mapping';
import { migrate } from '../../../electron/services/store/migrations';
import { ALL_TABLE_MAPS, COMMITMENT } from '../../../electron/services/store/tables';

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
