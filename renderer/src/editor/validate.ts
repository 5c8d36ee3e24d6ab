// Checks a field value with the very schema the contract applies to the
// update (shared/api/contract.ts), before anything is sent: the person sees
// the message at once, and it is the same code the service would answer
// with, so client and service can never disagree on what is valid.
import { CalendarPatch, CommentPatch, CommitmentPatch, EventPatch, FeedbackReplyPatch, FrontMatterPatch, IdeaPatch, IndicatorPatch, MilestonePatch, PocFeedbackPatch, ReportPatch } from '../../../shared/api/contract';
import type { FieldRef } from '../lib/field-key';
import { errorKey, issueBelongsTo, patchFor, type FieldValue } from '../lib/field-paths';

const SCHEMAS = { commitment: CommitmentPatch, milestone: MilestonePatch, indicator: IndicatorPatch, 'front-matter': FrontMatterPatch, idea: IdeaPatch, 'consultation-event': EventPatch, comment: CommentPatch, 'consultation-report': ReportPatch, 'poc-feedback': PocFeedbackPatch, 'feedback-reply': FeedbackReplyPatch, 'calendar-item': CalendarPatch } as const;

/** The validation code (a key of validation.* in the catalogues) or null when the value may be saved. */
export function validateField(ref: FieldRef, value: FieldValue): string | null {
  const result = SCHEMAS[ref.recordType].safeParse(patchFor(ref.field, ref.lang, value));
  if (result.success) return null;
  const key = errorKey(ref.field, ref.lang);
  const issue =
    result.error.issues.find((i) => issueBelongsTo(i.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '['), key)) ??
    result.error.issues[0];
  return issue?.message ?? 'generic';
}

/**
 * What a message about a refused text needs beyond its code: the field's
 * limit and the text's length, read from the same schema.
 */
export function textLimit(ref: FieldRef, value: FieldValue): { max: number; length: number } | undefined {
  if (typeof value !== 'string') return undefined;
  const result = SCHEMAS[ref.recordType].safeParse(patchFor(ref.field, ref.lang, value));
  if (result.success) return undefined;
  const issue = result.error.issues.find((i) => i.code === 'too_big');
  if (!issue || issue.code !== 'too_big' || typeof issue.maximum !== 'number') return undefined;
  return { max: issue.maximum, length: value.length };
}
