// A workspace is one folder with one database: the institution's identity,
// its signing key, reference data and everything it drafts or receives.
import { randomUUID } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkspaceInfo } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import type { WorkspaceRole } from '../../../shared/model/reference';
import { CURRENT_CYCLE_ID, SEED_REFERENCE } from '../../../shared/reference/seed';
import { generateSigningKey, safetyCode } from '../keys/identity';
import type { KeyProtector } from '../keys/protector';
import { readReference, writeReference } from '../reference/reference-store';
import { makePrivateDir, PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, restrictMode } from '../security/private-files';
import { newestBackup } from '../backup/backups';
import { type AnyDb, openStore, type Store } from '../store/database';
import { dbPath, PREFERENCES_FILE } from './paths';

export interface Workspace {
  readonly dir: string;
  readonly store: Store;
  readonly info: WorkspaceInfo;
}

export interface InitOptions {
  dir: string;
  role: WorkspaceRole;
  institution: string;
  /** Given the new workspace id, the protector for its private key. */
  protectorFor: (workspaceId: string) => KeyProtector;
  now?: () => Date;
  nativeBinding?: string;
}

export function workspaceExists(dir: string): boolean {
  return existsSync(dbPath(dir));
}

/** The seed institution for a code, or a translated refusal naming the known codes. */
export function findSeedInstitution(code: string, role: WorkspaceRole) {
  const inst = SEED_REFERENCE.institutions.find((i) => i.code === code);
  if (!inst) {
    const known = SEED_REFERENCE.institutions.filter((i) => i.role === role).map((i) => i.code);
    throw new AppError('unknown-institution', { params: { code, known: known.join(', ') } });
  }
  if (inst.role !== role) throw new AppError('role-mismatch', { params: { code, role } });
  return inst;
}

/**
 * Creates the database in a temporary file and moves it into place only when
 * it is complete, so a failed or interrupted init leaves no half workspace.
 */
export async function initWorkspace(opts: InitOptions): Promise<Workspace> {
  const finalFile = dbPath(opts.dir);
  if (existsSync(finalFile)) throw new AppError('workspace-exists', { params: { path: opts.dir } });
  const institution = findSeedInstitution(opts.institution, opts.role);
  makePrivateDir(opts.dir);

  const id = randomUUID();
  const createdAt = (opts.now?.() ?? new Date()).toISOString();
  const key = generateSigningKey();
  const protector = opts.protectorFor(id);
  const tmpFile = join(opts.dir, `.plani-init-${id}.db`);
  const store = openStore(tmpFile, { create: true, nativeBinding: opts.nativeBinding });
  try {
    await store.db.transaction().execute(async (trx) => {
      await writeReference(trx, SEED_REFERENCE);
      const meta: Record<string, string> = {
        id,
        role: opts.role,
        institution: institution.code,
        created_at: createdAt,
        current_cycle_id: CURRENT_CYCLE_ID,
        key_id: key.keyId,
      };
      await trx
        .insertInto('workspace_meta')
        .values(Object.entries(meta).map(([k, value]) => ({ key: k, value })))
        .execute();
      await trx
        .insertInto('signing_key')
        .values({
          key_id: key.keyId,
          fingerprint: safetyCode(key.publicKeyRaw, institution.code),
          public_key: key.publicKeyRaw,
          private_key_protected: protector.protect(key.keyId, key.privateKeyPkcs8),
          protection: protector.scheme,
          created_at: createdAt,
          replaces: null,
          status: 'active',
        })
        .execute();
    });
    // Fold the WAL back into the main file before it is renamed.
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    await store.close();
  }
  try {
    if (existsSync(finalFile)) throw new AppError('workspace-exists', { params: { path: opts.dir } });
    renameSync(tmpFile, finalFile);
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${tmpFile}${suffix}`, { force: true });
  }
  return openWorkspace(opts.dir, { nativeBinding: opts.nativeBinding });
}

export async function openWorkspace(dir: string, options: { nativeBinding?: string } = {}): Promise<Workspace> {
  if (!workspaceExists(dir)) throw new AppError('no-workspace', { params: { path: dir } });
  restrictMode(dir, PRIVATE_DIR_MODE);
  restrictMode(join(dir, PREFERENCES_FILE), PRIVATE_FILE_MODE);
  const store = openDamagedAware(dir, options);
  try {
    const info = await readWorkspaceInfo(store);
    return { dir, store, info };
  } catch (err) {
    await store.close();
    throw err;
  }
}

/**
 * Makes `cycleId` the workspace's current cycle (the one every screen, check,
 * bundle and print works on), inside the caller's transaction; the caller
 * updates `ws.info` once it has committed.
 */
export async function setCurrentCycle(trx: AnyDb, cycleId: string): Promise<void> {
  await trx.updateTable('workspace_meta').set({ value: cycleId }).where('key', '=', 'current_cycle_id').execute();
}

/** openStore, with a damaged file's refusal naming the newest backup to restore (or saying there is none). */
function openDamagedAware(dir: string, options: { nativeBinding?: string }): Store {
  try {
    return openStore(dbPath(dir), options);
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'database-damaged') throw err;
    const backup = newestBackup(dir);
    const params = { ...err.details?.params };
    if (!backup) throw new AppError('database-damaged-no-backup', { params }, err.message);
    throw new AppError('database-damaged', { params: { ...params, backup: `${backup.file} (${backup.createdAt.slice(0, 16).replace('T', ' ')} UTC)` } }, err.message);
  }
}

async function readWorkspaceInfo(store: Store): Promise<WorkspaceInfo> {
  const rows = await store.db.selectFrom('workspace_meta').selectAll().execute();
  const meta = new Map(rows.map((r) => [r.key, r.value]));
  const need = (k: string) => {
    const v = meta.get(k);
    if (v === undefined) throw new AppError('database-corrupt', { params: { path: store.file } }, `missing meta ${k}`);
    return v;
  };
  const ref = await readReference(store.db);
  const institution = ref.institutions.find((i) => i.code === need('institution'));
  if (!institution) throw new AppError('database-corrupt', { params: { path: store.file } }, 'institution missing');
  const key = await store.db.selectFrom('signing_key').selectAll().where('key_id', '=', need('key_id')).executeTakeFirst();
  if (!key) throw new AppError('database-corrupt', { params: { path: store.file } }, 'signing key missing');
  return {
    id: need('id'),
    role: need('role') as WorkspaceRole,
    institution,
    keyFingerprint: key.fingerprint,
    currentCycleId: need('current_cycle_id'),
    createdAt: need('created_at'),
  };
}
