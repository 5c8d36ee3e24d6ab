// The POC's feedback asks something of the institution by a date: an item
// past its due date and not resolved is a warning at both sides (the POC sees
// it in its overview, the institution in its quality panel). The item's state
// is the one every screen shows (shared/cocreation/feedback.ts).
import { FEEDBACK_OVERDUE, itemState } from '../../cocreation/feedback';
import { feedbackTarget, finding, type FeedbackCheck } from '../check';
import type { Finding } from '../types';

export const feedbackOverdue: FeedbackCheck = {
  id: FEEDBACK_OVERDUE,
  severity: 'warning',
  scope: 'feedback',
  run(feedback, ctx) {
    const out: Finding[] = [];
    feedback.items.forEach(({ item, resolved }, i) => {
      if (itemState(item, { resolved }, ctx.today) !== 'overdue') return;
      out.push(finding(feedbackOverdue, feedbackTarget(feedback), { n: i + 1, due: item.dueDate ?? '' }));
    });
    return out;
  },
};
