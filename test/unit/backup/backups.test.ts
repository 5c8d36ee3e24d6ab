// Backups of a real workspace database: the online backup API, verification,
// the daily/weekly/manual rotation, restore setting the current file aside,
// and the failures a person can meet (folder not writable, a write that fails).
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type BackupEntry,
  backupsDir,
  checkFile,
  createBackup,
  KEEP,
  listBackups,
  parseBackupName,
  restoreBackup,
  scheduledKinds,
} from '../../../electron/services/backup/backups';
import { createPlani, type Plani } from '../../../electron/services/app';
import type { MethodOutput } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import { damageMiddlePage } from '../store/damage';
import { type Sandbox, sandboxWithPlan } from '../cli/run';

let sb: Sandbox;
let plani: Plani | null = null;
beforeEach(async () => {
  sb = await sandboxWithPlan();
});
afterEach(async () => {
  await plani?.close();
  plani = null;
  sb.cleanup();
});

const at = (iso: string) => new Date(iso);
function open(clock: () => Date, autoBackup = false) {
  plani = createPlani({ mode: 'browser', workspaceDir: sb.ws(), keyringDir: sb.env.PLANI_KEYRING_DIR, clock, autoBackup, checkOutputs: true });
  return plani;
}

describe('createBackup', () => {
  it('writes a verified copy named for its kind and time, listed newest first', async () => {
    const p = open(() => at('2026-03-02T10:00:00Z'));
    const ws = await p.context.workspace();
    const a = await createBackup(ws.store.sqlite, ws.dir, { kind: 'manual', now: at('2026-03-02T10:00:00Z') });
    const b = await createBackup(ws.store.sqlite, ws.dir, { kind: 'manual', now: at('2026-03-02T10:00:00Z') });
    expect(a.file).toBe('plani-manual-20260302T100000Z.sqlite');
    expect(b.file).toBe('plani-manual-20260302T100000Z-1.sqlite');
    expect(listBackups(ws.dir).map((e) => e.file)).toEqual([b.file, a.file]);
    expect(checkFile(join(backupsDir(ws.dir), a.file))).toEqual([]);
    expect(parseBackupName('replaced-20260302T100000Z.sqlite')).toBeNull();
  });

  it('keeps the newest 10 manual backups', async () => {
    const p = open(() => at('2026-03-02T10:00:00Z'));
    const ws = await p.context.workspace();
    for (let i = 0; i < KEEP.manual + 2; i++) {
      await createBackup(ws.store.sqlite, ws.dir, { kind: 'manual', now: at(`2026-03-02T10:${String(i).padStart(2, '0')}:00Z`) });
    }
    const left = listBackups(ws.dir);
    expect(left).toHaveLength(KEEP.manual);
    expect(left.at(-1)!.file).toBe('plani-manual-20260302T100200Z.sqlite');
  });

  it('a backups folder that cannot be made, or a copy that cannot be written, is reported and leaves nothing half-written', async () => {
    const p = open(() => at('2026-03-02T10:00:00Z'));
    // "backups" taken by a file: the folder cannot be made.
    writeFileSync(backupsDir(sb.ws()), 'not a folder');
    const blocked = await p.call('backup.create', {});
    expect(blocked).toMatchObject({ ok: false, error: { code: 'backup-failed' } });
    rmSync(backupsDir(sb.ws()));
    // The copy's own temporary name taken by a folder: the write fails midway, as on a full disk.
    mkdirSync(join(backupsDir(sb.ws()), '.plani-manual-20260302T100000Z.sqlite.partial'), { recursive: true });
    const failed = await p.call('backup.create', {});
    expect(failed).toMatchObject({ ok: false, error: { code: 'backup-failed' } });
    expect(listBackups(sb.ws())).toEqual([]);
    // The database goes on working.
    expect((await p.call('plan.overview', {})).ok).toBe(true);
  });
});

