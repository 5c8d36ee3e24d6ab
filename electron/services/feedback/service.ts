// The POC feedback framework's round trip. The POC owns poc_feedback (it
// alone creates and updates it; an LFP holds the copy its last feedback
// bundle brought, replaced wholesale by the next); the target's owner owns
// its replies (feedback_reply), which travel in its submission. Each role's
// rule is enforced here, whatever the screen offers.
import { randomUUID } from 'node:crypto';
import type { FeedbackOverview, FeedbackReplyPatch, FeedbackTargetRef, FeedbackView, PocFeedbackPatch } from '../../../shared/api/contract/feedback';
import { AppError } from '../../../shared/api/errors';
import { countStates, emptyCounts, FRAMEWORK_CHECKS, itemViews, replyIndex } from '../../../shared/cocreation/feedback';
import { feedbackItemKey, type FeedbackItem, type FeedbackReply, type PocFeedback } from '../../../shared/model/cocreation';
import { emptyText, type Text } from '../../../shared/model/primitives';
import type { AnyDb } from '../store/database';
import { selectRecords, upsertRecords } from '../store/records';
import { FEEDBACK_REPLY, POC_FEEDBACK } from '../store/tables';
import { WorkspaceService } from '../workspace/workspace-service';

interface HeldTarget {
  owner: string;
  rev: number;
  label: { sq: string; en: string };
  commitmentId: string | null;
}

async function readTarget(db: AnyDb, t: FeedbackTargetRef): Promise<HeldTarget | null> {
  if (t.type === 'commitment') {
    const c = await db.selectFrom('commitment').select(['owner', 'rev', 'title_sq', 'title_en']).where('id', '=', t.id).executeTakeFirst();
    return c ? { owner: c.owner, rev: c.rev, label: { sq: c.title_sq, en: c.title_en }, commitmentId: t.id } : null;
  }
  const r = await db.selectFrom('consultation_report').select(['owner', 'rev', 'kind', 'component_code']).where('id', '=', t.id).executeTakeFirst();
  return r ? { owner: r.owner, rev: r.rev, label: { sq: `${r.kind} · ${r.component_code}`, en: `${r.kind} · ${r.component_code}` }, commitmentId: null } : null;
}

const frameworkItems = (): FeedbackItem[] =>
  FRAMEWORK_CHECKS.map((check) => ({ id: randomUUID(), check: { ...check }, rating: null, comment: emptyText(), requiredAction: emptyText(), dueDate: null }));

const merge = (t: Text, patch: Partial<Text> | undefined): Text => ({ sq: patch?.sq ?? t.sq, en: patch?.en ?? t.en });

/** The items with each patch applied to the item of its key; a key the framework does not have is refused. */
function patchItems(items: readonly FeedbackItem[], patches: NonNullable<PocFeedbackPatch['items']>): FeedbackItem[] {
  const keys = new Set(items.map((it, i) => feedbackItemKey(it, i)));
  for (const key of Object.keys(patches)) if (!keys.has(key)) throw new AppError('feedback-item-unknown', { params: { item: key } });
  return items.map((it, i) => {
    const p = patches[feedbackItemKey(it, i)];
    if (!p) return it;
    return {
      ...it,
      check: merge(it.check, p.check),
      comment: merge(it.comment, p.comment),
      requiredAction: merge(it.requiredAction, p.requiredAction),
      ...(p.rating === undefined ? {} : { rating: p.rating }),
      ...(p.dueDate === undefined ? {} : { dueDate: p.dueDate }),
    };
  });
}

export class FeedbackService extends WorkspaceService {
  private get role() {
    return this.ws.info.role;
  }

  private today(): string {
    return this.now().slice(0, 10);
  }

  private async feedbackOn(db: AnyDb, t: FeedbackTargetRef): Promise<PocFeedback | null> {
    const rows = await selectRecords<PocFeedback>(db, POC_FEEDBACK, [{ column: 'target_id', eq: t.id }, { column: 'target_type', eq: t.type }], ['created_at', 'id']);
    return rows[0] ?? null;
  }

  private async byId(db: AnyDb, id: string): Promise<PocFeedback> {
    const [f] = await selectRecords<PocFeedback>(db, POC_FEEDBACK, { column: 'id', eq: id });
    if (!f) throw new AppError('not-found', { params: { id } });
    return f;
  }

  private async view(db: AnyDb, t: FeedbackTargetRef): Promise<FeedbackView> {
    const target = await readTarget(db, t);
    const feedback = await this.feedbackOn(db, t);
    const replies = feedback ? await selectRecords<FeedbackReply>(db, FEEDBACK_REPLY, { column: 'feedback_id', eq: feedback.id }, ['id']) : [];
    const today = this.today();
    const states = feedback ? Object.fromEntries(itemViews(feedback, replyIndex(replies), today).map((v) => [v.key, v.state])) : {};
    const owner = target?.owner ?? null;
    return {
      role: this.role,
      targetOwner: owner,
      label: target?.label ?? { sq: '', en: '' },
      feedback,
      replies,
      states,
      canEdit: this.role === 'poc' && owner !== null && owner !== this.me,
      canReply: this.role === 'lfp' && feedback !== null && owner === this.me,
      today,
    };
  }

