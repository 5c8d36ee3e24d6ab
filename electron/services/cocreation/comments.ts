// Comments and recommendations received at consultation events, and the
// decision on each (accepted, partly accepted, not accepted) with its reason
// in both languages. A comment hangs off one of its institution's events and
// may concern one of its commitments, milestones, indicators or ideas: the
// reference rules of ownership/references.ts hold for both, and a record
// that does not exist is refused by name (unknown-target).
import { randomUUID } from 'node:crypto';
import type { CommentCounts, CommentFilter, CommentPatch, CommentTarget } from '../../../shared/api/contract';
import { DECISION_FILTERS } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import { decisionCounts } from '../../../shared/cocreation/consultation';
import type { Comment } from '../../../shared/model/cocreation';
import { emptyText, type Text } from '../../../shared/model/primitives';

type Line = { sq: string; en: string };
import { assertOwnReferences, readOwners } from '../ownership/workspace-rules';
import { readCommitments } from '../store/aggregates';
import type { AnyDb } from '../store/database';
import { patchToColumns } from '../store/mapping';
import { selectRecords, upsertRecords, saveOwnRow } from '../store/records';
import { COMMENT, IDEA } from '../store/tables';
import { writeTombstone } from '../store/tombstones';
import { WorkspaceService } from '../workspace/workspace-service';
import { assertCommentInOpenCycle } from './comment-cycle';

const TARGET_ENTITIES = ['commitment', 'milestone', 'indicator', 'idea'] as const;

export function newComment(init: { id: string; owner: string; eventId: string; now: string }): Comment {
  return {
    id: init.id,
    owner: init.owner,
    eventId: init.eventId,
    target: null,
    author: '',
    authorConsent: false,
    organisation: '',
    text: emptyText(),
    theme: '',
    decision: null,
    reason: emptyText(),
    decidedAt: null,
    rev: 1,
    createdAt: init.now,
    updatedAt: init.now,
  };
}

/** The comments of one cycle: those received at its events, and those tied to no event. */
export async function readCycleComments(db: AnyDb, cycleId: string, owner?: string): Promise<Comment[]> {
  const events = await db.selectFrom('consultation_event').select('id').where('cycle_id', '=', cycleId).execute();
  const inCycle = new Set(events.map((e) => e.id));
  const all = await selectRecords<Comment>(db, COMMENT, owner ? { column: 'owner', eq: owner } : [], ['created_at', 'id']);
  return all.filter((c) => c.eventId === null || inCycle.has(c.eventId));
}

/** The ids a target filter matches: the record, and a commitment's milestones and indicators. */
async function targetIds(db: AnyDb, id: string): Promise<Set<string>> {
  const out = new Set([id]);
  for (const t of ['milestone', 'indicator'] as const) {
    for (const r of await db.selectFrom(t).select('id').where('commitment_id', '=', id).execute()) out.add(r.id);
  }
  return out;
}

export class CommentService extends WorkspaceService {
  async list(filter: CommentFilter = {}): Promise<{ comments: Comment[]; counts: CommentCounts }> {
    let all = await readCycleComments(this.db, filter.cycleId ?? this.ws.info.currentCycleId);
    if (filter.eventId) all = all.filter((c) => c.eventId === filter.eventId);
    if (filter.target) {
      const ids = await targetIds(this.db, filter.target);
      all = all.filter((c) => c.target !== null && ids.has(c.target));
    }
    const counts = decisionCounts(all);
    const { decision } = filter;
    const comments = decision === undefined ? all : all.filter((c) => (c.decision ?? 'undecided') === decision);
    return { comments, counts: Object.fromEntries(DECISION_FILTERS.map((d) => [d, counts[d]])) as CommentCounts };
  }

  async get(id: string, db: AnyDb = this.db): Promise<Comment> {
    const [comment] = await selectRecords<Comment>(db, COMMENT, { column: 'id', eq: id });
    if (!comment) throw new AppError('not-found', { params: { id } });
    return comment;
  }

  async create(input: { eventId: string; fields?: CommentPatch }): Promise<Comment> {
    return this.db.transaction().execute(async (trx) => {
      await this.assertReferences(trx, { eventId: input.eventId, target: input.fields?.target });
      await assertCommentInOpenCycle(trx, { eventId: input.eventId, target: input.fields?.target });
      const base = newComment({ id: randomUUID(), owner: this.me, eventId: input.eventId, now: this.now() });
      const comment = applyFields(base, input.fields ?? {});
      await upsertRecords(trx, COMMENT, [comment]);
      return comment;
    });
  }

  async update(id: string, changes: CommentPatch): Promise<{ id: string; rev: number; updatedAt: string }> {
    return this.db.transaction().execute(async (trx) => {
      const held = await this.owned(trx, id);
      await this.assertReferences(trx, { eventId: changes.eventId, target: changes.target });
      await assertCommentInOpenCycle(trx, held, { eventId: changes.eventId, target: changes.target });
      return this.write(trx, id, patchToColumns(COMMENT, changes as Record<string, unknown>) as Record<string, unknown>);
    });
  }

