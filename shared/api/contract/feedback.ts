// The POC feedback framework's round trip (electron/services/feedback/): the
// POC writes a framework on another institution's commitment or consultation
// report; the owning LFP replies per item and marks items resolved.
// (`feedback.get` was taken already by the LFP's view of the last feedback
// bundle, so these are pocFeedback.*.)
import { z } from 'zod';
import { FEEDBACK_STATES } from '../../cocreation/feedback';
import { FeedbackItem, FeedbackItemKey, FeedbackReply, PocFeedback } from '../../model/cocreation';
import { Id, InstitutionCode, IsoDate, Line, TextPatch } from '../../model/primitives';
import { method } from './method';

export const FEEDBACK_TARGET_TYPES = ['commitment', 'consultation-report'] as const;
export const FeedbackTargetRef = z.strictObject({ type: z.enum(FEEDBACK_TARGET_TYPES), id: Id });
export type FeedbackTargetRef = z.infer<typeof FeedbackTargetRef>;

const Count = z.int().min(0);
export const FeedbackStateCounts = z.strictObject(Object.fromEntries(FEEDBACK_STATES.map((s) => [s, Count])) as Record<(typeof FEEDBACK_STATES)[number], typeof Count>);

export const FeedbackView = z.strictObject({
  role: z.enum(['poc', 'lfp']),
  /** The institution whose record it is; null when the target is not held here. */
  targetOwner: InstitutionCode.nullable(),
  label: Line,
  feedback: PocFeedback.nullable(),
  replies: z.array(FeedbackReply),
  /** Each item's state by its key (met, open, overdue, resolved), for today. */
  states: z.record(FeedbackItemKey, z.enum(FEEDBACK_STATES)),
  canEdit: z.boolean(),
  canReply: z.boolean(),
  today: IsoDate,
});
export type FeedbackView = z.infer<typeof FeedbackView>;

export const FeedbackOverviewItem = z.strictObject({
  key: FeedbackItemKey,
  check: Line,
  state: z.enum(FEEDBACK_STATES),
  dueDate: IsoDate.nullable(),
});
export const FeedbackOverviewEntry = z.strictObject({
  feedbackId: Id,
  target: FeedbackTargetRef,
  /** The commitment to open (the target itself for a commitment; null for a report). */
  commitmentId: Id.nullable(),
  label: Line,
  items: z.array(FeedbackOverviewItem),
});
export const FeedbackOverview = z.strictObject({
  institutions: z.array(z.strictObject({ institution: InstitutionCode, counts: FeedbackStateCounts, entries: z.array(FeedbackOverviewEntry) })),
  today: IsoDate,
});
export type FeedbackOverview = z.infer<typeof FeedbackOverview>;

export const feedbackMethods = {
  /** Per institution: every feedback record with each item's state (open, overdue, resolved), and the counts. */
  'pocFeedback.list': method(z.strictObject({}), FeedbackOverview),
  /** The feedback on one target, with the owner's replies (feedback null when none was written yet). */
  'pocFeedback.get': method(z.strictObject({ target: FeedbackTargetRef }), FeedbackView),
  /** POC only: starts the framework on another institution's record, from the framework's checks. */
  'pocFeedback.create': method(z.strictObject({ target: FeedbackTargetRef }), FeedbackView),
  /** POC only: the items (whole list: ratings, comments, required actions, due dates) and/or the overall assessment. */
  'pocFeedback.update': method(z.strictObject({ id: Id, items: z.array(FeedbackItem).max(100).optional(), overall: TextPatch.optional() }), FeedbackView),
  /** The target's owner (an LFP) only: the reply to one item and/or its resolved mark. */
  'pocFeedback.reply': method(z.strictObject({ feedbackId: Id, itemId: FeedbackItemKey, reply: TextPatch.optional(), resolved: z.boolean().optional() }), FeedbackView),
} as const;
