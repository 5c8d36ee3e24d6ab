// The workspace's half of the reference rules (references.ts): who owns the
// records a document refers to, and which components an institution leads,
// read once so the check itself stays pure and synchronous.
import { AppError } from '../../../shared/api/errors';
import { readReference } from '../reference/reference-store';
import type { AnyDb } from '../store/database';
import { OWNED_TABLES } from '../store/tables';
import { type Entity, type Owned, type OwnershipRules, type Reference, type ReferenceProblem, type ReferringRecords, checkReferences, referencesOf } from './references';

/** SQLite's bound-variable limit is 32 766; stay well below it. */
const IN_CHUNK = 5000;

/** Who owns each of `ids` that the workspace holds; milestones and indicators through their commitment. */
export async function readOwners(db: AnyDb, ids: Iterable<string>): Promise<Map<string, Owned>> {
  const all = [...new Set(ids)];
  const out = new Map<string, Owned>();
  for (let i = 0; i < all.length; i += IN_CHUNK) {
    const part = all.slice(i, i + IN_CHUNK);
    for (const [entity, table] of Object.entries(OWNED_TABLES) as [Entity, (typeof OWNED_TABLES)[keyof typeof OWNED_TABLES]][]) {
      const rows = await db.selectFrom(table).select(['id', 'owner']).where('id', 'in', part).execute();
      for (const r of rows) out.set(r.id, { entity, owner: r.owner });
    }
    // Milestones and indicators belong to whoever owns their commitment.
    const put = (entity: Entity, rows: readonly { id: string; owner: string }[]) => rows.forEach((r) => out.set(r.id, { entity, owner: r.owner }));
    put('milestone', await db.selectFrom('milestone as x').innerJoin('commitment as c', 'c.id', 'x.commitment_id').select(['x.id as id', 'c.owner as owner']).where('x.id', 'in', part).execute());
    put('indicator', await db.selectFrom('indicator as x').innerJoin('commitment as c', 'c.id', 'x.commitment_id').select(['x.id as id', 'c.owner as owner']).where('x.id', 'in', part).execute());
  }
  return out;
}

/** (cycle, component) → its lead institutions, from the workspace's reference data. */
export async function readLeads(db: AnyDb): Promise<(cycleId: string, componentCode: string) => readonly string[]> {
  const ref = await readReference(db);
  const leads = new Map(ref.components.map((c) => [`${c.cycleId}\u0000${c.code}`, c.leadInstitutions]));
  return (cycleId, code) => leads.get(`${cycleId}\u0000${code}`) ?? [];
}

/** The rules for `institution` against this workspace, with what `records` refer to read in advance. */
export async function workspaceRules(db: AnyDb, institution: string, records: ReferringRecords, deleted?: ReadonlySet<string>): Promise<OwnershipRules> {
  const owners = await readOwners(db, referencesOf(records, institution).map((r) => r.id));
  const leadsOf = await readLeads(db);
  return {
    institution,
    leads: (cycleId, code) => leadsOf(cycleId, code).includes(institution),
    ownerOf: (id) => owners.get(id),
    ...(deleted ? { deleted } : {}),
  };
}

/** Every reference problem of `records` (owned by `institution`) against this workspace. */
export async function checkReferencesIn(db: AnyDb, institution: string, records: ReferringRecords, deleted?: ReadonlySet<string>): Promise<ReferenceProblem[]> {
  return checkReferences(records, await workspaceRules(db, institution, records, deleted));
}

/**
 * For the services behind the UI: a value a person sets that points at a
 * record (an origin idea, a score's idea, a comment's event, an
 * attachment's owner) must point at one of this workspace's own records of
 * the right kind. Refuses with the field and the owner, changes nothing.
 */
export async function assertOwnReferences(db: AnyDb, institution: string, refs: readonly Reference[]): Promise<void> {
  const owners = await readOwners(db, refs.map((r) => r.id));
  for (const ref of refs) {
    const path = ref.path.join('.');
    const target = owners.get(ref.id);
    if (target === undefined || (ref.kinds !== 'any' && !ref.kinds.includes(target.entity))) throw new AppError('not-found', { params: { id: ref.id } });
    if (target.owner !== institution) throw new AppError('foreign-reference', { params: { path, owner: target.owner } });
  }
}
