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

describe('migration 0006: a POC status only where the review decides it', () => {
  it('keeps accepted and returned where the review says so, turns the statuses an LFP gave itself into ready, and leaves the rest', () => {
    const db = new Database(join(tempDir(), 'v4.db'));
    open.push(db);
    migrate(db, 5);
    db.prepare("INSERT INTO cycle (id, title_sq, title_en, number, period_start, period_end, status) VALUES ('2020-2022', 'Plani', 'Plan', 5, '2020-09', '2022-08', 'drafting')").run();
    db.prepare("INSERT INTO component (id, cycle_id, code, number, title_sq, title_en, policy_goal_sq, policy_goal_en) VALUES ('k1', '2020-2022', 'anti-corruption', 1, 'A', 'A', '', '')").run();
    const commitment = db.prepare(
      "INSERT INTO commitment (id, cycle_id, component_code, owner, status, rev, created_at, updated_at) VALUES (?, '2020-2022', 'anti-corruption', 'MD', ?, 3, ?, ?)",
    );
    const statuses = { c1: 'accepted', c2: 'returned', c3: 'accepted', c4: 'submitted', c5: 'in-consultation', c6: 'returned' };
    for (const [id, status] of Object.entries(statuses)) commitment.run(id, status, NOW, NOW);
    const review = db.prepare('INSERT INTO review (commitment_id, institution, commitment_rev, decision, decided_at) VALUES (?, ?, ?, ?, ?)');
    review.run('c1', 'MD', 3, 'accepted', NOW);
    review.run('c2', 'MD', 3, 'returned', NOW);
    review.run('c6', 'MD', 3, 'accepted', NOW);
    expect(migrate(db, 6)).toBe(6);
    expect(db.prepare('SELECT id, status, rev, updated_at FROM commitment ORDER BY id').all()).toEqual([
      { id: 'c1', status: 'accepted', rev: 3, updated_at: NOW },
      { id: 'c2', status: 'returned', rev: 3, updated_at: NOW },
      { id: 'c3', status: 'ready', rev: 3, updated_at: NOW },
      { id: 'c4', status: 'ready', rev: 3, updated_at: NOW },
      { id: 'c5', status: 'in-consultation', rev: 3, updated_at: NOW },
      { id: 'c6', status: 'accepted', rev: 3, updated_at: NOW },
    ]);
  });
});
