// Key protection: a passphrase (scrypt + AES-256-GCM) and the OS's safe
// storage as alternatives to the keyring file, and moving a workspace's keys
// from one to the other (ogp-drafter key protect), with signing working after
// each move and the key never written in clear.
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PASSPHRASE_SCHEME, PassphraseError, passphraseProtector } from '../../../electron/services/keys/passphrase';
import { protectionOfScheme, unprotectKey } from '../../../electron/services/keys/protection';
import { KEYRING_SCHEME } from '../../../electron/services/keys/protector';
import { SAFE_STORAGE_SCHEME, SafeStorageError, type SafeStorageLike, safeStorageProtector } from '../../../electron/services/keys/safe-storage';
import { type Sandbox, sandboxWithPlan } from '../cli/run';

const SECRET = Buffer.from('a private key of thirty-two bytes');

/** A stand-in for Electron's safeStorage: sealed with a per-user secret this test holds. */
function fakeSafeStorage(available = true): SafeStorageLike {
  const mask = Buffer.from('user-secret-of-this-os-account');
  const xor = (b: Buffer) => Buffer.from(b.map((x, i) => x ^ mask[i % mask.length]!));
  return {
    isEncryptionAvailable: () => available,
    encryptString: (s) => Buffer.concat([Buffer.from('v10'), xor(Buffer.from(s, 'utf8'))]),
    decryptString: (b) => {
      if (b.subarray(0, 3).toString() !== 'v10') throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return xor(b.subarray(3)).toString('utf8');
    },
  };
}

describe('passphrase protection', () => {
  const passphrase = 'a sentence only I remember';

  it('opens with the same passphrase and key id only', () => {
    const blob = passphraseProtector(passphrase).protect('key-1', SECRET);
    expect(blob.includes(SECRET)).toBe(false);
    expect(passphraseProtector(passphrase).unprotect('key-1', blob)).toEqual(SECRET);
    expect(() => passphraseProtector('another long passphrase').unprotect('key-1', blob)).toThrow(PassphraseError);
    expect(() => passphraseProtector(passphrase).unprotect('key-2', blob)).toThrow(PassphraseError);
    // Two seals of one key differ (fresh salt and nonce).
    expect(passphraseProtector(passphrase).protect('key-1', SECRET).equals(blob)).toBe(false);
  });

  it('refuses a short passphrase and a header asking for an unbounded derivation', () => {
    expect(() => passphraseProtector('short')).toThrow(expect.objectContaining({ problem: 'too-short' }));
    const blob = passphraseProtector(passphrase).protect('key-1', SECRET);
    const forged = Buffer.from(blob);
    forged[1] = 30;
    expect(() => passphraseProtector(passphrase).unprotect('key-1', forged)).toThrow(expect.objectContaining({ problem: 'malformed' }));
  });
});

describe('safe storage protection', () => {
  it('seals through the OS and is bound to the key id', () => {
    const p = safeStorageProtector(fakeSafeStorage());
    const blob = p.protect('key-1', SECRET);
    expect(blob.includes(SECRET)).toBe(false);
    expect(p.unprotect('key-1', blob)).toEqual(SECRET);
    expect(() => p.unprotect('key-2', blob)).toThrow(SafeStorageError);
    expect(() => safeStorageProtector(fakeSafeStorage(false)).protect('key-1', SECRET)).toThrow(expect.objectContaining({ problem: 'unavailable' }));
  });

  it('a key sealed by the desktop app is reported as such where safe storage is missing', () => {
    const blob = safeStorageProtector(fakeSafeStorage()).protect('key-1', SECRET);
    expect(() => unprotectKey({ keyringDir: '/nowhere', workspaceId: 'w' }, SAFE_STORAGE_SCHEME, 'key-1', blob)).toThrow(expect.objectContaining({ code: 'key-protection-unavailable' }));
    expect(unprotectKey({ keyringDir: '/nowhere', workspaceId: 'w', safeStorage: fakeSafeStorage() }, SAFE_STORAGE_SCHEME, 'key-1', blob)).toEqual(SECRET);
    expect(protectionOfScheme(KEYRING_SCHEME)).toBe('keyring');
  });
});

