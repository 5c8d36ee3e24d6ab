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

describe('migration 0013: the LFP’s replies to POC feedback', () => {
  it('keeps older feedback (its target owner unknown) and holds one reply per feedback, item and owner', () => {
    const db = new Database(join(tempDir(), 'v12.db'));
    open.push(db);
    migrate(db, 12);
    db.prepare("INSERT INTO poc_feedback (id, owner, target_type, target_id, created_at, updated_at) VALUES ('f1', 'POC', 'commitment', 'c1', ?, ?)").run(NOW, NOW);
    expect(migrate(db, 13)).toBe(13);
    expect(db.prepare("SELECT target_owner FROM poc_feedback WHERE id = 'f1'").get()).toEqual({ target_owner: null });
    const reply = db.prepare("INSERT INTO feedback_reply (id, owner, feedback_id, item_id, reply_sq, resolved, created_at, updated_at) VALUES (?, 'MD', 'f1', 'item-0', 'Po', ?, ?, ?)");
    reply.run('r1', 1, NOW, NOW);
    expect(() => reply.run('r2', 0, NOW, NOW)).toThrow(/UNIQUE/);
    expect(() => db.prepare("UPDATE feedback_reply SET resolved = 2").run()).toThrow(/CHECK/);
  });
});
