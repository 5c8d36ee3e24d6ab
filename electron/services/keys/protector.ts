// Private keys are never stored in clear. The workspace database holds the
// key encrypted (AES-256-GCM); the key-encryption key lives in a keyring
// folder outside the workspace, readable only by the OS user. Copying or
// e-mailing the workspace folder therefore never carries a usable key; this
// is the same protection level as Windows DPAPI (other OS users, not other
// programs of the same user). The Electron shell can supply a safeStorage
// protector through the same interface.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface KeyProtector {
  /** Stored next to the blob so a later version knows how to open it. */
  readonly scheme: string;
  protect(keyId: string, secret: Buffer): Buffer;
  unprotect(keyId: string, blob: Buffer): Buffer;
}

const SCHEME = 'aes-256-gcm/keyring-file/v1';

export function keyringProtector(keyringDir: string, workspaceId: string): KeyProtector {
  const kekFile = join(keyringDir, `${workspaceId}.kek`);

  const loadKek = (create: boolean): Buffer => {
    if (existsSync(kekFile)) {
      const kek = readFileSync(kekFile);
      if (kek.length !== 32) throw new Error(`keyring entry ${kekFile} is damaged`);
      return kek;
    }
    if (!create) throw new Error(`keyring entry ${kekFile} is missing`);
    mkdirSync(keyringDir, { recursive: true, mode: 0o700 });
    const kek = randomBytes(32);
    const tmp = `${kekFile}.${process.pid}.tmp`;
    writeFileSync(tmp, kek, { mode: 0o600, flag: 'wx' });
    renameSync(tmp, kekFile);
    chmodSync(kekFile, 0o600);
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
      decipher.setAuthTag(blob.subarray(12, 28));
      return Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]);
    },
  };
}