describe('the daily and weekly rotation', () => {
  const entry = (kind: BackupEntry['kind'], createdAt: string): BackupEntry => ({ file: '', kind, createdAt, size: 1 });

  it('owes a daily backup at the first open of a day and a weekly one once a week', () => {
    expect(scheduledKinds([], at('2026-03-02T12:00:00Z'))).toEqual(['daily', 'weekly']);
    const today = [entry('daily', '2026-03-02T08:00:00.000Z'), entry('weekly', '2026-03-02T08:00:00.000Z')];
    expect(scheduledKinds(today, at('2026-03-02T12:00:00Z'))).toEqual([]);
    expect(scheduledKinds(today, at('2026-03-03T12:00:00Z'))).toEqual(['daily']);
    expect(scheduledKinds(today, at('2026-03-09T12:00:00Z'))).toEqual(['daily', 'weekly']);
  });

  it('opening the workspace on 40 days makes 7 daily and 4 weekly backups, each a sound copy', async () => {
    for (let day = 1; day <= 40; day++) {
      const p = open(() => new Date(Date.UTC(2026, 0, day, 12)), true);
      await p.context.workspace();
      await p.context.pendingBackup();
      // A second open the same day makes nothing new.
      await p.close();
      plani = null;
    }
    const all = listBackups(sb.ws());
    expect(all.filter((b) => b.kind === 'daily')).toHaveLength(KEEP.daily);
    expect(all.filter((b) => b.kind === 'weekly')).toHaveLength(KEEP.weekly);
    expect(all[0]!.createdAt).toBe('2026-02-09T12:00:00.000Z');
    for (const b of all) expect(checkFile(join(backupsDir(sb.ws()), b.file))).toEqual([]);
  });
});

describe('restore', () => {
  it('through the contract: the damaged database is set aside, the backup put in place, and the workspace opens again', async () => {
    const p = open(() => at('2026-03-02T10:00:00Z'));
    const made = (await p.call('backup.create', {})) as Result<MethodOutput<'backup.create'>>;
    if (!made.ok) throw new Error(made.error.code);
    await p.context.closeWorkspace();
    damageMiddlePage(join(sb.ws(), 'plani.db'));
    const refused = await p.call('plan.overview', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'database-damaged', details: { params: { backup: expect.stringContaining(made.value.file) } } } });
    const listed = (await p.call('backup.list', {})) as Result<MethodOutput<'backup.list'>>;
    expect(listed.ok && listed.value.backups.map((b) => b.file)).toEqual([made.value.file]);

    const restored = await p.call('backup.restore', { file: made.value.file });
    expect(restored).toEqual({ ok: true, value: { file: made.value.file, replaced: 'replaced-20260302T100000Z.sqlite' } });
    expect(existsSync(join(backupsDir(sb.ws()), 'replaced-20260302T100000Z.sqlite'))).toBe(true);
    expect(checkFile(join(backupsDir(sb.ws()), 'replaced-20260302T100000Z.sqlite'))).not.toEqual([]);
    const overview = await p.call('plan.overview', {});
    expect(overview.ok).toBe(true);
  });

  it('refuses a name outside the backups folder and a file that is not a sound Plani database', async () => {
    const p = open(() => at('2026-03-02T10:00:00Z'));
    expect(await p.call('backup.restore', { file: '../plani.db' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await p.call('backup.restore', { file: 'plani-manual-20260302T100000Z.sqlite' })).toMatchObject({ ok: false, error: { code: 'backup-not-found' } });
    mkdirSync(backupsDir(sb.ws()), { recursive: true });
    const bogus = join(backupsDir(sb.ws()), 'plani-manual-20260302T100000Z.sqlite');
    writeFileSync(bogus, 'not sqlite '.repeat(500));
    expect(() => restoreBackup(sb.ws(), bogus, at('2026-03-02T10:00:00Z'))).toThrow(expect.objectContaining({ code: 'backup-unusable' }));
    expect(readdirSync(backupsDir(sb.ws())).filter((f) => f.startsWith('replaced-'))).toEqual([]);
    expect(existsSync(join(sb.ws(), 'plani.db'))).toBe(true);
  });
});
