// The session's undo history: a list of field edits (record, field,
// language, value before, value after), pure so it can be tested alone.
// Typing in one box is one entry, not one per keystroke: consecutive edits of
// the same field within COALESCE_MS merge, until the history is sealed (the
// person left the field, or undid/redid something).
//
// Structural actions (adding, removing or reordering milestones and
// indicators) are not in the history; when a record goes away its entries go
// with it, so undo never writes to a record that no longer exists.
import type { FieldRef } from '../lib/field-key';
import { sameValue, targetKey, type FieldValue } from '../lib/field-paths';

export interface HistoryEntry {
  readonly ref: FieldRef;
  readonly before: FieldValue;
  readonly after: FieldValue;
  /** When the entry was last extended (ms). */
  readonly at: number;
}

export interface History {
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
  /** The next edit starts a new entry even if it is the same field. */
  readonly sealed: boolean;
}

export const EMPTY_HISTORY: History = Object.freeze({ past: [], future: [], sealed: false });
export const COALESCE_MS = 1500;
export const MAX_ENTRIES = 200;

export interface RecordOptions {
  /** Merge with the previous entry when it is the same field and recent (typing). */
  coalesce?: boolean;
}

/** Adds an edit; a new edit clears what could be redone. */
export function recordEdit(h: History, entry: HistoryEntry, { coalesce = false }: RecordOptions = {}): History {
  if (sameValue(entry.before, entry.after)) return h;
  const last = h.past[h.past.length - 1];
  if (coalesce && !h.sealed && last && targetKey(last.ref) === targetKey(entry.ref) && entry.at - last.at <= COALESCE_MS) {
    const merged: HistoryEntry = { ...last, after: entry.after, at: entry.at };
    const past = h.past.slice(0, -1);
    // Typed and then deleted again: nothing left to undo.
    return { past: sameValue(merged.before, merged.after) ? past : [...past, merged], future: [], sealed: false };
  }
  const past = [...h.past, entry];
  return { past: past.length > MAX_ENTRIES ? past.slice(past.length - MAX_ENTRIES) : past, future: [], sealed: false };
}

/** The next edit of the same field starts a new entry (called when focus leaves a field). */
export function seal(h: History): History {
  return h.sealed ? h : { ...h, sealed: true };
}

/** Steps back: the entry whose `before` value must be restored, or null when there is nothing to undo. */
export function undo(h: History): [History, HistoryEntry | null] {
  const entry = h.past[h.past.length - 1];
  if (!entry) return [h, null];
  return [{ past: h.past.slice(0, -1), future: [...h.future, entry], sealed: true }, entry];
}

/** Steps forward again: the entry whose `after` value must be re-applied, or null. */
export function redo(h: History): [History, HistoryEntry | null] {
  const entry = h.future[h.future.length - 1];
  if (!entry) return [h, null];
  return [{ past: [...h.past, entry], future: h.future.slice(0, -1), sealed: true }, entry];
}

/** Drops every entry about a record that was deleted. */
export function forgetRecord(h: History, recordId: string): History {
  const keep = (e: HistoryEntry) => e.ref.recordId !== recordId;
  if (h.past.every(keep) && h.future.every(keep)) return h;
  return { past: h.past.filter(keep), future: h.future.filter(keep), sealed: true };
}
