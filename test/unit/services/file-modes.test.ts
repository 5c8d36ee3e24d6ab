// Everything a workspace writes is its OS user's alone: folders 0700, files
// 0600 (plani.db and SQLite's -wal and -shm, preferences.json, the keyring and
// its .kek), whatever the umask, and an older workspace with loose modes is put
// right when it is opened. The umask is 000 in these tests, so nothing passes
// by the umask's grace.
import { chmodSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPlani } from '../../../electron/services/app';
import { ensurePrivateFile } from '../../../electron/services/security/private-files';
import { openWorkspace } from '../../../electron/services/workspace/workspace';
import { dbPath } from '../../../electron/services/workspace/paths';
import { type TempWorkspace, tempDir, tempWorkspace } from '../../helpers/temp-workspace';

const mode = (p: string) => statSync(p).mode & 0o777;
const oct = (m: number) => m.toString(8).padStart(4, '0');

let ws: TempWorkspace | undefined;
let savedUmask = 0;
beforeAll(() => {
  savedUmask = process.umask(0);
});
afterAll(() => {
  process.umask(savedUmask);
});
afterEach(async () => {
  await ws?.cleanup();
  ws = undefined;
});

/** Every path under `dir` with its mode, for one readable failure message. */
function modesUnder(dir: string): Record<string, string> {
  const out: Record<string, string> = { '.': oct(mode(dir)) };
  for (const name of readdirSync(dir, { recursive: true }) as string[]) out[name] = oct(mode(join(dir, name)));
  return out;
}
const expectPrivate = (dir: string) => {
  const modes = modesUnder(dir);
  const expected = Object.fromEntries(Object.keys(modes).map((k) => [k, statSync(join(dir, k)).isDirectory() ? '0700' : '0600']));
  expect(modes).toEqual(expected);
};

describe.skipIf(process.platform === 'win32')('workspace file modes (skipped on Windows: it has no POSIX modes; chmod there only sets the read-only bit)', () => {
  it('a new workspace: its folder, plani.db, -wal, -shm, preferences.json, the keyring and its .kek are private', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    await ws.ok('preferences.set', { language: 'en' });
    const c = await ws.ok('commitment.create', { componentCode: 'access-to-justice', title: { sq: 'Ndihmë juridike falas' } });
    await ws.ok('commitment.update', { id: c.id, changes: { title: { en: 'Free legal aid' } } });
    await ws.ok('bundle.export', {});
    // The database is open: its WAL and shared-memory files exist now.
    expect(existsSync(`${dbPath(ws.dir)}-wal`) && existsSync(`${dbPath(ws.dir)}-shm`)).toBe(true);
    expect(Object.keys(modesUnder(ws.dir)).sort()).toEqual(['.', 'plani.db', 'plani.db-shm', 'plani.db-wal', 'preferences.json']);
    expectPrivate(ws.dir);
    expectPrivate(ws.keyringDir);
  });

  it('an older workspace with loose modes is put right at open (and its keyring when the key is next used)', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    await ws.ok('preferences.set', { language: 'en' });
    await ws.plani.close();
    const loosen = (dir: string) => {
      for (const name of readdirSync(dir)) chmodSync(join(dir, name), 0o644);
      chmodSync(dir, 0o755);
    };
    loosen(ws.dir);
    loosen(ws.keyringDir);
    const w = await openWorkspace(ws.dir);
    try {
      expectPrivate(ws.dir);
    } finally {
      await w.store.close();
    }
    // Through the API: opening and signing a bundle reads the .kek.
    await ws.ok('bundle.export', {});
    expectPrivate(ws.dir);
    expectPrivate(ws.keyringDir);
  });

  it('SQLite gives -wal and -shm the mode of the database file it finds (what creating plani.db 0600 first relies on)', () => {
    const dir = tempDir();
    const file = join(dir, 'probe.db');
    ensurePrivateFile(file);
    const db = new Database(file);
    try {
      db.pragma('journal_mode = WAL');
      db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
      expect([mode(file), mode(`${file}-wal`), mode(`${file}-shm`)].map(oct)).toEqual(['0600', '0600', '0600']);
    } finally {
      db.close();
    }
    // Without the 0600 file first, SQLite's own default under this umask is readable by all.
    const other = join(dir, 'default.db');
    new Database(other).close();
    expect(mode(other) & 0o044).not.toBe(0);
  });

  it('creating the workspace in a folder that exists with loose modes makes the folder private', async () => {
    const root = tempDir();
    const dir = join(root, 'existing');
    mkdirSync(dir, { mode: 0o777 });
    chmodSync(dir, 0o777);
    const plani = createPlani({ mode: 'cli', workspaceDir: dir, keyringDir: join(root, 'keyring'), checkOutputs: true });
    try {
      const res = await plani.call('workspace.init', { role: 'poc', institution: 'POC' });
      expect(res.ok).toBe(true);
      expectPrivate(dir);
      expectPrivate(join(root, 'keyring'));
    } finally {
      await plani.close();
    }
  });
});
