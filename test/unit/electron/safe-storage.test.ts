// The desktop app seals keys with safeStorage only where it protects them.
import { describe, expect, it } from 'vitest';
import { usableSafeStorage } from '../../../electron/main/safe-storage';

const storage = (available: boolean, backend?: string) => ({
  isEncryptionAvailable: () => available,
  encryptString: (s: string) => Buffer.from(s),
  decryptString: (b: Buffer) => b.toString(),
  ...(backend === undefined ? {} : { getSelectedStorageBackend: () => backend }),
});

describe('usableSafeStorage', () => {
  it('uses DPAPI on Windows and a real secret service on Linux, never the basic_text fallback', () => {
    expect(usableSafeStorage(storage(true), 'win32')).toBeDefined();
    expect(usableSafeStorage(storage(false), 'win32')).toBeUndefined();
    expect(usableSafeStorage(storage(true, 'gnome_libsecret'), 'linux')).toBeDefined();
    expect(usableSafeStorage(storage(true, 'basic_text'), 'linux')).toBeUndefined();
    expect(usableSafeStorage(storage(true), 'linux')).toBeUndefined();
  });
});
