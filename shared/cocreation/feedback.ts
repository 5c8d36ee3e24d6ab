// The POC feedback framework (research-domain d.3): the checks it starts
// from, and what each item's state is once the LFP has replied. One set of
// pure functions for the services, the panel, the POC's overview and the
// overdue quality check, so they cannot disagree. Today is handed in.
import type { FeedbackItem, FeedbackReply, PocFeedback } from '../model/cocreation';
import { feedbackItemKey } from '../model/cocreation';
import type { Text } from '../model/primitives';

/**
 * The framework's checks. The seed names the POC's "consultation report
 * feedback framework" without its text; these are the checks of research
 * note d.3 (OGP Standards 3-4, law 146/2014 on public consultation).
 */
export const FRAMEWORK_CHECKS: readonly Text[] = [
  { sq: 'Njoftimi u publikua në kohë dhe përmes disa kanaleve', en: 'Notice published in time and through several channels' },
  { sq: 'Lista e pjesëmarrësve është e plotë (lloji i organizatës, gjinia) dhe e larmishme përtej organizatave të zakonshme', en: 'Participants list complete (organisation type, gender) and diverse beyond the usual CSOs' },
  { sq: 'Çdo koment është regjistruar me vendimin dhe arsyen', en: 'Every comment logged with its decision and reason' },
  { sq: 'Ndryshimet në projekt-angazhim gjurmohen te komentet', en: 'Draft commitment changes traceable to the comments' },
  { sq: 'Angazhimi kalon kriteret bazë dhe ka tregues SMART', en: 'The commitment passes the gates and has SMART indicators' },
  { sq: 'Versionet shqip dhe anglisht përputhen', en: 'Albanian and English versions consistent' },
  { sq: 'Dëshmitë janë ngarkuar në dosje', en: 'Evidence uploaded to the repository' },
];

export const FEEDBACK_STATES = ['met', 'open', 'overdue', 'resolved'] as const;
export type FeedbackState = (typeof FEEDBACK_STATES)[number];

/** An item asks something of the LFP when it is not rated met, or names a required action. */
export const needsAction = (item: FeedbackItem): boolean =>
  (item.rating !== null && item.rating !== 'met') || item.requiredAction.sq.trim() !== '' || item.requiredAction.en.trim() !== '';

/** Past its due date: the day after the due date, and later. */
export const isPastDue = (dueDate: string | null, today: string): boolean => dueDate !== null && dueDate < today;

export function itemState(item: FeedbackItem, reply: Pick<FeedbackReply, 'resolved'> | undefined, today: string): FeedbackState {
  if (!needsAction(item)) return 'met';
  if (reply?.resolved) return 'resolved';
  return isPastDue(item.dueDate, today) ? 'overdue' : 'open';
}

/** Replies by feedback id and item key. */
export function replyIndex(replies: readonly FeedbackReply[]): Map<string, FeedbackReply> {
  return new Map(replies.map((r) => [`${r.feedbackId}/${r.itemId}`, r]));
}

export interface ItemView {
  key: string;
  item: FeedbackItem;
  reply: FeedbackReply | null;
  state: FeedbackState;
}

export function itemViews(feedback: PocFeedback, replies: ReadonlyMap<string, FeedbackReply>, today: string): ItemView[] {
  return feedback.items.map((item, i) => {
    const key = feedbackItemKey(item, i);
    const reply = replies.get(`${feedback.id}/${key}`) ?? null;
    return { key, item, reply, state: itemState(item, reply ?? undefined, today) };
  });
}

export type StateCounts = Record<FeedbackState, number>;
export const emptyCounts = (): StateCounts => ({ met: 0, open: 0, overdue: 0, resolved: 0 });

export function countStates(views: readonly ItemView[], into: StateCounts = emptyCounts()): StateCounts {
  for (const v of views) into[v.state] += 1;
  return into;
}

/** The overdue quality check's id (a warning, at the POC and at the LFP): quality.feedback-overdue. */
export const FEEDBACK_OVERDUE = 'feedback-overdue';
