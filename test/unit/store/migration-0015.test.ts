import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/services/store/migrations';
import { tempDir } from '../../helpers/temp-workspace';

const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

describe('migration 0015: the reference data’s revision', () => {
  it('starts an existing workspace at revision 0 and holds one row, never negative', () => {
    const db = new Database(join(tempDir(), 'v14.db'));
    open.push(db);
    migrate(db, 14);
    expect(migrate(db, 15)).toBe(15);
    expect(db.prepare('SELECT id, revision, updated_at FROM reference_state').all()).toEqual([{ id: 1, revision: 0, updated_at: null }]);
    expect(() => db.prepare('INSERT INTO reference_state (id, revision) VALUES (2, 0)').run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE reference_state SET revision = -1').run()).toThrow(/CHECK/);
  });
});
