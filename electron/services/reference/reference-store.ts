// Reads and writes reference data (cycles, institutions, components and
// their lead institutions, controlled vocabularies).
import type { Component, ReferenceData, ReferenceTerm } from '../../../shared/model/reference';
import type { AnyDb } from '../store/database';
import { deleteWhere, selectRecords, upsertRecords } from '../store/records';
import { COMPONENT, CYCLE, INSTITUTION, REFERENCE_TERM } from '../store/tables';


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
