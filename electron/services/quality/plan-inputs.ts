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
// refresh forgets those ids first. Milestones and indicators (five times as
// many rows) are not stamped at all: their triggers note every insert,
// update and delete, and only the noted rows are read again, with the
// children of a commitment that has newly joined the cycle. A commit by
// another connection (SQLite's data_version moves), another cycle or another
// role forgets everything.
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
const KEPT = ['commitment', 'idea', 'consultation_event', 'prioritization_round', 'poc_feedback', 'feedback_reply'] as const;
type Kept = (typeof KEPT)[number];
const CHILDREN = ['milestone', 'indicator'] as const;
type ChildTable = (typeof CHILDREN)[number];
const TRIGGERS = KEPT.length * 2 + CHILDREN.length * 3;

/** A commitment's milestones or indicators as kept: every row by id, the ids under each commitment, and each commitment's list in order. */
interface KeptChildren {
  byId: Map<string, { commitmentId: string; seq: number; value: { id: string } }>;
  ofParent: Map<string, Set<string>>;
  lists: Map<string, { id: string }[]>;
}
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
  children: { [K in ChildTable]: KeptChildren };
  /** The commitments whose children are kept. */
  loaded: Set<string>;
  store: Workspace['store'];
  /** The commitments as last put together, with what each was made from. */
  built: Map<string, BuiltCommitment>;
}

const kept = new WeakMap<Workspace['store'], KeptPlan>();

/** Rows this module deleted from its own temporary table, per store: they move SQLite's total_changes() but no record. */
const ownChanges = new WeakMap<Workspace['store'], number>();

/** The connection's count of changed rows, less this module's own bookkeeping (plan-report.ts keys its last report on it). */
export function recordChanges(store: Workspace['store']): number {
  return (store.sqlite.prepare('SELECT total_changes()').pluck().get() as number) - (ownChanges.get(store) ?? 0);
}

const emptyChildren = (): KeptChildren => ({ byId: new Map(), ofParent: new Map(), lists: new Map() });
const emptyRows = (): KeptPlan['rows'] => Object.fromEntries(KEPT.map((t) => [t, new Map()])) as KeptPlan['rows'];

