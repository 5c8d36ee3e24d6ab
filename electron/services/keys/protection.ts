// Which protector opens a stored key (by the scheme written beside it), which
// one new keys get, and moving every key of a workspace from one protection
// to another (re-sealed before one transaction that writes them all, and
// each checked to open again before anything is written).
import { AppError } from '../../../shared/api/errors';
import type { Store } from '../store/database';
import { PASSPHRASE_SCHEME, PassphraseError, passphraseProtector } from './passphrase';
import { KeyringEntryError, type KeyProtector, keyringProtector, KEYRING_SCHEME } from './protector';
import { SAFE_STORAGE_SCHEME, SafeStorageError, type SafeStorageLike, safeStorageProtector } from './safe-storage';

export const PROTECTIONS = ['keyring', 'passphrase', 'safe-storage'] as const;
export type Protection = (typeof PROTECTIONS)[number];

/** What can open keys besides the keyring folder: a passphrase (PLANI_KEY_PASSPHRASE) and the OS's safe storage (desktop). */
export interface KeyAccess {
  passphrase?: () => string | undefined;
  safeStorage?: SafeStorageLike;
}

export interface KeySources extends KeyAccess {
  keyringDir: string;
  workspaceId: string;
}

export const schemeOf = (p: Protection) => (p === 'keyring' ? KEYRING_SCHEME : p === 'passphrase' ? PASSPHRASE_SCHEME : SAFE_STORAGE_SCHEME);

/** The protector `p` with what `sources` hold, or a translated refusal saying what is missing. */
export function protectorFor(p: Protection, sources: KeySources): KeyProtector {
  if (p === 'keyring') return keyringProtector(sources.keyringDir, sources.workspaceId);
  if (p === 'passphrase') {
    const passphrase = sources.passphrase?.();
    if (!passphrase) throw new AppError('key-passphrase-needed');
    try {
      return passphraseProtector(passphrase);
    } catch (err) {
      if (err instanceof PassphraseError) throw new AppError('key-passphrase-too-short', { params: { min: 12 } });
      throw err;
    }
  }
  if (!sources.safeStorage?.isEncryptionAvailable()) throw new AppError('key-protection-unavailable');
  return safeStorageProtector(sources.safeStorage);
}

/** The protection a stored scheme names. */
export function protectionOfScheme(scheme: string): Protection {
  if (scheme === KEYRING_SCHEME) return 'keyring';
  if (scheme === PASSPHRASE_SCHEME) return 'passphrase';
  if (scheme === SAFE_STORAGE_SCHEME) return 'safe-storage';
  throw new AppError('database-corrupt', { params: { path: '' } }, `unknown key protection ${scheme}`);
}

/** Opens a stored key, turning each protector's failure into its translated code. */
export function unprotectKey(sources: KeySources, scheme: string, keyId: string, blob: Buffer): Buffer {
  const protection = protectionOfScheme(scheme);
  const protector = protectorFor(protection, sources);
  try {
    return protector.unprotect(keyId, blob);
  } catch (err) {
    if (err instanceof KeyringEntryError) {
      const code = err.problem === 'missing' ? 'keyring-entry-missing' : 'keyring-entry-invalid';
      throw new AppError(code, { params: { file: err.file, dir: sources.keyringDir } }, `cannot unlock the signing key: ${err.message}`);
    }
    if (err instanceof PassphraseError) throw new AppError('key-passphrase-wrong');
    if (err instanceof SafeStorageError) throw new AppError(err.problem === 'unavailable' ? 'key-protection-unavailable' : 'key-passphrase-wrong');
    throw err;
  }
}

/**
 * Moves every private key of the workspace (the active one and any kept) to
 * protection `to`. Each is opened with its current protection, sealed with
 * the new one and opened again to check, all before the one transaction that
 * writes them; a key already under `to` is left as it is. Returns how many moved.
 */
export async function reprotectKeys(store: Store, sources: KeySources, to: Protection): Promise<{ scheme: string; moved: number }> {
  const target = protectorFor(to, sources);
  const rows = await store.db.selectFrom('signing_key').select(['key_id', 'protection', 'private_key_protected']).execute();
  const updates: { keyId: string; from: string; blob: Buffer }[] = [];
  for (const row of rows) {
    if (row.private_key_protected === null || row.protection === target.scheme) continue;
    const secret = unprotectKey(sources, row.protection, row.key_id, row.private_key_protected);
    const blob = target.protect(row.key_id, secret);
    if (!target.unprotect(row.key_id, blob).equals(secret)) throw new AppError('internal', undefined, 'a re-sealed key does not open');
    secret.fill(0);
    updates.push({ keyId: row.key_id, from: row.protection, blob });
  }
  await store.db.transaction().execute(async (trx) => {
    for (const u of updates) {
      const done = await trx
        .updateTable('signing_key')
        .set({ private_key_protected: u.blob, protection: target.scheme })
        .where('key_id', '=', u.keyId)
        .where('protection', '=', u.from)
        .executeTakeFirst();
      if (Number(done.numUpdatedRows) !== 1) throw new AppError('internal', undefined, 'the key changed during the move');
    }
  });
  return { scheme: target.scheme, moved: updates.length };
}
