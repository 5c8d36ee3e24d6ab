// What a field's input needs of the record it edits (see context.tsx), apart
// from React so the sessions that implement it stay plain modules.
import type { FieldRef } from '../lib/field-key';
import type { FieldValue } from '../lib/field-paths';
import type { RecordOptions } from './history';

/**
 * What a field's input needs of the record it edits: the commitment editor's
 * session, or another record's (the ideas register's), each sending changes
 * through the same validation, save queue and undo history.
 */
export interface FieldSession {
  subscribe(listener: () => void): () => void;
  /** What the box shows: the saved value with everything typed since, refused values included. */
  shownValue(ref: FieldRef): FieldValue;
  edit(ref: FieldRef, value: FieldValue, options?: RecordOptions): void;
  refuse(ref: FieldRef, code: string, text: string): void;
  seal(): void;
}
