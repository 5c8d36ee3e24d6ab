// This workspace's own signing key: which one is active (workspace_meta
// key_id, which a rotation moves), its safety code, and the private key
// unwrapped only for the moment a bundle is signed.
import { AppError } from '../../../../shared/api/errors';
import { keyIdOf, safetyCode } from '../../keys/identity';
import { type KeyAccess, unprotectKey } from '../../keys/protection';
import type { AnyDb } from '../../store/database';
import type { Workspace } from '../../workspace/workspace';
import type { BundleSigner } from '../types';

export interface OwnKey {
  keyId: string;
  publicKeyRaw: Buffer;
  safetyCode: string;
  createdAt: string;
  protection: string;
  /** 'active', or 'rotated' for a key a rotation retired. */
  status: string;
  /** Null for a retired key: a rotation keeps only its public half. */
  privateKeyProtected: Buffer | null;
}

/** One of this workspace's keys, active or retired, as stored. */
export async function ownKey(db: AnyDb, keyId: string, institution: string): Promise<OwnKey | null> {
  const row = await db.selectFrom('signing_key').selectAll().where('key_id', '=', keyId).executeTakeFirst();
  if (!row) return null;
  return {
    keyId: row.key_id,
    publicKeyRaw: row.public_key,
    // Recomputed rather than read: the stored fingerprint is a cache of exactly this.
    safetyCode: safetyCode(row.public_key, institution),
    createdAt: row.created_at,
    protection: row.protection,
    status: row.status,
    privateKeyProtected: row.private_key_protected,
  };
}

/** The key the workspace signs with now (rotation moves workspace_meta.key_id). */
export async function activeKey(db: AnyDb, institution: string): Promise<OwnKey> {
  const meta = await db.selectFrom('workspace_meta').select('value').where('key', '=', 'key_id').executeTakeFirst();
  const key = meta ? await ownKey(db, meta.value, institution) : null;
  if (!key) throw new AppError('database-corrupt', { params: { path: '' } }, 'signing key missing');
  if (key.status !== 'active') throw new AppError('database-corrupt', { params: { path: '' } }, 'the key in use is not the active key');
  return key;
}

/** What `key.show` returns. */
export async function showKey(ws: Workspace) {
  const key = await activeKey(ws.store.db, ws.info.institution.code);
  return {
    institution: ws.info.institution.code,
    keyId: key.keyId,
    safetyCode: key.safetyCode,
    publicKey: key.publicKeyRaw.toString('base64'),
    createdAt: key.createdAt,
  };
}

/**
 * Unwraps the private key for signing. A keyring that cannot open it gets its
 * own code, naming the file where the key-encryption key is expected: "not
 * allowed" would send a person looking for a permission that does not exist.
 */
export function unlockSigner(ws: Workspace, keyringDir: string, key: OwnKey, access: KeyAccess = {}): BundleSigner {
  // A retired key has told the other side it signs no more; nothing here may make it sign again.
  if (key.status !== 'active' || key.privateKeyProtected === null) {
    throw new AppError('forbidden', { params: { reason: 'key-retired' } }, `key ${key.keyId} is retired and cannot sign`);
  }
  // Opened with the protection written beside it (keyring file, passphrase, or the OS's safe storage).
  const privateKeyPkcs8 = unprotectKey({ ...access, keyringDir, workspaceId: ws.info.id }, key.protection, key.keyId, key.privateKeyProtected);
  return { keyId: key.keyId, privateKeyPkcs8 };
}

/** Sanity: a stored key whose id does not match its public key is a damaged database, not a key to sign with. */
export function assertKeyConsistent(key: OwnKey): void {
  if (keyIdOf(key.publicKeyRaw) !== key.keyId) throw new AppError('database-corrupt', { params: { path: '' } }, 'key id does not match the public key');
}
