// What every bundle use case needs: the open workspace, where its
// key-encryption keys live (to sign) and a clock tests can fix.
import { type Kysely, sql } from 'kysely';
import { AppError } from '../../../../shared/api/errors';
import type { ReferenceData } from '../../../../shared/model/reference';
import type { DB } from '../../store/database';
import type { KeyAccess } from '../../keys/protection';
import type { Workspace } from '../../workspace/workspace';

export interface BundleEnv {
  ws: Workspace;
  keyringDir: string;
  clock: () => Date;
  /** A passphrase or the OS's safe storage, for keys sealed with them (keys/protection.ts). */
  keyAccess?: KeyAccess;
}

export const nowIso = (env: BundleEnv) => env.clock().toISOString();
export const me = (env: BundleEnv) => env.ws.info.institution.code;

/** The coordinating institution (role poc) of the reference data. */
export function pocInstitution(ref: ReferenceData): string {
  const poc = ref.institutions.find((i) => i.role === 'poc');
  if (!poc) throw new AppError('unknown-institution', { params: { code: 'POC', known: '' } }, 'no POC in the reference data');
  return poc.code;
}

/** A POC-only use case called in an LFP workspace (or the reverse). */
export function requireRole(env: BundleEnv, role: 'poc' | 'lfp'): void {
  if (env.ws.info.role !== role) throw new AppError('forbidden', { params: { role: env.ws.info.role } });
}

/**
 * A write transaction that takes SQLite's write lock at BEGIN (BEGIN
 * IMMEDIATE), so what it checks first cannot be changed by another process
 * (the desktop app and the CLI on one workspace) before it writes. Kysely's
 * transaction() starts deferred; this is the same on its one connection.
 */
export async function writeTransaction<T>(db: Kysely<DB>, fn: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    let out: T;
    try {
      out = await fn(conn);
    } catch (err) {
      try {
        await sql`rollback`.execute(conn);
      } catch {
        // SQLite already rolled back (some errors end the transaction themselves).
      }
      throw err;
    }
    await sql`commit`.execute(conn);
    return out;
  });
}
