// Readers of whole aggregates: a record with the child rows that live in
// their own tables (a commitment's milestones and indicators, a round's
// scores, an event's participants), for the plan service, the interchange
// export, the bundle snapshot, the quality report and the printed plan alike.
// Children are read with one query per child table per chunk of parent ids
// (records.ts keeps the IN lists below SQLite's limit), never one per parent.
import type { z } from 'zod';
import type { ConsultationEvent, Participant, PrioritizationRound, Score } from '../../../shared/model/cocreation';
import type { Commitment, Indicator, Milestone } from '../../../shared/model/plan';
import type { AnyDb } from './database';
import type { TableMap } from './mapping';
import { IN_CHUNK, selectRecords, type Where } from './records';
import { COMMITMENT, CONSULTATION_EVENT, EVENT_PARTICIPANT, INDICATOR, MILESTONE, PRIORITIZATION_ROUND } from './tables';

/** Which parents to read; conditions combine with AND, and no condition reads them all. */
export interface AggregateFilter {
  ids?: readonly string[];
  owner?: string;
  cycleId?: string;
}

/** Groups child rows under their parent id and drops the parent-key field, which is not part of the child record. */
export function groupBy<T extends Record<string, unknown>, K extends keyof T>(rows: readonly T[], key: K): Map<string, Omit<T, K>[]> {
  const out = new Map<string, Omit<T, K>[]>();
  for (const row of rows) {
    const { [key]: parent, ...child } = row;
    const list = out.get(String(parent));
    if (list) list.push(child);
    else out.set(String(parent), [child]);
  }
  return out;
}

function conditions(filter: AggregateFilter): Where[] {
  const out: Where[] = [];
  if (filter.ids !== undefined) out.push({ column: 'id', in: filter.ids });
  if (filter.owner !== undefined) out.push({ column: 'owner', eq: filter.owner });
  if (filter.cycleId !== undefined) out.push({ column: 'cycle_id', eq: filter.cycleId });
  return out;
}

type WithParent<T, K extends string> = T & Record<K, string>;

/**
 * Parents matching `filter` by id, and each one's children from `children`
 * (ordered by `order` after the parent key). Reading everything reads each
 * child table whole rather than through an IN list of every parent.
 */
async function readWithChildren<P extends { id: string }, C extends Record<string, unknown>, K extends string>(
  db: AnyDb,
  filter: AggregateFilter,
  parent: TableMap,
  child: { map: TableMap; parentKey: K; parentColumn: string; order: readonly string[] },
): Promise<{ parents: P[]; children: Map<string, Omit<WithParent<C, K>, K>[]> }> {
  const conds = conditions(filter);
  const parents = await selectRecords<P>(db, parent, conds, ['id']);
  const ofParents = conds.length === 0 ? [] : [{ column: child.parentColumn, in: parents.map((p) => p.id) }];
  if (conds.length > 0 && parents.length === 0) return { parents, children: new Map() };
  const rows = await selectRecords<WithParent<C, K>>(db, child.map, ofParents, [child.parentColumn, ...child.order]);
  return { parents, children: groupBy(rows, child.parentKey) };
}

/**
 * The plan number the POC gave in its review, by commitment id: the POC's own
 * review at the POC, the last feedback's at an LFP. It is the commitment's
 * number wherever one is set, so the editor, the lists, the PDF and the
 * bundles all show the same one (the POC never writes into an LFP's record).
 */
export async function reviewPlanNumbers(db: AnyDb, ids?: readonly string[]): Promise<Map<string, string>> {
  const numbered = () => db.selectFrom('review').select(['commitment_id', 'plan_number']).where('plan_number', 'is not', null).where('plan_number', '<>', '');
  const rows = [];
  if (ids === undefined) rows.push(...(await numbered().execute()));
  else for (let i = 0; i < ids.length; i += IN_CHUNK) rows.push(...(await numbered().where('commitment_id', 'in', ids.slice(i, i + IN_CHUNK)).execute()));
  return new Map(rows.map((r) => [r.commitment_id, r.plan_number!]));
}

/** Commitments by id, each with its milestones and indicators by seq, and the POC's plan number where it gave one. */
export async function readCommitments(db: AnyDb, filter: AggregateFilter = {}): Promise<Commitment[]> {
  const conds = conditions(filter);
  const commitments = await selectRecords<Omit<Commitment, 'milestones' | 'indicators'>>(db, COMMITMENT, conds, ['id']);
  if (conds.length > 0 && commitments.length === 0) return [];
  const ids = conds.length === 0 ? undefined : commitments.map((c) => c.id);
  const of = ids === undefined ? [] : [{ column: 'commitment_id', in: ids }];
  const order = ['commitment_id', 'seq', 'id'];
  const milestones = groupBy(await selectRecords<WithParent<Milestone, 'commitmentId'>>(db, MILESTONE, of, order), 'commitmentId');
  const indicators = groupBy(await selectRecords<WithParent<Indicator, 'commitmentId'>>(db, INDICATOR, of, order), 'commitmentId');
  const numbers = await reviewPlanNumbers(db, ids);
  // carriedFrom is there only for a commitment carried forward (the column is NULL otherwise).
  return commitments.map(({ carriedFrom, ...c }) => ({
    ...c,
    ...(carriedFrom ? { carriedFrom } : {}),
    planNumber: numbers.get(c.id) ?? c.planNumber,
    milestones: milestones.get(c.id) ?? [],
    indicators: indicators.get(c.id) ?? [],
  }));
}

const union = (first: readonly string[], more: Iterable<string>) => [...new Set([...first, ...more])];

