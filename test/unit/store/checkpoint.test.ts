// Checkpoints taken when writing pauses (store/checkpoint.ts): the timer's
// look is called directly, so nothing here waits for time to pass.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKSTOP_PAGES } from '../../../electron/services/store/checkpoint';
import { openStore, type Store } from '../../../electron/services/store/database';

const ROUND_BYTES = 4 * 1024 * 1024;

describe('checkpoints on a pause in writing', () => {
  let dir: string;
  let store: Store;
  const walBytes = () => statSync(`${store.file}-wal`).size;
  /** Many small commits, as typing makes, of about ROUND_BYTES in all. */
  const type = () => {
    const insert = store.sqlite.prepare('INSERT INTO scratch (body) VALUES (?)');
    for (let i = 0; i < ROUND_BYTES / 4096; i++) insert.run('x'.repeat(4000));
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'plani-checkpoint-'));
    store = openStore(join(dir, 'plani.db'), { create: true });
    store.sqlite.exec('CREATE TABLE scratch (body TEXT)');
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves the automatic checkpoint as a backstop far above a burst of typing, and the search index unmerged in commits', () => {
    expect(store.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(BACKSTOP_PAGES);
    expect(BACKSTOP_PAGES * 4096).toBeGreaterThan(2 * ROUND_BYTES);
    expect(store.sqlite.prepare(`SELECT v FROM search_text_config WHERE k = 'automerge'`).pluck().get()).toBe(0);
  });

  it('checkpoints once a look finds no write since the last one, so the WAL stays the size of one burst', () => {
    type();
    const burst = walBytes();
    expect(burst).toBeGreaterThan(ROUND_BYTES);
    for (let round = 0; round < 5; round++) {
      store.checkpoints.tick(); // notes the burst's writes: still typing, perhaps
      store.checkpoints.tick(); // nothing new since: the pause checkpoints
      type();
    }
    // Without the pauses' checkpoints the WAL would hold six bursts by now (the backstop is above that).
    expect(walBytes()).toBeLessThan(2 * burst);
  });

  it('does not checkpoint while writes keep coming between looks', () => {
    type();
    store.checkpoints.tick();
    type();
    store.checkpoints.tick();
    type();
    expect(walBytes()).toBeGreaterThan(2.5 * ROUND_BYTES);
  });

  it('keeps the search index answering across the pauses that merge it', () => {
    const { sqlite } = store;
    for (let i = 0; i < 40; i++) {
      // One commit, so one new index segment, each, as a field save makes.
      sqlite.prepare('INSERT INTO search_text (rowid, body) VALUES (?, ?)').run(i + 1, `Transparenca e prokurimit ${i}`);
      store.checkpoints.tick();
      store.checkpoints.tick();
    }
    expect(sqlite.prepare(`SELECT count(*) FROM search_text WHERE search_text MATCH '"prokurimit"*'`).pluck().get()).toBe(40);
    sqlite.prepare(`INSERT INTO search_text (search_text, rank) VALUES ('integrity-check', 1)`).run(); // throws on a damaged index
  });
});
