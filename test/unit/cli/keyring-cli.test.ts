// A workspace whose keyring is not where the CLI looks: bundle export and key
// rotate exit 1 with a sentence that names the missing .kek file and what to
// do (sq and en, --json with its own code), and the way out the sentence
// describes for a lost key works with the commands that exist.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/services/workspace/workspace';
import { syntheticPlan } from '../../fixtures/synthetic-plan';
import { type Sandbox, sandbox } from './run';

let sb: Sandbox;
beforeEach(() => {
  sb = sandbox();
});
afterEach(() => sb.cleanup());

const json = async (argv: string[]) => JSON.parse((await sb.ok([...argv, '--json'])).stdout);
const codeOf = async (ws: string) => (await json(['key', 'show', '--workspace', sb.ws(ws)])).safetyCode as string;

async function md() {
  await sb.ok(['init', '--role', 'lfp', '--institution', 'MD', '--workspace', sb.ws('md')]);
  const doc = syntheticPlan({ owner: 'MD', commitments: 2, milestonesPer: 1, indicatorsPer: 1, ideas: 0, events: 0, comments: 0, calendar: 0 });
  writeFileSync(sb.file('md.json'), JSON.stringify({ ...doc, feedback: [], calendar: [] }));
  await sb.ok(['plan', 'import', sb.file('md.json'), '--workspace', sb.ws('md')]);
  const { keyId } = await json(['key', 'show', '--workspace', sb.ws('md')]);
  return { keyId: keyId as string };
}

const workspaceId = async (ws: string) => {
  const w = await openWorkspace(sb.ws(ws));
  try {
    return w.info.id;
  } finally {
    await w.store.close();
  }
};

describe('ogp-drafter with the keyring missing', () => {
  it('bundle export and key rotate say the key cannot be unlocked and where its .kek file is expected (sq, en, --json)', async () => {
    await md();
    const elsewhere = sb.file('restored-nowhere');
    const kek = join(elsewhere, `${await workspaceId('md')}.kek`);
    const env = { PLANI_KEYRING_DIR: elsewhere };
    for (const argv of [
      ['bundle', 'export', '--out', sb.file('md1.plani')],
      ['key', 'rotate', '--out', sb.file('rot.plani')],
    ]) {
      const en = await sb.run([...argv, '--workspace', sb.ws('md'), '--lang', 'en'], { env });
      expect(en.code).toBe(1);
      expect(en.stderr).toMatch(/^The signing key cannot be unlocked: /);
      expect(en.stderr).toContain(`expected in ${kek}, and that file is not there`);
      expect(en.stderr).toContain(`Restore the folder ${elsewhere}`);
      expect(en.stderr).not.toContain('not allowed');
      expect(en.stderr.trim().split('\n')).toHaveLength(1);

      const sq = await sb.run([...argv, '--workspace', sb.ws('md')], { env });
      expect(sq.code).toBe(1);
      expect(sq.stderr).toMatch(/^Çelësi i nënshkrimit nuk mund të hapet: /);
      expect(sq.stderr).toContain(kek);

      const asJson = await sb.run([...argv, '--workspace', sb.ws('md'), '--json'], { env });
      expect(asJson.code).toBe(1);
      expect(JSON.parse(asJson.stdout).error).toMatchObject({ code: 'keyring-entry-missing' });
      expect(existsSync(argv[3]!)).toBe(false);
    }
    expect(existsSync(kek)).toBe(false);
  });

  it('a damaged entry reads differently from a missing one', async () => {
    await md();
    const kek = join(sb.env.PLANI_KEYRING_DIR!, `${await workspaceId('md')}.kek`);
    writeFileSync(kek, 'not a key');
    const res = await sb.run(['bundle', 'export', '--out', sb.file('md1.plani'), '--workspace', sb.ws('md'), '--lang', 'en', '--json']);
    expect(res.code).toBe(1);
    expect(JSON.parse(res.stdout).error.code).toBe('keyring-entry-invalid');
    expect(res.stderr).toContain(`its key-encryption key ${kek} is there but cannot be read or does not open this key`);
  });

  it('a lost key: the way out the message describes works (new workspace, revoke, feedback first, enrol the new code)', async () => {
    await md();
    await sb.ok(['init', '--role', 'poc', '--institution', 'POC', '--workspace', sb.ws('poc')]);
    await sb.ok(['bundle', 'export', '--out', sb.file('md1.plani'), '--workspace', sb.ws('md')]);
    const oldCode = await codeOf('md');
    await sb.ok(['bundle', 'import', sb.file('md1.plani'), '--trust', oldCode, '--workspace', sb.ws('poc')]);

    // The keyring entry is gone for good.
    rmSync(join(sb.env.PLANI_KEYRING_DIR!, `${await workspaceId('md')}.kek`));
    expect((await sb.run(['key', 'rotate', '--out', sb.file('rot.plani'), '--workspace', sb.ws('md')])).code).toBe(1);

    // A new workspace for the same institution carries the plan over.
    await sb.ok(['plan', 'export', '--out', sb.file('carried.json'), '--workspace', sb.ws('md')]);
    await sb.ok(['init', '--role', 'lfp', '--institution', 'MD', '--workspace', sb.ws('md2')]);
    await sb.ok(['plan', 'import', sb.file('carried.json'), '--workspace', sb.ws('md2')]);
    const newCode = await codeOf('md2');

    // While the old key is active at the POC, a new key for MD is refused.
    await sb.ok(['bundle', 'export', '--out', sb.file('early.plani'), '--workspace', sb.ws('md2')]);
    const early = await sb.run(['bundle', 'import', sb.file('early.plani'), '--trust', newCode, '--workspace', sb.ws('poc'), '--json']);
    expect([early.code, JSON.parse(early.stdout).error.reason]).toEqual([1, 'key-mismatch']);

    // The POC revokes the old key and sends feedback; MD imports it (enrolling the POC's key) before submitting.
    await sb.ok(['trust', 'revoke', oldCode, '--workspace', sb.ws('poc')]);
    await sb.ok(['bundle', 'export', '--to', 'MD', '--out', sb.file('fb.plani'), '--workspace', sb.ws('poc')]);
    await sb.ok(['bundle', 'import', sb.file('fb.plani'), '--trust', await codeOf('poc'), '--workspace', sb.ws('md2')]);
    await sb.ok(['bundle', 'export', '--out', sb.file('md2.plani'), '--workspace', sb.ws('md2')]);
    const applied = await json(['bundle', 'import', sb.file('md2.plani'), '--trust', newCode, '--workspace', sb.ws('poc')]);
    expect(applied).toMatchObject({ ok: true, result: 'applied', sequence: { lastAccepted: 1 } });
    expect(applied.sequence.incoming).toBeGreaterThan(1);
  });
});
