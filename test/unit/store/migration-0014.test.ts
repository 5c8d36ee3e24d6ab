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

describe('migration 0014: a commitment carried forward keeps the one it came from', () => {
  it('leaves older commitments without a link and holds the id of the old one for a copy', () => {
    const db = new Database(join(tempDir(), 'v13.db'));
    open.push(db);
    migrate(db, 13);
    db.exec(`INSERT INTO cycle (id, title_sq, title_en, number, period_start, period_end, status) VALUES ('2020-2022', '', '', 5, '2020-09-01', '2022-08-31', 'drafting');
      INSERT INTO component (id, cycle_id, code, number, title_sq, title_en, policy_goal_sq, policy_goal_en) VALUES ('a', '2020-2022', 'a', 1, '', '', '', '');`);
    const insert = (id: string) =>
      db.prepare("INSERT INTO commitment (id, cycle_id, component_code, owner, created_at, updated_at) VALUES (?, '2020-2022', 'a', 'MD', ?, ?)").run(id, NOW, NOW);
    insert('c1');
    expect(migrate(db, 14)).toBe(14);
    expect(db.prepare("SELECT carried_from FROM commitment WHERE id = 'c1'").get()).toEqual({ carried_from: null });
    insert('c2');
    db.prepare("UPDATE commitment SET carried_from = 'c1' WHERE id = 'c2'").run();
    expect(db.prepare("SELECT id FROM commitment WHERE carried_from = 'c1'").all()).toEqual([{ id: 'c2' }]);
  });
});
