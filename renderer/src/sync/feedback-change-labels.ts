// How a bundle's feedback changes read (sync/ChangesView.tsx): an item's
// field as "Item 3: Rating", a rating and a resolved mark in words, never
// the stored code ("partly-met", "true").
import type { ChangeEntity } from '../../../shared/model/bundle';
import { RATINGS } from '../../../shared/model/cocreation';

type Tx = (key: string, options?: Record<string, unknown>) => string;

const ITEM_FIELD = /^items\.(\d+)\.([A-Za-z]+)$/;

/** The field's name, or undefined when it is not a feedback record's. */
export function feedbackFieldLabel(entity: ChangeEntity, field: string, tx: Tx): string | undefined {
  if (entity === 'feedback-reply') return field === 'reply' || field === 'resolved' ? tx(`feedback.field.${field}`) : undefined;
  if (entity !== 'poc-feedback') return undefined;
  if (field === 'overall') return tx('feedback.field.overall');
  const m = ITEM_FIELD.exec(field);
  return m ? tx('feedback.diff.item', { n: Number(m[1]), field: tx(`feedback.field.${m[2]}`) }) : undefined;
}

/** A value in words (a rating, yes/no), or undefined when it reads as it is. */
export function feedbackValueText(entity: ChangeEntity, field: string, value: string, tx: Tx): string | undefined {
  if (entity === 'feedback-reply' && field === 'resolved') return value === 'true' ? tx('feedback.diff.yes') : value === 'false' ? tx('feedback.diff.no') : undefined;
  if (entity === 'poc-feedback' && field.endsWith('.rating')) return (RATINGS as readonly string[]).includes(value) ? tx(`sync.rating.${value}`) : value === '' ? '' : undefined;
  return undefined;
}
