// Reads and writes reference data (cycles, institutions, components and
// their lead institutions, controlled vocabularies).
import type { Component, ReferenceData, ReferenceTerm } from '../../../shared/model/reference';
import type { AnyDb } from '../store/database';
import { deleteWhere, selectRecords, upsertRecords } from '../store/records';
import { COMPONENT, CYCLE, INSTITUTION, REFERENCE_TERM } from '../store/tables';
import { componentUses, institutionUses, termUses } from './usage';


export async function writeReference(db: AnyDb, ref: ReferenceData): Promise<void> {
  await upsertRecords(db, CYCLE, ref.cycles);
  await upsertRecords(db, INSTITUTION, ref.institutions);
  await upsertRecords(db, COMPONENT, ref.components);
  await deleteWhere(db, 'component_lead', 'component_id', ref.components.map((c) => c.id));
  const leads = ref.components.flatMap((c) =>
    c.leadInstitutions.map((code, position) => ({ component_id: c.id, institution_code: code, position })),
  );
  if (leads.length > 0) await db.insertInto('component_lead').values(leads).execute();
  await upsertRecords(
    db,
    REFERENCE_TERM,
    ref.terms.map((t, position) => ({ ...t, position })),
    ['kind', 'code'],
  );
}

export async function readReference(db: AnyDb): Promise<ReferenceData> {
  const cycles = await selectRecords<ReferenceData['cycles'][number]>(db, CYCLE, undefined, ['period_start']);
  const institutions = await selectRecords<ReferenceData['institutions'][number]>(db, INSTITUTION, undefined, ['code']);
  const components = await selectRecords<Omit<Component, 'leadInstitutions'>>(db, COMPONENT, undefined, ['cycle_id', 'number']);
  const leads = await db.selectFrom('component_lead').selectAll().orderBy('position').execute();
  const terms = (await selectRecords<ReferenceTerm & { position: number }>(db, REFERENCE_TERM, undefined, ['kind', 'position'])).map(
    ({ position: _position, ...term }) => term,
  );
  return {
    cycles,
    institutions,
    components: components.map((c) => ({
      ...c,
      leadInstitutions: leads.filter((l) => l.component_id === c.id).map((l) => l.institution_code),
    })),
    terms,
  };
}

export interface ReferenceRevision {
  revision: number;
  updatedAt: string | null;
}

/** The revision of the reference data this workspace holds (0: as shipped). */
export async function readRevision(db: AnyDb): Promise<ReferenceRevision> {
  const row = await db.selectFrom('reference_state').select(['revision', 'updated_at']).where('id', '=', 1).executeTakeFirst();
  return { revision: row?.revision ?? 0, updatedAt: row?.updated_at ?? null };
}

export async function writeRevision(db: AnyDb, revision: number, at: string): Promise<void> {
  await db
    .insertInto('reference_state')
    .values({ id: 1, revision, updated_at: at })
    .onConflict((oc) => oc.column('id').doUpdateSet({ revision, updated_at: at }))
    .execute();
}

/**
 * The reference data in place of what is held (a POC's feedback at an LFP):
 * written like writeReference, and the institutions, components and terms it
 * no longer carries removed; one that records here still use is kept rather
 * than orphaning them (returned as "kind:key", so the caller can say so).
 */
export async function replaceReference(db: AnyDb, ref: ReferenceData): Promise<string[]> {
  const held = await readReference(db);
  await writeReference(db, ref);
  const kept: string[] = [];
  const components = new Set(ref.components.map((c) => c.id));
  for (const c of held.components) {
    if (components.has(c.id)) continue;
    if ((await componentUses(db, c.cycleId, c.code)).length > 0) kept.push(`component:${c.id}`);
    else await db.deleteFrom('component').where('id', '=', c.id).execute();
  }
  const terms = new Set(ref.terms.map((t) => `${t.kind}:${t.code}`));
  for (const t of held.terms) {
    if (terms.has(`${t.kind}:${t.code}`)) continue;
    if ((await termUses(db, t.kind, t.code)).length > 0) kept.push(`${t.kind}:${t.code}`);
    else await db.deleteFrom('reference_term').where('kind', '=', t.kind).where('code', '=', t.code).execute();
  }
  const institutions = new Set(ref.institutions.map((i) => i.code));
  for (const i of held.institutions) {
    if (institutions.has(i.code)) continue;
    if ((await institutionUses(db, i.code)).length > 0) kept.push(`institution:${i.code}`);
    else await db.deleteFrom('institution').where('code', '=', i.code).execute();
  }
  return kept;
}
