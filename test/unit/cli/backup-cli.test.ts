// ogp-drafter backup create | list | restore, and check reporting a damaged
// database, in-process against real workspace files.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { damageMiddlePage } from '../store/damage';
import { type Sandbox, sandboxWithPlan } from './run';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandboxWithPlan();
});
afterEach(() => sb.cleanup());

const db = () => join(sb.ws(), 'plani.db');
const backupsDir = () => join(sb.ws(), 'backups');
const ws = () => ['--workspace', sb.ws()];

describe('ogp-drafter backup', () => {
  it('creates a verified backup, lists it with its date and size, and --json gives the same', async () => {
    const created = await sb.ok(['backup', 'create', '--json', ...ws()]);
    const entry = JSON.parse(created.stdout) as { file: string; kind: string; size: number; createdAt: string };
    expect(entry.kind).toBe('manual');
    expect(entry.size).toBeGreaterThan(4096);
    expect(existsSync(join(backupsDir(), entry.file))).toBe(true);

    const listed = await sb.ok(['backup', 'list', '--json', ...ws()]);
    expect(JSON.parse(listed.stdout)).toEqual({ dir: backupsDir(), backups: [entry] });
    const human = await sb.ok(['backup', 'list', '--lang', 'en', ...ws()]);
    expect(human.stdout).toContain(entry.file);
    expect(human.stdout).toContain('manual');
    expect(human.stdout).toContain(`${entry.size} bytes`);
  });

  it('restore without --yes says what would be replaced and changes nothing (exit 1); a wrong use is exit 2', async () => {
    await sb.ok(['backup', 'create', ...ws()]);
    const res = await sb.run(['backup', 'restore', '--latest', '--lang', 'en', ...ws()]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/--yes/);
    expect(readdirSync(backupsDir()).filter((f) => f.startsWith('replaced-'))).toEqual([]);
    expect((await sb.run(['backup', 'restore', ...ws()])).code).toBe(2);
    expect((await sb.run(['backup', 'restore', 'x.sqlite', '--latest', ...ws()])).code).toBe(2);
    const unknown = await sb.run(['backup', 'restore', 'plani-manual-20000101T000000Z.sqlite', '--yes', '--lang', 'en', ...ws()]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/does not exist/);
  });

  it('a damaged database is reported by every command, by check with exit 1, and repaired by restoring the latest backup', async () => {
    const { stdout } = await sb.ok(['backup', 'create', '--json', ...ws()]);
    const backup = (JSON.parse(stdout) as { file: string }).file;
    damageMiddlePage(db());

    const check = await sb.run(['check', '--lang', 'en', ...ws()]);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(`The database file ${db()} is damaged`);
    expect(check.stderr).toContain(backup);
    expect(check.stderr).not.toMatch(/reinstall/i);
    const json = await sb.run(['check', '--integrity', '--json', ...ws()]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, error: { code: 'database-damaged' } });
    expect((await sb.run(['key', 'show', ...ws()])).code).toBe(1);

    const restored = await sb.ok(['backup', 'restore', '--latest', '--yes', '--json', ...ws()]);
    const done = JSON.parse(restored.stdout) as { file: string; replaced: string };
    expect(done.file).toBe(backup);
    // The damaged file is set aside, not deleted.
    expect(existsSync(join(backupsDir(), done.replaced))).toBe(true);
    const after = await sb.run(['check', '--integrity', '--lang', 'en', ...ws()]);
    expect(after.code, after.stderr).toBe(0);
    expect(after.stderr).toMatch(/passed SQLite’s integrity_check/);
    expect(JSON.parse((await sb.ok(['plan', 'export', '--out', '-', ...ws()])).stdout).commitments).toHaveLength(2);
  });

  it('a damaged database with no backup says so, and check keeps its contract on a sound one', async () => {
    const sound = await sb.run(['check', '--integrity', '--json', ...ws()]);
    expect(JSON.parse(sound.stdout)).toMatchObject({ integrity: { mode: 'full', problems: [] } });
    damageMiddlePage(db());
    const res = await sb.run(['check', '--lang', 'en', ...ws()]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/holds no backup/);
    expect(existsSync(db())).toBe(true);
  });
});
