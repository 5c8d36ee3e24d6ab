// Key rotation (docs/bundle-format.md, "Trust"): the old key authorises, the
// new key proves possession, both sign the same manifest (the reader checks
// both signatures). The receiver enrolls the new key for the institution and
// retires the old one from `effectiveFromSeq` on; the sender switches to the
// new key in the same step it writes the bundle.
import { AppError } from '../../../../shared/api/errors';
import { generateSigningKey, safetyCode } from '../../keys/identity';
import { protectionOfScheme, protectorFor } from '../../keys/protection';
import { readReference } from '../../reference/reference-store';
import type { AnyDb } from '../../store/database';
import { type BundleEnv, me, nowIso, pocInstitution } from './context';
import { activeKey } from './keys';
import { insertSigner, updateSignerStatus } from './state';
import type { VerifiedBundle } from '../types';
import { FEEDBACK_STREAM, type ExportedBundle, signAndWrite } from './workspace-export';

/** Receiver: the new key becomes the institution's active key; the old one is refused from effectiveFromSeq on. */
export async function applyRotation(trx: AnyDb, verified: VerifiedBundle, at: string): Promise<void> {
  const m = verified.manifest;
  const r = m.rotation!;
  const newKey = Buffer.from(r.newPublicKey, 'base64');
  await insertSigner(trx, {
    keyId: r.newKeyId,
    institution: m.issuer.institution,
    safetyCode: safetyCode(newKey, m.issuer.institution),
    publicKey: newKey,
    enrolledAt: at,
    status: 'active',
  });
  await updateSignerStatus(trx, m.issuer.keyId, { status: 'rotated', at, effectiveFromSeq: r.effectiveFromSeq, replacedBy: r.newKeyId });
}

/**
 * Sender: makes a new signing key and writes the key-rotation bundle (signed
 * by the old key, then the new), to the POC from an LFP, to everyone from the
 * POC. Only once the bundle exists does the workspace switch keys, in one
 * transaction: the new key active, the old one rotated. `deliver` (optional)
 * runs before the switch with the finished bundle, e.g. the CLI writing the
 * file: if it throws, the workspace keeps its old key.
 */
export async function rotateKey(
  env: BundleEnv,
  deliver?: (bundle: ExportedBundle) => void | Promise<void>,
): Promise<ExportedBundle & { newKeyId: string; safetyCode: string }> {
  const db = env.ws.store.db;
  const institution = me(env);
  const old = await activeKey(db, institution);
  const next = generateSigningKey();
  // The new key is sealed the way the old one was (keyring file, passphrase or safe storage).
  const protector = protectorFor(protectionOfScheme(old.protection), { ...env.keyAccess, keyringDir: env.keyringDir, workspaceId: env.ws.info.id });
  const isPoc = env.ws.info.role === 'poc';
  const audience = isPoc ? '*' : pocInstitution(await readReference(db));
  const exported = await signAndWrite(
    env,
    isPoc ? FEEDBACK_STREAM : audience,
    {
      bundleType: 'key-rotation',
      audience,
      payload: {},
      rotation: (seq) => ({ newKeyId: next.keyId, newPublicKey: next.publicKeyRaw.toString('base64'), effectiveFromSeq: seq + 1 }),
    },
    [{ keyId: next.keyId, privateKeyPkcs8: next.privateKeyPkcs8 }],
  );
  const at = nowIso(env);
  const code = safetyCode(next.publicKeyRaw, institution);
  // Wrapped before the transaction: no file access (the keyring) inside it.
  const wrapped = protector.protect(next.keyId, next.privateKeyPkcs8);
  if (deliver) await deliver(exported);
  await db.transaction().execute(async (trx) => {
    const current = await activeKey(trx, institution);
    if (current.keyId !== old.keyId) throw new AppError('internal', undefined, 'the signing key changed during the rotation');
    await trx
      .insertInto('signing_key')
      .values({
        key_id: next.keyId,
        fingerprint: code,
        public_key: next.publicKeyRaw,
        private_key_protected: wrapped,
        protection: protector.scheme,
        created_at: at,
        replaces: old.keyId,
        status: 'active',
      })
      .execute();
    // Retired means public half only: the old private key is wiped in the same step (migration 0004's CHECK holds both together).
    await trx.updateTable('signing_key').set({ status: 'rotated', private_key_protected: null }).where('key_id', '=', old.keyId).execute();
    await trx.updateTable('workspace_meta').set({ value: next.keyId }).where('key', '=', 'key_id').execute();
  });
  // The old key's page versions leave the WAL and the main file gets the
  // zeroed page (secure_delete). Best effort: a reader in another process can
  // hold the WAL, and the next checkpoint completes the job.
  env.ws.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  // The open workspace's info was read at open time; app.info must show the key now in use.
  (env.ws.info as { keyFingerprint: string }).keyFingerprint = code;
  return { ...exported, newKeyId: next.keyId, safetyCode: code };
}