  private assertPoc(): void {
    if (this.role !== 'poc') throw new AppError('feedback-poc-only');
  }

  async get(t: FeedbackTargetRef): Promise<FeedbackView> {
    return this.view(this.db, t);
  }

  async create(t: FeedbackTargetRef): Promise<FeedbackView> {
    this.assertPoc();
    return this.db.transaction().execute(async (trx) => {
      const target = await readTarget(trx, t);
      if (!target || target.owner === this.me) throw new AppError('feedback-target-invalid', { params: { id: t.id } });
      if (!(await this.feedbackOn(trx, t))) {
        const now = this.now();
        const record: PocFeedback = {
          id: randomUUID(), owner: this.me, targetType: t.type, targetId: t.id, targetRev: target.rev, targetOwner: target.owner,
          items: frameworkItems(), overall: emptyText(), lfpReply: emptyText(), resolved: false, rev: 1, createdAt: now, updatedAt: now,
        };
        await upsertRecords(trx, POC_FEEDBACK, [record]);
      }
      return this.view(trx, t);
    });
  }

  async update(id: string, changes: PocFeedbackPatch): Promise<FeedbackView> {
    this.assertPoc();
    return this.db.transaction().execute(async (trx) => {
      const f = await this.byId(trx, id);
      if (f.owner !== this.me) throw new AppError('not-owner', { params: { owner: f.owner } });
      const target = await readTarget(trx, { type: f.targetType as FeedbackTargetRef['type'], id: f.targetId });
      const items = patchItems(f.items, changes.items ?? {});
      const next: PocFeedback = { ...f, items, overall: merge(f.overall, changes.overall), targetRev: target?.rev ?? f.targetRev, targetOwner: target?.owner ?? f.targetOwner ?? null, rev: f.rev + 1, updatedAt: this.now() };
      await upsertRecords(trx, POC_FEEDBACK, [next]);
      return this.view(trx, { type: f.targetType as FeedbackTargetRef['type'], id: f.targetId });
    });
  }

  /** The owner's replies and resolved marks, per item; all of them or none are saved. */
  async reply(feedbackId: string, changes: FeedbackReplyPatch): Promise<FeedbackView> {
    return this.db.transaction().execute(async (trx) => {
      const f = await this.byId(trx, feedbackId);
      const t = { type: f.targetType as FeedbackTargetRef['type'], id: f.targetId };
      const target = await readTarget(trx, t);
      if (this.role !== 'lfp' || !target || target.owner !== this.me) throw new AppError('feedback-lfp-only', { params: { owner: target?.owner ?? f.targetOwner ?? '?' } });
      const keys = new Set(f.items.map((it, i) => feedbackItemKey(it, i)));
      const now = this.now();
      for (const [itemId, patch] of Object.entries(changes.items)) {
        if (!keys.has(itemId)) throw new AppError('feedback-item-unknown', { params: { item: itemId } });
        const [held] = await selectRecords<FeedbackReply>(trx, FEEDBACK_REPLY, [{ column: 'feedback_id', eq: f.id }, { column: 'item_id', eq: itemId }, { column: 'owner', eq: this.me }]);
        const base: FeedbackReply = held ?? { id: randomUUID(), owner: this.me, feedbackId: f.id, itemId, reply: emptyText(), resolved: false, rev: 0, createdAt: now, updatedAt: now };
        const next: FeedbackReply = { ...base, reply: merge(base.reply, patch.reply), resolved: patch.resolved ?? base.resolved, rev: base.rev + 1, updatedAt: now };
        await upsertRecords(trx, FEEDBACK_REPLY, [next]);
      }
      return this.view(trx, t);
    });
  }

  /** Per institution whose records the feedback held here is about: each item's state, and the counts. */
  async list(): Promise<FeedbackOverview> {
    const db = this.db;
    const today = this.today();
    const all = await selectRecords<PocFeedback>(db, POC_FEEDBACK, undefined, ['created_at', 'id']);
    const replies = replyIndex(await selectRecords<FeedbackReply>(db, FEEDBACK_REPLY, undefined, ['id']));
    const byInstitution = new Map<string, FeedbackOverview['institutions'][number]>();
    for (const f of all) {
      const t = { type: f.targetType as FeedbackTargetRef['type'], id: f.targetId };
      if (t.type !== 'commitment' && t.type !== 'consultation-report') continue;
      const target = await readTarget(db, t);
      const owner = target?.owner ?? f.targetOwner ?? null;
      if (owner === null || (this.role === 'lfp' && owner !== this.me)) continue;
      let entry = byInstitution.get(owner);
      if (!entry) byInstitution.set(owner, (entry = { institution: owner, counts: emptyCounts(), entries: [] }));
      const views = itemViews(f, replies, today);
      countStates(views, entry.counts);
      entry.entries.push({
        feedbackId: f.id,
        target: t,
        commitmentId: target?.commitmentId ?? null,
        label: target?.label ?? { sq: '', en: '' },
        items: views.map((v) => ({ key: v.key, check: v.item.check, state: v.state, dueDate: v.item.dueDate })),
      });
    }
    return { institutions: [...byInstitution.values()].sort((a, b) => a.institution.localeCompare(b.institution)), today };
  }
}