  /** Sets the decision (dated today) and, when given, the reason; null takes the decision back and keeps the reason typed. */
  async decide(id: string, decision: Comment['decision'], reason?: Partial<Text>): Promise<Comment> {
    return this.db.transaction().execute(async (trx) => {
      const comment = await this.owned(trx, id);
      await assertCommentInOpenCycle(trx, comment);
      const decidedAt = decision === null ? null : comment.decision === decision && comment.decidedAt ? comment.decidedAt : this.now().slice(0, 10);
      const cols: Record<string, unknown> = { decision, decided_at: decidedAt };
      if (reason?.sq !== undefined) cols.reason_sq = reason.sq;
      if (reason?.en !== undefined) cols.reason_en = reason.en;
      await this.write(trx, id, cols);
      return this.get(id, trx);
    });
  }

  async delete(id: string): Promise<{ id: string }> {
    await this.db.transaction().execute(async (trx) => {
      const comment = await this.owned(trx, id);
      await assertCommentInOpenCycle(trx, comment);
      const deletedAt = this.now();
      await writeTombstone(trx, 'comment', id, this.me, comment.rev + 1, deletedAt);
      await trx.deleteFrom('comment').where('id', '=', id).execute();
    });
    return { id };
  }

  /** What this institution's comments can concern in the current cycle, commitments in plan order with their milestones and indicators, then ideas. */
  async targets(componentCode?: string): Promise<{ targets: CommentTarget[] }> {
    const cycleId = this.ws.info.currentCycleId;
    const commitments = (await readCommitments(this.db, { cycleId, owner: this.me })).filter((c) => !componentCode || c.componentCode === componentCode);
    const out: CommentTarget[] = [];
    const numbered = (prefix: string, seq: number, text: Line): Line => ({ sq: `${prefix} ${seq}: ${text.sq}`.trim(), en: `${prefix} ${seq}: ${text.en}`.trim() });
    for (const c of commitments) {
      out.push({ id: c.id, kind: 'commitment', commitmentId: c.id, componentCode: c.componentCode, label: c.title });
      for (const m of c.milestones) out.push({ id: m.id, kind: 'milestone', commitmentId: c.id, componentCode: c.componentCode, label: clip(numbered('', m.seq, m.activity)) });
      for (const i of c.indicators) out.push({ id: i.id, kind: 'indicator', commitmentId: c.id, componentCode: c.componentCode, label: clip(numbered('', i.seq, i.name)) });
    }
    const ideas = await selectRecords<{ id: string; componentCode: string; title: Line }>(this.db, IDEA, [
      { column: 'cycle_id', eq: cycleId },
      { column: 'owner', eq: this.me },
    ], ['received_at', 'id']);
    for (const i of ideas) if (!componentCode || i.componentCode === componentCode) out.push({ id: i.id, kind: 'idea', commitmentId: null, componentCode: i.componentCode, label: i.title });
    return { targets: out };
  }

  /** The event must be one of this institution's own, in a component it leads; the target one of its commitments, milestones, indicators or ideas. */
  private async assertReferences(db: AnyDb, refs: { eventId?: string | null; target?: string | null }): Promise<void> {
    if (refs.target) {
      const found = (await readOwners(db, [refs.target])).get(refs.target);
      if (!found || !(TARGET_ENTITIES as readonly string[]).includes(found.entity)) throw new AppError('unknown-target', { params: { id: refs.target } });
    }
    const list = [
      ...(refs.eventId ? [{ path: ['eventId'], id: refs.eventId, kinds: ['consultation-event'] as const }] : []),
      ...(refs.target ? [{ path: ['target'], id: refs.target, kinds: TARGET_ENTITIES }] : []),
    ];
    await assertOwnReferences(db, this.me, list);
  }

  private async write(trx: AnyDb, id: string, cols: Record<string, unknown>) {
    return saveOwnRow(trx, 'comment', id, this.me, cols, this.now());
  }

  private async owned(db: AnyDb, id: string): Promise<Comment> {
    const comment = await this.get(id, db);
    if (comment.owner !== this.me) throw new AppError('not-owner', { params: { owner: comment.owner } });
    return comment;
  }
}

const clip = (l: Line): Line => ({ sq: l.sq.slice(0, 200), en: l.en.slice(0, 200) });

function applyFields(c: Comment, f: CommentPatch): Comment {
  return {
    ...c,
    ...(f.target !== undefined ? { target: f.target } : {}),
    ...(f.author !== undefined ? { author: f.author } : {}),
    ...(f.authorConsent !== undefined ? { authorConsent: f.authorConsent } : {}),
    ...(f.organisation !== undefined ? { organisation: f.organisation } : {}),
    ...(f.theme !== undefined ? { theme: f.theme } : {}),
    text: { ...c.text, ...(f.text ?? {}) },
  };
}
