import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { keyringProtector } from '../../../electron/services/keys/protector';
import { keyIdOf, publicKeyFromRaw, safetyCode } from '../../../electron/services/keys/identity';
import { dbPath } from '../../../electron/services/workspace/paths';
import { type TempWorkspace, tempWorkspace } from '../../helpers/temp-workspace';
import { createPrivateKey, sign, verify } from 'node:crypto';

let ws: TempWorkspace;
afterEach(async () => {
  await ws?.cleanup();
});

describe('workspace creation', () => {
  it('creates the database, reference data and a protected signing key', async () => {
    ws = await tempWorkspace();
    expect((await ws.ok('app.info', {})).workspace).toBeNull();
    const info = await ws.ok('workspace.init', { role: 'lfp', institution: 'MD' });
    expect(info.role).toBe('lfp');
    expect(info.institution.name.sq).toBe('Ministria e Drejtësisë');
    expect(info.keyFingerprint).toMatch(/^\d{5}( \d{5}){5}$/);
    expect(info.currentCycleId).toBe('2020-2022');
    expect((await ws.ok('app.info', {})).workspace?.id).toBe(info.id);

    // No temporary file is left behind.
    expect(readdirSync(ws.dir).filter((f) => f.startsWith('.plani-init'))).toEqual([]);

    const db = new Database(dbPath(ws.dir), { readonly: true });
    const key = db.prepare('SELECT * FROM signing_key').get() as Record<string, Buffer & string>;
    db.close();
    // The private key is stored encrypted: the DER of a PKCS#8 Ed25519 key never appears in clear.
    expect(ws.plani.context.keyringDir.startsWith(ws.dir)).toBe(false);
    const protector = keyringProtector(ws.keyringDir, info.id);
    const pkcs8 = protector.unprotect(key.key_id, key.private_key_protected);
    expect(readFileSync(dbPath(ws.dir)).includes(pkcs8)).toBe(false);
    // The decrypted key signs what the stored public key verifies.
    const signature = sign(null, Buffer.from('plani'), createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }));
    expect(verify(null, Buffer.from('plani'), publicKeyFromRaw(key.public_key), signature)).toBe(true);
    expect(keyIdOf(key.public_key)).toBe(key.key_id);
    expect(safetyCode(key.public_key, 'MD')).toBe(info.keyFingerprint);
    // The workspace folder alone cannot open the key: the key-encryption key lives outside it.
    expect(existsSync(join(ws.keyringDir, `${info.id}.kek`))).toBe(true);
    expect(() => keyringProtector(join(ws.dir, 'elsewhere'), info.id).unprotect(key.key_id, key.private_key_protected)).toThrow(/missing/);
  });

  it('refuses a second init and leaves the first workspace unchanged', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const before = readFileSync(dbPath(ws.dir));
    const again = await ws.plani.call('workspace.init', { role: 'lfp', institution: 'MOFE' });
    expect(again).toEqual({ ok: false, error: { code: 'workspace-exists', details: { params: { path: ws.dir } } } });
    expect(readFileSync(dbPath(ws.dir)).equals(before)).toBe(true);
    expect((await ws.ok('app.info', {})).workspace?.institution.code).toBe('MD');
  });

  it('refuses an unknown institution code, naming the known ones, and creates nothing', async () => {
    ws = await tempWorkspace();
    const res = await ws.plani.call('workspace.init', { role: 'lfp', institution: 'XYZ' });
    expect(res).toEqual({
      ok: false,
      error: { code: 'unknown-institution', details: { params: { code: 'XYZ', known: 'MD, MOFE, NAIS, ADISA' } } },
    });
    expect(existsSync(dbPath(ws.dir))).toBe(false);
  });

  it('refuses an institution in the wrong role', async () => {
    ws = await tempWorkspace();
    const res = await ws.plani.call('workspace.init', { role: 'poc', institution: 'MD' });
    expect(res.ok === false && res.error.code).toBe('role-mismatch');
    expect(existsSync(dbPath(ws.dir))).toBe(false);
  });

  it('refuses malformed input at the boundary', async () => {
    ws = await tempWorkspace();
    const res = await ws.plani.call('workspace.init', { role: 'admin', institution: 'md', extra: true });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('invalid-input');
    expect(res.error.details?.issues?.map((i) => i.path).sort()).toEqual(['(root)', 'institution', 'role']);
  });

  it('is found again after the app is closed and reopened', async () => {
    ws = await tempWorkspace({ role: 'poc', institution: 'POC' });
    const first = (await ws.ok('app.info', {})).workspace;
    await ws.plani.close();
    const again = await ws.ok('app.info', {});
    expect(again.workspace).toEqual(first);
  });

  it('persists the interface language', async () => {
    ws = await tempWorkspace();
    expect(await ws.ok('preferences.get', {})).toEqual({ language: 'sq' });
    await ws.ok('preferences.set', { language: 'en' });
    await ws.plani.close();
    expect(await ws.ok('preferences.get', {})).toEqual({ language: 'en' });
    const bad = await ws.plani.call('preferences.set', { language: 'fr' });
    expect(bad.ok).toBe(false);
    expect(await ws.ok('preferences.get', {})).toEqual({ language: 'en' });
  });
});
