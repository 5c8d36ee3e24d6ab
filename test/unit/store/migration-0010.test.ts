import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/services/store/migrations';
import { tempDir } from '../../helpers/temp-workspace';

const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

const NOW = '2026-01-01T00:00:00.000Z';
const insertIdea = (db: Database.Database, id: string, title: string) =>
  db
    .prepare("INSERT INTO idea (id, cycle_id, component_code, owner, received_at, channel, title_sq, ogp_values, created_at, updated_at) VALUES (?, '2020-2022', 'anti-corruption', 'MD', '2020-09-01', 'email', ?, '[]', ?, ?)")
    .run(id, title, NOW, NOW);
const search = (db: Database.Database, q: string) =>
  db.prepare('SELECT d.record_type, d.record_id, d.field, d.lang FROM search_text t JOIN search_doc d ON d.id = t.rowid WHERE search_text MATCH ? ORDER BY d.id').all(q);

describe('migration 0010: merged ideas and ideas in the search index', () => {
  it('adds the merge link, indexes the ideas written before it, and keeps the index in step after it', () => {
    const db = new Database(join(tempDir(), 'v7.db'));
    open.push(db);
    migrate(db, 7);
    insertIdea(db, 'i1', 'Ndihmë juridike në çdo qark');
    expect(migrate(db, 10)).toBe(10);
    expect(db.prepare('SELECT id, merged_into_id FROM idea').all()).toEqual([{ id: 'i1', merged_into_id: null }]);
    expect(search(db, '"qark"*')).toEqual([{ record_type: 'idea', record_id: 'i1', field: 'title', lang: 'sq' }]);

    insertIdea(db, 'i2', 'Gjykata të hapura');
    db.prepare("UPDATE idea SET problem_en = 'Court rulings are not published', merged_into_id = 'i1' WHERE id = 'i2'").run();
    expect(search(db, '"rulings"*')).toEqual([{ record_type: 'idea', record_id: 'i2', field: 'problem', lang: 'en' }]);
    db.prepare("DELETE FROM idea WHERE id = 'i2'").run();
    expect(search(db, '"gjykata"*')).toEqual([]);
    expect(db.prepare("SELECT count(*) AS n FROM search_doc WHERE record_id = 'i2'").get()).toEqual({ n: 0 });
  });
});