/** Creates, once per connection, the temporary table and triggers that note what a stamp cannot see. */
function installTriggers(ws: Workspace): void {
  const { sqlite } = ws.store;
  const have = sqlite.prepare("SELECT count(*) FROM sqlite_temp_master WHERE type = 'trigger' AND name LIKE 'plani_quality_%'").pluck().get() as number;
  if (have === TRIGGERS) return;
  const ddl = [`CREATE TEMP TABLE IF NOT EXISTS ${EVICTED} (tbl TEXT NOT NULL, id TEXT NOT NULL)`];
  for (const t of KEPT) {
    ddl.push(`CREATE TEMP TRIGGER IF NOT EXISTS plani_quality_${t}_del AFTER DELETE ON main.${t} BEGIN INSERT INTO ${EVICTED} VALUES ('${t}', OLD.id); END`);
    ddl.push(
      `CREATE TEMP TRIGGER IF NOT EXISTS plani_quality_${t}_upd AFTER UPDATE ON main.${t} WHEN NEW.rev IS OLD.rev AND NEW.updated_at IS OLD.updated_at ` +
        `BEGIN INSERT INTO ${EVICTED} VALUES ('${t}', OLD.id); INSERT INTO ${EVICTED} VALUES ('${t}', NEW.id); END`,
    );
  }
  for (const t of CHILDREN) {
    ddl.push(`CREATE TEMP TRIGGER IF NOT EXISTS plani_quality_${t}_ins AFTER INSERT ON main.${t} BEGIN INSERT INTO ${EVICTED} VALUES ('${t}', NEW.id); END`);
    ddl.push(`CREATE TEMP TRIGGER IF NOT EXISTS plani_quality_${t}_upd AFTER UPDATE ON main.${t} BEGIN INSERT INTO ${EVICTED} VALUES ('${t}', OLD.id); INSERT INTO ${EVICTED} VALUES ('${t}', NEW.id); END`);
    ddl.push(`CREATE TEMP TRIGGER IF NOT EXISTS plani_quality_${t}_del AFTER DELETE ON main.${t} BEGIN INSERT INTO ${EVICTED} VALUES ('${t}', OLD.id); END`);
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

const bySeq = (a: { seq: number; value: { id: string } }, b: { seq: number; value: { id: string } }) =>
  a.seq - b.seq || (a.value.id < b.value.id ? -1 : a.value.id > b.value.id ? 1 : 0);

/**
 * The kept milestones or indicators brought up to date: the noted rows read
 * again (or dropped when gone), the children of commitments that `joined`
 * the cycle read, those of commitments that `left` it forgotten, and each
 * touched commitment's list put back in (seq, id) order.
 */
async function keptChildren(db: AnyDb, kc: KeptChildren, map: TableMap, noted: ReadonlySet<string>, joined: readonly string[], left: readonly string[], inCycle: ReadonlySet<string>) {
  const touched = new Set<string>();
  const drop = (id: string) => {
    const old = kc.byId.get(id);
    if (!old) return;
    kc.byId.delete(id);
    kc.ofParent.get(old.commitmentId)?.delete(id);
    touched.add(old.commitmentId);
  };
  const add = ({ commitmentId, ...child }: { id: string; commitmentId: string; seq: number }) => {
    drop(child.id);
    if (!inCycle.has(commitmentId)) return; // a child moved to a commitment of another cycle
    kc.byId.set(child.id, { commitmentId, seq: child.seq, value: child });
    const set = kc.ofParent.get(commitmentId);
    if (set) set.add(child.id);
    else kc.ofParent.set(commitmentId, new Set([child.id]));
    touched.add(commitmentId);
  };
  for (const parent of left) {
    for (const id of kc.ofParent.get(parent) ?? []) kc.byId.delete(id);
    kc.ofParent.delete(parent);
    kc.lists.delete(parent);
  }
  for (const id of noted) drop(id);
  type Row = { id: string; commitmentId: string; seq: number };
  if (noted.size > 0) for (const r of await selectRecords<Row>(db, map, { column: 'id', in: [...noted] })) add(r);
  if (joined.length > 0) for (const r of await selectRecords<Row>(db, map, { column: 'commitment_id', in: joined })) add(r);
  for (const parent of touched) {
    const list = [...(kc.ofParent.get(parent) ?? [])].map((id) => kc.byId.get(id)!);
    if (list.length === 0) kc.lists.delete(parent);
    else kc.lists.set(parent, list.sort(bySeq).map((c) => c.value));
  }
  return kc.lists;
}

/** The commitments of the cycle, ordered as readCommitments orders them, with their milestones and indicators. */
async function commitments(db: AnyDb, k: KeptPlan, cycleId: string, noted: Noted): Promise<Commitment[]> {
  const stamps = toStamps(await db.selectFrom('commitment').select(['id', 'rev', 'updated_at']).where('cycle_id', '=', cycleId).orderBy('id').execute());
  const parents = await refresh<Omit<Commitment, 'milestones' | 'indicators'>>(db, k.rows.commitment, COMMITMENT, stamps);
  const ids = new Set(parents.map((c) => c.id));
  const joined = parents.map((c) => c.id).filter((id) => !k.loaded.has(id));
  const left = [...k.loaded].filter((id) => !ids.has(id));
  const milestones = await keptChildren(db, k.children.milestone, MILESTONE, noted.milestone, joined, left, ids);
  const indicators = await keptChildren(db, k.children.indicator, INDICATOR, noted.indicator, joined, left, ids);
  for (const id of joined) k.loaded.add(id);
  for (const id of left) k.loaded.delete(id);
  const numbers = await reviewPlanNumbers(db);
  // Each commitment is put together again only when its record, either list of children or its plan number changed.
  const built = new Map<string, BuiltCommitment>();
  const out = parents.map((parent) => {
    const ms = milestones.get(parent.id);
    const is = indicators.get(parent.id);
    const number = numbers.get(parent.id);
    const last = k.built.get(parent.id);
    if (last && last.parent === parent && last.ms === ms && last.is === is && last.number === number) {
      built.set(parent.id, last);
      return last.value;
    }
    const { carriedFrom, ...c } = parent;
    const value: Commitment = {
      ...c,
      ...(carriedFrom ? { carriedFrom } : {}),
      planNumber: number ?? c.planNumber,
      milestones: (ms ?? []) as Milestone[],
      indicators: (is ?? []) as Indicator[],
    };
    built.set(parent.id, { parent, ms, is, number, value });
    return value;
  });
  k.built = built;
  return out;
}

interface BuiltCommitment {
  parent: object;
  ms: unknown;
  is: unknown;
  number: string | undefined;
  value: Commitment;
}

async function ofCycle<T extends { id: string }>(db: AnyDb, k: KeptPlan, table: 'idea' | 'consultation_event' | 'prioritization_round', map: TableMap, cycleId: string): Promise<T[]> {
  const stamps = toStamps(await db.selectFrom(table).select(['id', 'rev', 'updated_at']).where('cycle_id', '=', cycleId).orderBy('id').execute());
  return refresh<T>(db, k.rows[table], map, stamps);
}

async function feedback(db: AnyDb, k: KeptPlan, cycleId: string, commitments: readonly Commitment[]) {
  const fbStamps = toStamps(await db.selectFrom('poc_feedback').select(['id', 'rev', 'updated_at']).orderBy('id').execute());
  const items = await refresh<PocFeedback>(db, k.rows.poc_feedback, POC_FEEDBACK, fbStamps);
  if (items.length === 0) {
    k.rows.feedback_reply.clear();
    return [];
  }
  const replyStamps = toStamps(await db.selectFrom('feedback_reply').select(['id', 'rev', 'updated_at']).orderBy('id').execute());
  const replies = await refresh<FeedbackReply>(db, k.rows.feedback_reply, FEEDBACK_REPLY, replyStamps);
  const reports = await db.selectFrom('consultation_report').select(['id', 'component_code']).where('cycle_id', '=', cycleId).execute();
  const targets = new Map([...commitments.map((c) => [c.id, c.componentCode] as const), ...reports.map((r) => [r.id, r.component_code] as const)]);
  return feedbackInputs(items, replies, targets);
}

type Noted = { [K in ChildTable]: Set<string> };

/** Forgets the stamped rows the triggers noted since the last refresh, and returns the noted children (inside the reading transaction). */
async function evict(db: AnyDb, k: KeptPlan): Promise<Noted> {
  const noted: Noted = { milestone: new Set(), indicator: new Set() };
  const { rows } = await sql<{ tbl: Kept | ChildTable; id: string }>`SELECT tbl, id FROM temp.plani_quality_evicted`.execute(db);
  if (rows.length === 0) return noted;
  for (const r of rows) {
    if (r.tbl === 'milestone' || r.tbl === 'indicator') noted[r.tbl].add(r.id);
    else k.rows[r.tbl]?.delete(r.id);
  }
  const done = await sql`DELETE FROM temp.plani_quality_evicted`.execute(db);
  ownChanges.set(k.store, (ownChanges.get(k.store) ?? 0) + Number(done.numAffectedRows ?? 0));
  return noted;
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
    k = { store: ws.store, key, dataVersion, rows: emptyRows(), children: { milestone: emptyChildren(), indicator: emptyChildren() }, loaded: new Set(), built: new Map() };
    kept.set(ws.store, k);
  }
  const state = k;
  try {
    return await ws.store.db.transaction().execute(async (trx) => {
      const noted = await evict(trx, state);
      const reference = await readReference(trx);
      const cycle = reference.cycles.find((c) => c.id === cycleId);
      if (!cycle) throw new AppError('not-found', { params: { id: cycleId } });
      const cs = await commitments(trx, state, cycleId, noted);
      return {
        cycle,
        reference,
        commitments: cs,
        ideas: await ofCycle<IdeaInput & { id: string }>(trx, state, 'idea', IDEA, cycleId),
        // Participants are not read: no check looks at them.
        events: await ofCycle<EventInput & { id: string }>(trx, state, 'consultation_event', CONSULTATION_EVENT, cycleId),
        rounds: await ofCycle<RoundInput & { id: string }>(trx, state, 'prioritization_round', PRIORITIZATION_ROUND, cycleId),
        comments: await readCommentInputs(trx, cycleId),
        reports: await readReportInputs(trx, cycleId),
        feedback: await feedback(trx, state, cycleId, cs),
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
