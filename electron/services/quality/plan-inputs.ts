// The plan the quality report reads, kept between reports: each record mapped
// once and reused while its (rev, updated_at) stamp is the one it was read
// at. A refresh reads only the stamps of the cycle's records (id and two
// integers/short texts per row, off the indexes) and re-reads and maps just
// the rows whose stamp moved or that are new; rows gone are dropped. What is
// small or computed in SQL (reference data, comments, reports, plan numbers)
// is read whole every time.
//
// A stamp alone cannot see a write that leaves rev and updated_at as they
// were (a raw statement, an import carrying a record's own revision) or a row
// deleted and written again under the same stamp. Temporary triggers on this
// connection note the id of every such update and every deletion, and the
// refresh forgets those ids first. A commit by another connection (SQLite's
// data_version moves), another cycle or another role forgets everything.
import { sql } from 'kysely';
import { AppError } from '../../../shared/api/errors';
import type { Commitment, Indicator, Milestone } from '../../../shared/model/plan';
import type { EventInput, IdeaInput, PlanInput } from '../../../shared/quality';
import type { RoundInput } from '../../../shared/quality/check';
import type { FeedbackReply, PocFeedback } from '../../../shared/model/cocreation';
import { feedbackInputs } from '../../../shared/quality/record-inputs';
import { readReference } from '../reference/reference-store';
import { reviewPlanNumbers } from '../store/aggregates';
import type { AnyDb } from '../store/database';
import type { TableMap } from '../store/mapping';
import { selectRecords } from '../store/records';
import { COMMITMENT, CONSULTATION_EVENT, FEEDBACK_REPLY, IDEA, INDICATOR, MILESTONE, POC_FEEDBACK, PRIORITIZATION_ROUND } from '../store/tables';
import type { Workspace } from '../workspace/workspace';
import { readCommentInputs, readReportInputs } from './plan-report-reads';

/** The tables whose mapped rows are kept, and the triggers that note unstamped changes to them. */
const KEPT = ['commitment', 'milestone', 'indicator', 'idea', 'consultation_event', 'prioritization_round', 'poc_feedback', 'feedback_reply'] as const;
type Kept = (typeof KEPT)[number];
const EVICTED = 'plani_quality_evicted';

interface Stamp {
  id: string;
  stamp: string;
}

type Rows<T> = Map<string, { stamp: string; value: T }>;

interface KeptPlan {
  key: string;
  dataVersion: number;
  rows: { [K in Kept]: Rows<unknown> };
}

const kept = new WeakMap<Workspace['store'], KeptPlan>();

const emptyRows = (): KeptPlan['rows'] => Object.fromEntries(KEPT.map((t) => [t, new Map()])) as KeptPlan['rows'];

/** Creates, once per connection, the temporary table and triggers that note what a stamp cannot see. */
function installTriggers(ws: Workspace): void {
  const { sqlite } = ws.store;
  const have = sqlite.prepare("SELECT count(*) FROM sqlite_temp_master WHERE type = 'trigger' AND name LIKE 'plani_quality_%'").pluck().get() as number;
  if (have === KEPT.length * 2) return;
  const ddl = [`CREATE TEMP TABLE IF NOT EXISTS ${EVICTED} (tbl TEXT NOT NULL, id TEXT NOT NULL)`];
  for (const t of KEPT) {
    ddl.push(`CREATE TEMP TRIGGER IF NOT EXISTS plani_quality_${t}_del AFTER DELETE ON main.${t} BEGIN INSERT INTO ${EVICTED} VALUES ('${t}', OLD.id); END`);
    ddl.push(
      `CREATE TEMP TRIGGER IF NOT EXISTS plani_quality_${t}_upd AFTER UPDATE ON main.${t} WHEN NEW.rev IS OLD.rev AND NEW.updated_at IS OLD.updated_at ` +
        `BEGIN INSERT INTO ${EVICTED} VALUES ('${t}', OLD.id); INSERT INTO ${EVICTED} VALUES ('${t}', NEW.id); END`,
    );
  }
  sqlite.exec(ddl.join(';\n'));
}

/** The records whose stamps are `stamps`, in that order: kept ones reused, the others read through `map` and kept. */
async function refresh<T extends { id: string }>(db: AnyDb, rows: Rows<unknown>, map: TableMap, stamps: readonly Stamp[]): Promise<T[]> {
  const stale = stamps.filter((s) => rows.get(s.id)?.stamp !== s.stamp);
  if (stale.length > 0) {
    const byStamp = new Map(stale.map((s) => [s.id, s.stamp]));
    for (const r of await selectRecords<T>(db, map, { column: 'id', in: stale.map((s) => s.id) })) rows.set(r.id, { stamp: byStamp.get(r.id)!, value: r });
  }
  if (rows.size > stamps.length) {
    const live = new Set(stamps.map((s) => s.id));
    for (const id of rows.keys()) if (!live.has(id)) rows.delete(id);
  }
  return stamps.map((s) => rows.get(s.id)!.value as T);
}

type StampRow = { id: string; rev: number; updated_at: string };
const toStamps = (rows: readonly StampRow[]): Stamp[] => rows.map((r) => ({ id: r.id, stamp: `${r.rev}|${r.updated_at}` }));

