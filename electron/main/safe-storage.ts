// Whether Electron's safeStorage really protects a key here. On Windows it is
// DPAPI and on macOS the keychain; on Linux it may fall back to "basic_text"
// (a fixed, public password) when no secret service runs, which protects
// nothing: the keyring file outside the workspace is then kept instead.
import type { SafeStorageLike } from '../services/keys/safe-storage';

export interface ElectronSafeStorage extends SafeStorageLike {
  getSelectedStorageBackend?: () => string;
}

export function usableSafeStorage(storage: ElectronSafeStorage, platform: NodeJS.Platform): SafeStorageLike | undefined {
  if (!storage.isEncryptionAvailable()) return undefined;
  if (platform === 'linux') {
    const backend = storage.getSelectedStorageBackend?.() ?? 'unknown';
    if (backend === 'basic_text' || backend === 'unknown') return undefined;
  }
  return storage;
}
