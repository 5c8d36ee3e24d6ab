// What the feedback panel edits, as records the shared editing layer can hold
// (editor/record-session.ts): the POC's framework with its items by key, so a
// field is "items.<key>.comment" in one language, and the owner's replies to
// it under the framework's id. The patches these field paths make are the
// contract's own (PocFeedbackPatch, FeedbackReplyPatch).
import type { FeedbackView } from '../../../shared/api/contract';
import { itemState, type FeedbackState } from '../../../shared/cocreation/feedback';
import { feedbackItemKey, type FeedbackItem, type PocFeedback } from '../../../shared/model/cocreation';
import type { Text } from '../../../shared/model/primitives';

export interface FrameworkRecord {
  readonly id: string;
  readonly owner: string;
  readonly overall: Text;
  readonly items: Readonly<Record<string, FeedbackItem>>;
}

export interface ReplyEntry {
  readonly reply: Text;
  readonly resolved: boolean;
}

export interface RepliesRecord {
  readonly id: string;
  /** The target's owner, who alone replies. */
  readonly owner: string;
  readonly items: Readonly<Record<string, ReplyEntry>>;
}

/** The items' keys in the framework's order. */
export const itemKeys = (f: PocFeedback): string[] => f.items.map((it, i) => feedbackItemKey(it, i));

export function frameworkRecord(f: PocFeedback): FrameworkRecord {
  return { id: f.id, owner: f.owner, overall: f.overall, items: Object.fromEntries(f.items.map((it, i) => [feedbackItemKey(it, i), it])) };
}

export function repliesRecord(view: FeedbackView & { feedback: PocFeedback }): RepliesRecord {
  const f = view.feedback;
  const byItem = new Map(view.replies.filter((r) => r.feedbackId === f.id).map((r) => [r.itemId, r]));
  return {
    id: f.id,
    owner: view.targetOwner ?? '',
    items: Object.fromEntries(itemKeys(f).map((k) => {
      const r = byItem.get(k);
      return [k, { reply: r?.reply ?? { sq: '', en: '' }, resolved: r?.resolved ?? false }];
    })),
  };
}

/** An item asking nothing and not rated yet reads "not rated", not "met". */
export const shownState = (item: Pick<FeedbackItem, 'rating'>, state: FeedbackState): FeedbackState | 'unrated' => (state === 'met' && item.rating === null ? 'unrated' : state);

/** Each item's state as the boxes show it now (a rating just chosen, a "resolved" just ticked), for the view's today. */
export function shownStates(keys: readonly string[], items: Readonly<Record<string, FeedbackItem>>, replies: Readonly<Record<string, Pick<ReplyEntry, 'resolved'>>>, today: string): Record<string, FeedbackState | 'unrated'> {
  const out: Record<string, FeedbackState | 'unrated'> = {};
  for (const k of keys) {
    const item = items[k];
    if (item) out[k] = shownState(item, itemState(item, replies[k], today));
  }
  return out;
}
