// A private key sealed by the operating system for this user: Electron's
// safeStorage (DPAPI on Windows, the keychain on macOS, libsecret on Linux),
// handed in by electron/main as this small interface so the services never
// import Electron. Nothing is written beside the key: the OS holds the secret.
import type { KeyProtector } from './protector';

export const SAFE_STORAGE_SCHEME = 'electron-safe-storage/v1';

/** What this module needs of Electron's safeStorage. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export class SafeStorageError extends Error {
  constructor(readonly problem: 'unavailable' | 'wrong') {
    super(`safe storage: ${problem}`);
    this.name = 'SafeStorageError';
  }
}

/**
 * The key and its id are sealed together, so a blob copied onto another key's
 * row does not open as that key. safeStorage takes strings: the key travels
 * as base64 inside it and is never logged.
 */
export function safeStorageProtector(storage: SafeStorageLike): KeyProtector {
  const ready = () => {
    if (!storage.isEncryptionAvailable()) throw new SafeStorageError('unavailable');
  };
  return {
    scheme: SAFE_STORAGE_SCHEME,
    protect(keyId, secret) {
      ready();
      return storage.encryptString(`${SAFE_STORAGE_SCHEME}\n${keyId}\n${secret.toString('base64')}`);
    },
    unprotect(keyId, blob) {
      ready();
      let plain: string;
      try {
        plain = storage.decryptString(blob);
      } catch {
        throw new SafeStorageError('wrong');
      }
      const [scheme, id, b64] = plain.split('\n');
      if (scheme !== SAFE_STORAGE_SCHEME || id !== keyId || b64 === undefined) throw new SafeStorageError('wrong');
      return Buffer.from(b64, 'base64');
    },
  };
}
