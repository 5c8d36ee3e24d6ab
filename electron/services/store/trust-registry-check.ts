// Run at every open, after the migrations: a trust registry must never hold a
// degenerate Ed25519 key (ed25519-strict.ts). Enrolment refuses them since
// this check exists, but a workspace that enrolled one before — through a
// forged bundle whose safety code a person confirmed — would otherwise go on
// accepting whatever anyone signs in that institution's name. Such a
// workspace is refused whole, with the institution and key named, rather
// than opened with the key quietly dropped: the person must know that a
// forged bundle was imported, and what it brought was applied already.
import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import { pointProblem } from '../keys/ed25519-strict';

export function assertTrustRegistrySafe(sqlite: BetterSqlite3.Database): void {
  const hasTable = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'trusted_signer'").get();
  if (!hasTable) return;
  const rows = sqlite.prepare('SELECT key_id, institution, public_key FROM trusted_signer ORDER BY institution, key_id').all() as {
    key_id: string;
    institution: string;
    public_key: Buffer;
  }[];
  for (const row of rows) {
    const problem = pointProblem(row.public_key);
    if (problem !== null) {
      throw new AppError('trust-registry-unsafe', { params: { institution: row.institution, keyId: row.key_id, problem } }, `trusted key ${row.key_id} of ${row.institution} is degenerate (${problem})`);
    }
  }
}
