// What the comment and report checks read, worked out from whole records: the
// print's snapshot holds records, not the rows the quality service selects,
// and a final print must be refused for exactly the findings the quality
// report lists (electron/services/quality/plan-report.ts reads the same in SQL).
import { feedbackItemKey, type Comment, type ConsultationEvent, type ConsultationReport, type FeedbackReply, type PocFeedback } from '../model/cocreation';
import type { CommentInput, FeedbackInput, ReportInput } from './check';

type EventRef = Pick<ConsultationEvent, 'id' | 'owner' | 'componentCode'>;

/** The comments received at an event, each under its event's component (one tied to no event has none to be filed under). */
export function commentInputs(comments: readonly Comment[], events: readonly EventRef[]): CommentInput[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  return comments.flatMap((c) => {
    const e = c.eventId === null ? undefined : byId.get(c.eventId);
    return e ? [{ id: c.id, eventId: c.eventId, decision: c.decision, reason: c.reason, componentCode: e.componentCode }] : [];
  });
}

/** Each report with how many comments of its chosen events (its owner's, in its component) are still undecided. */
export function reportInputs(reports: readonly ConsultationReport[], events: readonly EventRef[], comments: readonly Comment[]): ReportInput[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  return reports.map((r) => {
    const chosen = new Set(r.events);
    const undecided = comments.filter((c) => {
      const e = c.eventId === null ? undefined : byId.get(c.eventId);
      return c.decision === null && e !== undefined && chosen.has(e.id) && e.owner === r.owner && e.componentCode === r.componentCode;
    }).length;
    return { id: r.id, componentCode: r.componentCode, kind: r.kind, status: r.status, undecided };
  });
}

/**
 * The POC's feedback on the records `targets` names (id → component), each
 * item with its owner's resolved mark; feedback on any other record (another
 * cycle's, or a target not held here) is left out.
 */
export function feedbackInputs(feedback: readonly PocFeedback[], replies: readonly FeedbackReply[], targets: ReadonlyMap<string, string>): FeedbackInput[] {
  const resolved = new Set(replies.filter((r) => r.resolved).map((r) => `${r.feedbackId}/${r.itemId}`));
  return feedback.flatMap((f) => {
    const componentCode = targets.get(f.targetId);
    if (componentCode === undefined || (f.targetType !== 'commitment' && f.targetType !== 'consultation-report')) return [];
    const items = f.items.map((item, i) => ({ item, resolved: resolved.has(`${f.id}/${feedbackItemKey(item, i)}`) }));
    return [{ id: f.id, target: { type: f.targetType, id: f.targetId }, componentCode, items }];
  });
}