/** Rows of a round's ordered list table (round_idea, round_scorer) for the given rounds, or all of them. */
async function roundLists(db: AnyDb, table: 'round_idea' | 'round_scorer', ids: readonly string[] | undefined): Promise<Map<string, string[]>> {
  const read = (of?: readonly string[]): Promise<{ round_id: string; value: string }[]> => {
    if (table === 'round_idea') {
      const q = db.selectFrom('round_idea').select(['round_id', 'idea_id as value']);
      return (of === undefined ? q : q.where('round_id', 'in', of)).orderBy('round_id').orderBy('position').execute();
    }
    const q = db.selectFrom('round_scorer').select(['round_id', 'name as value']);
    return (of === undefined ? q : q.where('round_id', 'in', of)).orderBy('round_id').orderBy('position').execute();
  };
  const rows: { round_id: string; value: string }[] = [];
  if (ids === undefined) rows.push(...(await read()));
  else for (let i = 0; i < ids.length; i += IN_CHUNK) rows.push(...(await read(ids.slice(i, i + IN_CHUNK))));
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const list = out.get(r.round_id);
    if (list) list.push(r.value);
    else out.set(r.round_id, [r.value]);
  }
  return out;
}

/**
 * Prioritization rounds by id, each with its scores, the ideas that entered
 * it and its scorers. A round that arrived without those lists (a file from
 * before they were carried) counts the ideas its scores name and the names
 * that scored as entered, after the listed ones, so nobody's scores vanish.
 */
export async function readRounds(db: AnyDb, filter: AggregateFilter = {}): Promise<PrioritizationRound[]> {
  const conds = conditions(filter);
  const parents = await selectRecords<Omit<PrioritizationRound, 'scores' | 'ideaIds' | 'scorers'>>(db, PRIORITIZATION_ROUND, conds, ['id']);
  if (parents.length === 0) return [];
  const ids = conds.length === 0 ? undefined : parents.map((r) => r.id);
  // A round holds up to 20,000 scores and the screens read it whole after each
  // save: its rows are mapped here by hand, at half the generic mapper's cost.
  const children = new Map<string, z.infer<typeof Score>[]>();
  const read = (of?: readonly string[]) => {
    const q = db.selectFrom('prioritization_score').select(['round_id', 'idea_id', 'criterion_id', 'scorer', 'value', 'comment']);
    return (of === undefined ? q : q.where('round_id', 'in', of)).orderBy('round_id').orderBy('idea_id').orderBy('criterion_id').orderBy('scorer').execute();
  };
  for (let i = 0; i < (ids?.length ?? 1); i += IN_CHUNK) {
    for (const r of await read(ids?.slice(i, i + IN_CHUNK))) {
      const score = { ideaId: r.idea_id, criterionId: r.criterion_id, scorer: r.scorer, value: r.value, comment: r.comment };
      const list = children.get(r.round_id);
      if (list) list.push(score);
      else children.set(r.round_id, [score]);
    }
  }
  const ideas = await roundLists(db, 'round_idea', ids);
  const scorers = await roundLists(db, 'round_scorer', ids);
  return parents.map((r) => {
    const scores = children.get(r.id) ?? [];
    return {
      ...r,
      scores,
      ideaIds: union(ideas.get(r.id) ?? [], [...new Set(scores.map((s) => s.ideaId))].sort()),
      scorers: union(scorers.get(r.id) ?? [], [...new Set(scores.map((s) => s.scorer))].sort()),
    };
  });
}

/** A round without its scores: what a write to one cell checks against. */
export interface RoundHead {
  round: Omit<PrioritizationRound, 'scores' | 'ideaIds' | 'scorers'>;
  ideaIds: string[];
  scorers: string[];
}

/**
 * One round's settings, ideas and scorers as readRounds gives them, without
 * reading its scores: saving one cell of a 20,000-cell round must not read
 * the other 19,999 (the scored ideas and names come from the score table's
 * index, for rounds that arrived without their lists).
 */
export async function readRoundHead(db: AnyDb, id: string): Promise<RoundHead | undefined> {
  const [round] = await selectRecords<RoundHead['round']>(db, PRIORITIZATION_ROUND, [{ column: 'id', eq: id }]);
  if (!round) return undefined;
  const ideas = await roundLists(db, 'round_idea', [id]);
  const scorers = await roundLists(db, 'round_scorer', [id]);
  const scores = db.selectFrom('prioritization_score').where('round_id', '=', id).distinct();
  const scoredIdeas = (await scores.select('idea_id').orderBy('idea_id').execute()).map((r) => r.idea_id);
  const scoredBy = (await scores.select('scorer').orderBy('scorer').execute()).map((r) => r.scorer);
  return { round, ideaIds: union(ideas.get(id) ?? [], scoredIdeas), scorers: union(scorers.get(id) ?? [], scoredBy) };
}

/** Consultation events by id, each with its participants in their order (the position is not part of the record). */
export async function readEvents(db: AnyDb, filter: AggregateFilter = {}): Promise<ConsultationEvent[]> {
  const { parents, children } = await readWithChildren<Omit<ConsultationEvent, 'participants'>, z.infer<typeof Participant> & { position: number }, 'eventId'>(
    db,
    filter,
    CONSULTATION_EVENT,
    { map: EVENT_PARTICIPANT, parentKey: 'eventId', parentColumn: 'event_id', order: ['position'] },
  );
  return parents.map((e) => ({ ...e, participants: (children.get(e.id) ?? []).map(({ position: _position, ...p }) => p) }));
}
