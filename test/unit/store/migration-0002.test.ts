import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { textColumns } from '../../../electron/services/store/mapping';
import { migrate, schemaVersion } from '../../../electron/services/store/migrations';
import { COMMITMENT, INDICATOR, MILESTONE } from '../../../electron/services/store/tables';
import { tempDir } from '../../helpers/temp-workspace';

const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** A workspace database as version 1 left it, with drafted content in it. */
function v1WithData(): Database.Database {
  const db = new Database(join(tempDir(), 'v1.db'));
  db.pragma('foreign_keys = ON');
  open.push(db);
  migrate(db, 1);
  const now = '2026-01-01T00:00:00.000Z';
  db.exec(`
    INSERT INTO cycle (id, number, period_start, period_end, status) VALUES ('2020-2022', 5, '2020-09-01', '2022-08-31', 'drafting');
    INSERT INTO component (id, cycle_id, code, number) VALUES ('k', '2020-2022', 'access-to-justice', 3);
  `);
  db.prepare(
    `INSERT INTO commitment (id, cycle_id, component_code, owner, title_sq, title_en, budget_funding_source_en, created_at, updated_at)
     VALUES ('c1', '2020-2022', 'access-to-justice', 'MD', 'Çështjet e përfshirjes', 'Inclusion matters', 'EU funds', ?, ?)`,
  ).run(now, now);
  db.prepare(`INSERT INTO commitment (id, cycle_id, component_code, owner, created_at, updated_at) VALUES ('c2', '2020-2022', 'access-to-justice', 'MD', ?, ?)`).run(now, now);
  db.prepare(`INSERT INTO milestone (id, commitment_id, seq, deliverable_en, created_at, updated_at) VALUES ('m1', 'c1', 1, 'Annual report', ?, ?)`).run(now, now);
  db.prepare(`INSERT INTO indicator (id, commitment_id, seq, name_sq, created_at, updated_at) VALUES ('i1', 'c1', 1, 'Numri i vendimeve', ?, ?)`).run(now, now);
  return db;
}

const docs = (db: Database.Database) =>
  db.prepare('SELECT d.record_type, d.record_id, d.field, d.lang, t.body FROM search_doc d JOIN search_text t ON t.rowid = d.id ORDER BY d.record_id, d.field, d.lang').all();
const match = (db: Database.Database, q: string) =>
  (db.prepare('SELECT d.record_id, d.field, d.lang FROM search_text t JOIN search_doc d ON d.id = t.rowid WHERE search_text MATCH ? ORDER BY rank').all(q) as object[]);

describe('migration 0002: search index', () => {
  it('indexes what a version-1 workspace already holds, and records user_version 2', () => {
    const db = v1WithData();
    expect(schemaVersion(db)).toBe(1);
    expect(migrate(db, 2)).toBe(2);
    expect(schemaVersion(db)).toBe(2);
    // One row per non-empty (record, field, language); the empty commitment c2 has none.
    expect(docs(db)).toEqual([
      { record_type: 'commitment', record_id: 'c1', field: 'budget.fundingSource', lang: 'en', body: 'EU funds' },
      { record_type: 'commitment', record_id: 'c1', field: 'title', lang: 'en', body: 'Inclusion matters' },
      { record_type: 'commitment', record_id: 'c1', field: 'title', lang: 'sq', body: 'Çështjet e përfshirjes' },
      { record_type: 'indicator', record_id: 'i1', field: 'name', lang: 'sq', body: 'Numri i vendimeve' },
      { record_type: 'milestone', record_id: 'm1', field: 'deliverable', lang: 'en', body: 'Annual report' },
    ]);
    expect(match(db, '"ceshtjet"')).toEqual([{ record_id: 'c1', field: 'title', lang: 'sq' }]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('keeps the index in step through its triggers, re-indexing only changed texts', () => {
    const db = v1WithData();
    migrate(db);
    const idOf = (record: string, field: string, lang: string) =>
      (db.prepare('SELECT id FROM search_doc WHERE record_id = ? AND field = ? AND lang = ?').get(record, field, lang) as { id: number } | undefined)?.id;
    const before = idOf('c1', 'title', 'en');
    db.prepare("UPDATE commitment SET title_sq = 'Ndihmë juridike', rev = rev + 1 WHERE id = 'c1'").run();
    expect(match(db, '"ceshtjet"')).toEqual([]);
    expect(match(db, '"ndihme"')).toEqual([{ record_id: 'c1', field: 'title', lang: 'sq' }]);
    expect(idOf('c1', 'title', 'en')).toBe(before);
    // An upsert that rewrites columns with the same values leaves the index alone: only the row itself changes.
    const total = () => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    const start = total();
    db.prepare("UPDATE commitment SET title_sq = title_sq, title_en = title_en, budget_funding_source_en = budget_funding_source_en WHERE id = 'c1'").run();
    expect(total() - start).toBe(1);
    db.prepare("UPDATE commitment SET title_en = title_en, problem_sq = 'Problemi' WHERE id = 'c2'").run();
    expect(match(db, '"problemi"')).toEqual([{ record_id: 'c2', field: 'problem', lang: 'sq' }]);
    db.prepare("UPDATE commitment SET problem_sq = '' WHERE id = 'c2'").run();
    expect(match(db, '"problemi"')).toEqual([]);
    // Cascading deletes reach the children's entries too.
    db.prepare("DELETE FROM commitment WHERE id = 'c1'").run();
    expect(docs(db)).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM search_text').get()).toEqual({ n: 0 });
  });

  it('has insert, update and delete triggers for every bilingual text of the three drafted tables', () => {
    const db = v1WithData();
    migrate(db);
    const triggers = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as { name: string }[]).map((r) => r.name));
    for (const map of [COMMITMENT, MILESTONE, INDICATOR]) {
      expect(triggers.has(`search_${map.table}_ad`)).toBe(true);
      for (const col of [...textColumns(map, 'sq'), ...textColumns(map, 'en')]) {
        expect(triggers.has(`search_${map.table}_${col}_ai`), col).toBe(true);
        expect(triggers.has(`search_${map.table}_${col}_au`), col).toBe(true);
      }
    }
  });
});
