// Private keys are never stored in clear. The workspace database holds the
// key encrypted (AES-256-GCM); the key-encryption key lives in a keyring
// folder outside the workspace, readable only by the OS user. Copying or
// e-mailing the workspace folder therefore never carries a usable key; this
// is the same protection level as Windows DPAPI (other OS users, not other
// programs of the same user). The Electron shell can supply a safeStorage
// protector through the same interface.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makePrivateDir, PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, restrictMode } from '../security/private-files';

export interface KeyProtector {
  /** Stored next to the blob so a later version knows how to open it. */
  readonly scheme: string;
  protect(keyId: string, secret: Buffer): Buffer;
  unprotect(keyId: string, blob: Buffer): Buffer;
}

export const KEYRING_SCHEME = 'aes-256-gcm/keyring-file/v1';
const SCHEME = KEYRING_SCHEME;

/** Where a workspace's key-encryption key is kept. */
export const kekFilePath = (keyringDir: string, workspaceId: string) => join(keyringDir, `${workspaceId}.kek`);

/**
 * The keyring cannot open a stored key. `missing`: no file where the key is
 * expected (a new user profile, a keyring folder not restored, another
 * PLANI_KEYRING_DIR). `invalid`: a file is there but cannot be read, is not a
 * key, or is not the key this blob was sealed with (another workspace's, a
 * damaged copy). The two call for different help, so they stay apart.
 */
export class KeyringEntryError extends Error {
  constructor(
    readonly problem: 'missing' | 'invalid',
    readonly file: string,
    detail: string,
  ) {
    super(`keyring entry ${file} is ${problem === 'missing' ? 'missing' : 'damaged or wrong'}: ${detail}`);
    this.name = 'KeyringEntryError';
  }
}

export function keyringProtector(keyringDir: string, workspaceId: string): KeyProtector {
  const kekFile = kekFilePath(keyringDir, workspaceId);

  const loadKek = (create: boolean): Buffer => {
    if (existsSync(kekFile)) {
      // A keyring made by an older Plani, or restored from a backup, may have looser modes.
      restrictMode(keyringDir, PRIVATE_DIR_MODE);
      restrictMode(kekFile, PRIVATE_FILE_MODE);
      let kek: Buffer;
      try {
        kek = readFileSync(kekFile);
      } catch (err) {
        throw new KeyringEntryError('invalid', kekFile, (err as Error).message);
      }
      if (kek.length !== 32) throw new KeyringEntryError('invalid', kekFile, `${kek.length} bytes instead of 32`);
      return kek;
    }
    if (!create) throw new KeyringEntryError('missing', kekFile, 'no such file');
    makePrivateDir(keyringDir);
    const kek = randomBytes(32);
    const tmp = `${kekFile}.${process.pid}.tmp`;
    writeFileSync(tmp, kek, { mode: PRIVATE_FILE_MODE, flag: 'wx' });
    restrictMode(tmp, PRIVATE_FILE_MODE);
    renameSync(tmp, kekFile);
    return kek;
  };

  return {
    scheme: SCHEME,
    protect(keyId, secret) {
      const kek = loadKek(true);
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', kek, nonce);
      cipher.setAAD(Buffer.from(keyId, 'utf8'));
      const body = Buffer.concat([cipher.update(secret), cipher.final()]);
      return Buffer.concat([nonce, cipher.getAuthTag(), body]);
    },
    unprotect(keyId, blob) {
      const kek = loadKek(false);
      const decipher = createDecipheriv('aes-256-gcm', kek, blob.subarray(0, 12));
      decipher.setAAD(Buffer.from(keyId, 'utf8'));
      try {
        decipher.setAuthTag(blob.subarray(12, 28));
        return Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]);
      } catch (err) {
        // GCM cannot tell a wrong key from a damaged blob; either way this file does not open it.
        throw new KeyringEntryError('invalid', kekFile, (err as Error).message);
      }
    },
  };
}
