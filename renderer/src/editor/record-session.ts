// One open record that stands alone (an idea in the register, a consultation
// event, a comment): the same editing layer as the commitment editor
// (editor/session.ts).
// Every change goes through the contract's own schema (editor/validate.ts),
// then the app's one save queue (grouped under the record's id, so its kept
// values outlast a reload like a commitment's), with the same undo history.
// Two versions are held, as there: what the boxes show (refused values
// included, so nothing typed disappears) and what is saved or on its way.
import type { FieldSession } from './field-session';
import { EMPTY_HISTORY, recordEdit, redo, seal, undo, type History, type HistoryEntry, type RecordOptions } from './history';
import { validateField } from './validate';
import type { FieldRef } from '../lib/field-key';
import { getAt, sameValue, setAt, type FieldValue } from '../lib/field-paths';
import type { SaveQueue } from '../services/autosave/save-queue';

type Stored = { readonly id: string };

export interface RecordSnapshot<T extends Stored> {
  readonly shown: T;
  readonly accepted: T;
  readonly history: History;
}

type Saves = Pick<SaveQueue, 'edit' | 'reject' | 'clearError' | 'discardKept' | 'pendingEdits' | 'keptIn'>;

const read = <T extends Stored>(r: T, ref: FieldRef): FieldValue => (ref.recordId === r.id ? getAt(r, ref.field, ref.lang) : undefined);
const write = <T extends Stored>(r: T, ref: FieldRef, value: FieldValue): T => (ref.recordId === r.id ? setAt(r, ref.field, ref.lang, value) : r);

export class RecordSession<T extends Stored> implements FieldSession {
  private snap: RecordSnapshot<T>;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly saves: Saves,
    stored: T,
    private readonly now: () => number = () => Date.now(),
  ) {
    let accepted = stored;
    for (const { ref, value } of saves.pendingEdits(stored.id)) accepted = write(accepted, ref, value);
    let shown = accepted;
    for (const k of saves.keptIn(stored.id)) if (k.value !== undefined) shown = write(shown, k.ref, k.value);
    this.snap = { shown, accepted, history: EMPTY_HISTORY };
  }

  get id(): string {
    return this.snap.shown.id;
  }

  getSnapshot = (): RecordSnapshot<T> => this.snap;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  shownValue(ref: FieldRef): FieldValue {
    return read(this.snap.shown, ref);
  }

  edit(ref: FieldRef, value: FieldValue, options?: RecordOptions): void {
    const before = read(this.snap.shown, ref);
    if (before === undefined) return;
    if (sameValue(before, value)) {
      const code = validateField(ref, value);
      if (code) this.saves.reject(ref, code, this.id, { value });
      else if (sameValue(read(this.snap.accepted, ref), value)) this.saves.clearError(ref);
      else this.accept(ref, value);
      return;
    }
    this.apply(ref, value, recordEdit(this.snap.history, { ref, before, after: value, at: this.now() }, options));
  }

  refuse(ref: FieldRef, code: string, text: string): void {
    this.saves.reject(ref, code, this.id, { text });
  }

  discardUnsaved(ref: FieldRef): void {
    const saved = read(this.snap.accepted, ref);
    if (saved !== undefined) this.snap = { ...this.snap, shown: write(this.snap.shown, ref, saved) };
    this.saves.discardKept(ref);
    this.emit();
  }

  seal(): void {
    const history = seal(this.snap.history);
    if (history !== this.snap.history) this.snap = { ...this.snap, history };
  }

  undo(): HistoryEntry | null {
    const [history, entry] = undo(this.snap.history);
    if (!entry) return null;
    this.apply(entry.ref, entry.before, history);
    return entry;
  }

  redo(): HistoryEntry | null {
    const [history, entry] = redo(this.snap.history);
    if (!entry) return null;
    this.apply(entry.ref, entry.after, history);
    return entry;
  }

  /** A change made by an action rather than typing (a merge, a decision): both versions take the record's new state of those fields. */
  replaceRecord(change: Partial<T>): void {
    this.snap = { ...this.snap, shown: { ...this.snap.shown, ...change }, accepted: { ...this.snap.accepted, ...change } };
    this.emit();
  }

  private apply(ref: FieldRef, value: FieldValue, history: History): void {
    this.snap = { ...this.snap, shown: write(this.snap.shown, ref, value), history };
    const code = validateField(ref, value);
    if (code) {
      this.saves.reject(ref, code, this.id, { value });
      this.emit();
    } else this.accept(ref, value);
  }

  private accept(ref: FieldRef, value: FieldValue): void {
    this.snap = { ...this.snap, accepted: write(this.snap.accepted, ref, value) };
    this.saves.edit(ref, value, this.id);
    this.emit();
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}
