// The POC feedback framework's round trip (electron/services/feedback/): the
// POC writes a framework on another institution's commitment or consultation
// report; the owning LFP replies per item and marks items resolved.
// (`feedback.get` was taken already by the LFP's view of the last feedback
// bundle, so these are pocFeedback.*.)
import { z } from 'zod';
import { FEEDBACK_STATES } from '../../cocreation/feedback';
import { FeedbackItemKey, FeedbackReply, PocFeedback, RATINGS } from '../../model/cocreation';
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

/**
 * A change to the POC's framework, as the editing layer sends it (one field
 * of one item in one language at a time, or several merged): items named by
 * their key, each field optional, a bilingual text per language.
 */
export const FeedbackItemPatch = z.strictObject({
  check: TextPatch.optional(),
  rating: z.enum(RATINGS).nullable().optional(),
  comment: TextPatch.optional(),
  requiredAction: TextPatch.optional(),
  dueDate: IsoDate.nullable().optional(),
});
export const PocFeedbackPatch = z.strictObject({
  items: z.record(FeedbackItemKey, FeedbackItemPatch).optional(),
  overall: TextPatch.optional(),
});
export type PocFeedbackPatch = z.infer<typeof PocFeedbackPatch>;

/** The owner's replies, by the item's key: the reply text per language and/or the resolved mark. */
export const FeedbackReplyPatch = z.strictObject({
  items: z.record(FeedbackItemKey, z.strictObject({ reply: TextPatch.optional(), resolved: z.boolean().optional() })),
});
export type FeedbackReplyPatch = z.infer<typeof FeedbackReplyPatch>;

export const feedbackMethods = {
  /** Per institution: every feedback record with each item's state (open, overdue, resolved), and the counts. */
  'pocFeedback.list': method(z.strictObject({}), FeedbackOverview),
  /** The feedback on one target, with the owner's replies (feedback null when none was written yet). */
  'pocFeedback.get': method(z.strictObject({ target: FeedbackTargetRef }), FeedbackView),
  /** POC only: starts the framework on another institution's record, from the framework's checks. */
  'pocFeedback.create': method(z.strictObject({ target: FeedbackTargetRef }), FeedbackView),
  /** POC only: items' ratings, comments, required actions and due dates (by item key), and/or the overall assessment. */
  'pocFeedback.update': method(z.strictObject({ id: Id, changes: PocFeedbackPatch }), FeedbackView),
  /** The target's owner (an LFP) only: per item (by key), its reply and/or its resolved mark. `id` is the feedback's. */
  'pocFeedback.reply': method(z.strictObject({ id: Id, changes: FeedbackReplyPatch }), FeedbackView),
} as const;
