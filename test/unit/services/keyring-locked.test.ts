// A signing key the keyring cannot open: bundle export and key rotation say
// which file was expected and what to do, with one code when the file is not
// there and another when it is there but does not open the key; neither
// changes the workspace, and rotation never makes up a new keyring entry.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../../shared/i18n';
import { describeError } from '../../../renderer/src/lib/describe-error';
import { type TempWorkspace, tempWorkspace } from '../../helpers/temp-workspace';

let ws: TempWorkspace;
afterEach(async () => {
  await ws?.cleanup();
});

async function lfp() {
  ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
  const info = (await ws.ok('app.info', {})).workspace!;
  return { id: info.id, kek: join(ws.keyringDir, `${info.id}.kek`) };
}

async function refusalOf(method: 'bundle.export' | 'key.rotate') {
  const res = await ws.plani.call(method, {});
  expect(res.ok).toBe(false);
  return res.ok ? undefined : res.error;
}

describe('a signing key the keyring cannot open', () => {
  it('keyring folder missing: keyring-entry-missing naming the .kek file and the folder; nothing changes, no new entry appears', async () => {
    const { kek } = await lfp();
    const keyBefore = await ws.ok('key.show', {});
    rmSync(ws.keyringDir, { recursive: true });
    for (const method of ['bundle.export', 'key.rotate'] as const) {
      expect(await refusalOf(method)).toEqual({ code: 'keyring-entry-missing', details: { params: { file: kek, dir: ws.keyringDir } } });
    }
    expect(existsSync(kek)).toBe(false);
    expect(await ws.ok('key.show', {})).toEqual(keyBefore);
    expect((await ws.ok('bundle.log', {})).entries).toEqual([]);
  });

  it('entry damaged (wrong length), wrong (another 32 bytes) or unreadable (a folder): keyring-entry-invalid', async () => {
    const { kek } = await lfp();
    const original = readFileSync(kek);
    const keyBefore = await ws.ok('key.show', {});
    const variants: Array<[string, () => void]> = [
      ['truncated', () => writeFileSync(kek, original.subarray(0, 31))],
      ['another key', () => writeFileSync(kek, randomBytes(32))],
      ['not a file', () => mkdirSync(kek)],
    ];
    for (const [label, damage] of variants) {
      rmSync(kek, { recursive: true, force: true });
      damage();
      for (const method of ['bundle.export', 'key.rotate'] as const) {
        expect(await refusalOf(method), `${label} ${method}`).toEqual({ code: 'keyring-entry-invalid', details: { params: { file: kek, dir: ws.keyringDir } } });
      }
    }
    expect(await ws.ok('key.show', {})).toEqual(keyBefore);
    // Restored from a backup, the same key signs again.
    rmSync(kek, { recursive: true, force: true });
    writeFileSync(kek, original);
    expect((await ws.ok('bundle.export', {})).fileName).toMatch(/\.plani$/);
  });

  it('the keyring of another copy of this workspace does not open it (invalid, not missing)', async () => {
    const { kek } = await lfp();
    const copy = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    try {
      const otherKek = join(copy.keyringDir, `${(await copy.ok('app.info', {})).workspace!.id}.kek`);
      writeFileSync(kek, readFileSync(otherKek));
      expect((await refusalOf('bundle.export'))?.code).toBe('keyring-entry-invalid');
    } finally {
      await copy.cleanup();
    }
  });

  for (const lang of ['sq', 'en'] as const) {
    it(`says where the file is expected and what to do, in ${lang}, on the CLI's and on the screen's path`, () => {
      const { t } = createI18n(lang);
      const params = { file: '/home/ana/.config/Plani/keyring/abc.kek', dir: '/home/ana/.config/Plani/keyring' };
      for (const code of ['keyring-entry-missing', 'keyring-entry-invalid'] as const) {
        const text = describeError(t, { code, details: { params } });
        expect(text).toContain(params.file);
        expect(text).toContain(params.dir);
        expect(text).toContain('PLANI_KEYRING_DIR');
        expect(text).toContain('trust revoke');
        expect(text).not.toMatch(/\{\{|errors\./);
        expect(text).not.toBe(t('errors.forbidden'));
      }
      expect(describeError(t, { code: 'keyring-entry-missing', details: { params } })).not.toBe(describeError(t, { code: 'keyring-entry-invalid', details: { params } }));
      if (lang === 'sq') expect(t('errors.keyring-entry-missing', params)).toMatch(/ë.*ç|ç.*ë/);
    });
  }
});