describe('ogp-drafter key protect', () => {
  let sb: Sandbox;
  beforeEach(async () => {
    sb = await sandboxWithPlan();
  });
  afterEach(() => sb.cleanup());

  const ws = () => ['--workspace', sb.ws()];
  const passphrase = 'correct horse battery staple';
  const withPass = (p = passphrase) => ({ env: { PLANI_KEY_PASSPHRASE: p } });
  const keyRows = () => {
    const db = new Database(join(sb.ws(), 'plani.db'), { readonly: true });
    try {
      return db.prepare('SELECT key_id, protection, private_key_protected FROM signing_key').all() as { key_id: string; protection: string; private_key_protected: Buffer | null }[];
    } finally {
      db.close();
    }
  };

  it('moves the key to a passphrase and back; signing needs the passphrase meanwhile, and the key is never in clear', async () => {
    const before = keyRows();
    expect(before.map((r) => r.protection)).toEqual([KEYRING_SCHEME]);
    const kekFile = join(sb.env.PLANI_KEYRING_DIR!, readdirSync(sb.env.PLANI_KEYRING_DIR!)[0]!);
    const secret = unprotectKey({ keyringDir: sb.env.PLANI_KEYRING_DIR!, workspaceId: kekFile.split('/').pop()!.replace(/\.kek$/, '') }, KEYRING_SCHEME, before[0]!.key_id, before[0]!.private_key_protected!);

    expect((await sb.run(['key', 'protect', ...ws()])).code).toBe(2);
    const none = await sb.run(['key', 'protect', '--passphrase', '--lang', 'en', ...ws()]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/PLANI_KEY_PASSPHRASE/);
    const short = await sb.run(['key', 'protect', '--passphrase', '--lang', 'en', ...ws()], withPass('short'));
    expect(short.stderr).toMatch(/at least 12/);

    const moved = await sb.run(['key', 'protect', '--passphrase', '--json', ...ws()], withPass());
    expect(moved.code, moved.stderr).toBe(0);
    expect(JSON.parse(moved.stdout)).toEqual({ scheme: PASSPHRASE_SCHEME, moved: 1 });
    expect(keyRows().map((r) => r.protection)).toEqual([PASSPHRASE_SCHEME]);
    for (const f of readdirSync(sb.ws()).filter((n) => n.startsWith('plani.db'))) expect(readFileSync(join(sb.ws(), f)).includes(secret)).toBe(false);

    // The keyring file is no longer what opens it: without it, the passphrase signs.
    rmSync(kekFile);
    const signed = await sb.run(['bundle', 'export', '--out', sb.file('a.plani'), ...ws()], withPass());
    expect(signed.code, signed.stderr).toBe(0);
    expect(existsSync(sb.file('a.plani'))).toBe(true);
    const without = await sb.run(['bundle', 'export', '--out', sb.file('b.plani'), '--json', ...ws()]);
    expect(JSON.parse(without.stdout)).toMatchObject({ ok: false, error: { code: 'key-passphrase-needed' } });
    const wrong = await sb.run(['bundle', 'export', '--out', sb.file('b.plani'), '--json', ...ws()], withPass('not the right passphrase'));
    expect(JSON.parse(wrong.stdout)).toMatchObject({ ok: false, error: { code: 'key-passphrase-wrong' } });

    // A rotation seals the new key the same way.
    const rotated = await sb.run(['key', 'rotate', '--out', sb.file('rot.plani'), ...ws()], withPass());
    expect(rotated.code, rotated.stderr).toBe(0);
    expect(keyRows().filter((r) => r.private_key_protected !== null).map((r) => r.protection)).toEqual([PASSPHRASE_SCHEME]);

    // Back to a keyring file (a new one, as the old one is gone).
    const back = await sb.run(['key', 'protect', '--keyring', '--json', ...ws()], withPass());
    expect(back.code, back.stderr).toBe(0);
    expect(JSON.parse(back.stdout)).toMatchObject({ scheme: KEYRING_SCHEME, moved: 1 });
    expect((await sb.run(['bundle', 'export', '--out', sb.file('c.plani'), ...ws()])).code).toBe(0);
    expect(JSON.parse((await sb.run(['key', 'protect', '--keyring', '--json', ...ws()])).stdout)).toMatchObject({ moved: 0 });
  });
});
