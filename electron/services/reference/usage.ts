// What still uses a piece of reference data: the records, components, keys
// and front matter that name an institution, the records filed under a
// component, the commitments and ideas tagged with a vocabulary entry. A
// removal (or a lead taken off a component) is refused while anything does,
// naming the first use found and how many there are, so nothing is orphaned.
import { sql } from 'kysely';
import type { TermKind } from '../../../shared/model/reference';
import type { AnyDb } from '../store/database';

/** What uses it, in the order the refusal names them: an entity key (referenceData.usedBy.<entity>) and a count. */
export interface Use {
  entity: string;
  count: number;
}

async function count(db: AnyDb, query: ReturnType<typeof sql<{ n: number }>>): Promise<number> {
  const r = await query.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

const inJson = (column: string, value: string) => sql`EXISTS (SELECT 1 FROM json_each(${sql.ref(column)}) WHERE value = ${value})`;

async function uses(db: AnyDb, checks: readonly [string, ReturnType<typeof sql<{ n: number }>>][]): Promise<Use[]> {
  const out: Use[] = [];
  for (const [entity, q] of checks) {
    const n = await count(db, q);
    if (n > 0) out.push({ entity, count: n });
  }
  return out;
}

const n = (table: string, where: ReturnType<typeof sql>) => sql<{ n: number }>`SELECT COUNT(*) AS n FROM ${sql.table(table)} WHERE ${where}`;

/** Everything that names institution `code`. */
export function institutionUses(db: AnyDb, code: string): Promise<Use[]> {
  const owned = (table: string) => n(table, sql`owner = ${code}`);
  return uses(db, [
    ['commitment', n('commitment', sql`owner = ${code} OR lead_institution = ${code} OR ${inJson('supporting_institutions', code)}`)],
    ['milestone', n('milestone', sql`responsible_institution = ${code}`)],
    ['indicator', n('indicator', sql`responsible_institution = ${code}`)],
    ['idea', n('idea', sql`owner = ${code} OR suggested_lead = ${code}`)],
    ['prioritization-round', owned('prioritization_round')],
    ['consultation-event', n('consultation_event', sql`owner = ${code} OR organizer = ${code}`)],
    ['comment', owned('comment')],
    ['consultation-report', owned('consultation_report')],
    ['calendar-item', n('calendar_item', sql`owner = ${code} OR responsible = ${code}`)],
    ['attachment', owned('attachment')],
    ['poc-feedback', owned('poc_feedback')],
    ['feedback-reply', owned('feedback_reply')],
    ['tombstone', owned('tombstone')],
    ['component', n('component_lead', sql`institution_code = ${code}`)],
    ['focal-point', n('focal_point', sql`institution = ${code}`)],
    ['trusted-key', n('trusted_signer', sql`institution = ${code}`)],
  ]);
}

/** The records filed under component `code` of `cycleId`. */
export function componentUses(db: AnyDb, cycleId: string, code: string): Promise<Use[]> {
  const under = (table: string) => n(table, sql`cycle_id = ${cycleId} AND component_code = ${code}`);
  return uses(db, [
    ['commitment', under('commitment')],
    ['idea', under('idea')],
    ['prioritization-round', under('prioritization_round')],
    ['consultation-event', under('consultation_event')],
    ['consultation-report', under('consultation_report')],
  ]);
}

/** The commitments of `owner` filed under component `code`: taking `owner` off the component's leads would orphan them. */
export function leadUses(db: AnyDb, cycleId: string, code: string, owner: string): Promise<Use[]> {
  const mine = (table: string) => n(table, sql`cycle_id = ${cycleId} AND component_code = ${code} AND owner = ${owner}`);
  return uses(db, [
    ['commitment', mine('commitment')],
    ['idea', mine('idea')],
    ['consultation-event', mine('consultation_event')],
  ]);
}

/** The commitments and ideas tagged with vocabulary entry `code`. */
export function termUses(db: AnyDb, kind: TermKind, code: string): Promise<Use[]> {
  if (kind === 'policy-area') return uses(db, [['commitment', n('commitment', inJson('policy_areas', code))]]);
  return uses(db, [
    ['commitment', n('commitment', inJson('ogp_values', code))],
    ['idea', n('idea', inJson('ogp_values', code))],
  ]);
}