/** The commitments of the cycle, ordered as readCommitments orders them, with their milestones and indicators. */
async function commitments(db: AnyDb, k: KeptPlan, cycleId: string): Promise<Commitment[]> {
  const stamps = toStamps(await db.selectFrom('commitment').select(['id', 'rev', 'updated_at']).where('cycle_id', '=', cycleId).orderBy('id').execute());
  const parents = await refresh<Omit<Commitment, 'milestones' | 'indicators'>>(db, k.rows.commitment, COMMITMENT, stamps);
  const children = async <C extends { id: string; commitmentId: string }>(table: 'milestone' | 'indicator', map: TableMap) => {
    const { rows } = await sql<StampRow>`
      SELECT x.id, x.rev, x.updated_at FROM ${sql.table(table)} AS x JOIN commitment AS c ON c.id = x.commitment_id
      WHERE c.cycle_id = ${cycleId} ORDER BY x.commitment_id, x.seq, x.id`.execute(db);
    const out = new Map<string, Omit<C, 'commitmentId'>[]>();
    for (const { commitmentId, ...child } of await refresh<C>(db, k.rows[table], map, toStamps(rows))) {
      const list = out.get(commitmentId);
      if (list) list.push(child);
      else out.set(commitmentId, [child]);
    }
    return out;
  };
  const milestones = await children<Milestone & { commitmentId: string }>('milestone', MILESTONE);
  const indicators = await children<Indicator & { commitmentId: string }>('indicator', INDICATOR);
  const numbers = await reviewPlanNumbers(db);
  return parents.map(({ carriedFrom, ...c }) => ({
    ...c,
    ...(carriedFrom ? { carriedFrom } : {}),
    planNumber: numbers.get(c.id) ?? c.planNumber,
    milestones: milestones.get(c.id) ?? [],
    indicators: indicators.get(c.id) ?? [],
  }));
}

async function ofCycle<T extends { id: string }>(db: AnyDb, k: KeptPlan, table: 'idea' | 'consultation_event' | 'prioritization_round', map: TableMap, cycleId: string): Promise<T[]> {
  const stamps = toStamps(await db.selectFrom(table).select(['id', 'rev', 'updated_at']).where('cycle_id', '=', cycleId).orderBy('id').execute());
  return refresh<T>(db, k.rows[table], map, stamps);
}

async function feedback(db: AnyDb, k: KeptPlan, cycleId: string) {
  const fbStamps = toStamps(await db.selectFrom('poc_feedback').select(['id', 'rev', 'updated_at']).orderBy('id').execute());
  const items = await refresh<PocFeedback>(db, k.rows.poc_feedback, POC_FEEDBACK, fbStamps);
  if (items.length === 0) {
    k.rows.feedback_reply.clear();
    return [];
  }
  const replyStamps = toStamps(await db.selectFrom('feedback_reply').select(['id', 'rev', 'updated_at']).orderBy('id').execute());
  const replies = await refresh<FeedbackReply>(db, k.rows.feedback_reply, FEEDBACK_REPLY, replyStamps);
  const commitments = await db.selectFrom('commitment').select(['id', 'component_code']).where('cycle_id', '=', cycleId).execute();
  const reports = await db.selectFrom('consultation_report').select(['id', 'component_code']).where('cycle_id', '=', cycleId).execute();
  const targets = new Map([...commitments, ...reports].map((r) => [r.id, r.component_code]));
  return feedbackInputs(items, replies, targets);
}

/** Forgets the rows the triggers noted since the last refresh (inside the reading transaction). */
async function evict(db: AnyDb, k: KeptPlan): Promise<void> {
  const { rows } = await sql<{ tbl: Kept; id: string }>`SELECT tbl, id FROM temp.plani_quality_evicted`.execute(db);
  if (rows.length === 0) return;
  for (const r of rows) k.rows[r.tbl]?.delete(r.id);
  await sql`DELETE FROM temp.plani_quality_evicted`.execute(db);
}

/**
 * The same plan readPlan reads, for the workspace's cycle `cycleId`, reusing
 * every record kept from the last call whose stamp has not moved.
 */
export async function readPlanKept(ws: Workspace, cycleId: string): Promise<Omit<PlanInput, 'today' | 'national'>> {
  installTriggers(ws);
  const key = JSON.stringify([cycleId, ws.info.role]);
  const dataVersion = ws.store.sqlite.pragma('data_version', { simple: true }) as number;
  let k = kept.get(ws.store);
  if (!k || k.key !== key || k.dataVersion !== dataVersion) {
    k = { key, dataVersion, rows: emptyRows() };
    kept.set(ws.store, k);
  }
  const state = k;
  try {
    return await ws.store.db.transaction().execute(async (trx) => {
      await evict(trx, state);
      const reference = await readReference(trx);
      const cycle = reference.cycles.find((c) => c.id === cycleId);
      if (!cycle) throw new AppError('not-found', { params: { id: cycleId } });
      return {
        cycle,
        reference,
        commitments: await commitments(trx, state, cycleId),
        ideas: await ofCycle<IdeaInput & { id: string }>(trx, state, 'idea', IDEA, cycleId),
        // Participants are not read: no check looks at them.
        events: await ofCycle<EventInput & { id: string }>(trx, state, 'consultation_event', CONSULTATION_EVENT, cycleId),
        rounds: await ofCycle<RoundInput & { id: string }>(trx, state, 'prioritization_round', PRIORITIZATION_ROUND, cycleId),
        comments: await readCommentInputs(trx, cycleId),
        reports: await readReportInputs(trx, cycleId),
        feedback: await feedback(trx, state, cycleId),
      };
    });
  } catch (err) {
    // A failed read may have kept half of a refresh: start over next time.
    kept.delete(ws.store);
    throw err;
  }
}

/** Forgets what is kept for this workspace (tests; a restore opens a new store anyway). */
export function forgetKeptPlan(ws: Workspace): void {
  kept.delete(ws.store);
}
