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

describe('migration 0011: the ideas and scorers of a round', () => {
  it('gives a round that already has scores its scored ideas and scorers, and refuses a second scorer of the same name', () => {
    const db = new Database(join(tempDir(), 'v7.db'));
    open.push(db);
    db.pragma('foreign_keys = ON');
    migrate(db, 7);
    db.prepare("INSERT INTO prioritization_round (id, cycle_id, component_code, owner, stage, created_at, updated_at) VALUES ('r1', '2020-2022', 'access-to-justice', 'MD', 'shortlist', ?, ?)").run(NOW, NOW);
    const score = db.prepare("INSERT INTO prioritization_score (round_id, idea_id, criterion_id, scorer, value) VALUES ('r1', ?, ?, ?, 3)");
    score.run('i2', 'impact', 'Besa');
    score.run('i1', 'impact', 'Ana');
    score.run('i1', 'feasibility', 'Besa');
    expect(migrate(db, 11)).toBe(11);
    expect(db.prepare('SELECT idea_id, position FROM round_idea ORDER BY position').all()).toEqual([
      { idea_id: 'i1', position: 0 },
      { idea_id: 'i2', position: 1 },
    ]);
    expect(db.prepare('SELECT name, name_key, position FROM round_scorer ORDER BY position').all()).toEqual([
      { name: 'Ana', name_key: 'ana', position: 0 },
      { name: 'Besa', name_key: 'besa', position: 1 },
    ]);
    expect(() => db.prepare("INSERT INTO round_scorer (round_id, name, name_key, position) VALUES ('r1', 'ANA', 'ana', 2)").run()).toThrow(/UNIQUE/);
    db.prepare("DELETE FROM prioritization_round WHERE id = 'r1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM round_idea').get()).toEqual({ n: 0 });
  });
});
