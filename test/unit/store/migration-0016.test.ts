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
  db.prepare('SELECT d.record_id, t.body FROM search_text t JOIN search_doc d ON d.id = t.rowid WHERE search_text MATCH ? ORDER BY d.id').all(q);

describe('migration 0016: the search index with one- and two-letter prefixes', () => {
  it('keeps every indexed text under its rowid, finds short prefixes, and stays in step through the triggers', () => {
    const db = new Database(join(tempDir(), 'v15.db'));
    open.push(db);
    migrate(db, 15);
    insertIdea(db, 'i1', 'Ndihmë juridike në çdo qark');
    insertIdea(db, 'i2', 'Gjykata të hapura');
    const before = db.prepare('SELECT rowid, body FROM search_text ORDER BY rowid').all();
    expect(migrate(db, 16)).toBe(16);
    expect(db.prepare('SELECT rowid, body FROM search_text ORDER BY rowid').all()).toEqual(before);
    expect(String(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'search_text'").pluck().get())).toContain("prefix = '1 2'");
    expect(search(db, '"q"*')).toEqual([{ record_id: 'i1', body: 'Ndihmë juridike në çdo qark' }]);
    expect(search(db, '"gj"* "h"*')).toEqual([{ record_id: 'i2', body: 'Gjykata të hapura' }]);

    db.prepare("UPDATE idea SET title_sq = 'Qendra ligjore' WHERE id = 'i1'").run();
    expect(search(db, '"q"*')).toEqual([{ record_id: 'i1', body: 'Qendra ligjore' }]);
    db.prepare("DELETE FROM idea WHERE id = 'i2'").run();
    expect(search(db, '"gj"*')).toEqual([]);
    db.prepare(`INSERT INTO search_text (search_text, rank) VALUES ('integrity-check', 1)`).run();
  });
});
