// One open idea in the register's form: the same editing layer as the
// commitment editor (editor/session.ts), for a record that stands alone.
// Every change goes through the contract's own schema (editor/validate.ts),
// then the app's one save queue (grouped under the idea's id, so its kept
// values outlast a reload like a commitment's), with the same undo history.
// Two versions are held, as there: what the boxes show (refused values
// included, so nothing typed disappears) and what is saved or on its way.
import type { Idea } from '../../../shared/model/cocreation';
import type { FieldSession } from '../editor/field-session';
import { EMPTY_HISTORY, recordEdit, redo, seal, undo, type History, type HistoryEntry, type RecordOptions } from '../editor/history';
import { validateField } from '../editor/validate';
import type { FieldRef } from '../lib/field-key';
import { getAt, sameValue, setAt, type FieldValue } from '../lib/field-paths';
import type { SaveQueue } from '../services/autosave/save-queue';

export interface IdeaSnapshot {
  readonly shown: Idea;
  readonly accepted: Idea;
  readonly history: History;
}

type Saves = Pick<SaveQueue, 'edit' | 'reject' | 'clearError' | 'discardKept' | 'pendingEdits' | 'keptIn'>;

const read = (idea: Idea, ref: FieldRef): FieldValue => (ref.recordId === idea.id ? getAt(idea, ref.field, ref.lang) : undefined);
const write = (idea: Idea, ref: FieldRef, value: FieldValue): Idea => (ref.recordId === idea.id ? setAt(idea, ref.field, ref.lang, value) : idea);

export class IdeaSession implements FieldSession {
  private snap: IdeaSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly saves: Saves,
    stored: Idea,
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

  getSnapshot = (): IdeaSnapshot => this.snap;

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

  /** A change made by an action rather than typing (a merge): both versions take the record's new state of those fields. */
  replaceRecord(change: Pick<Idea, 'status' | 'mergedIntoId' | 'rev' | 'updatedAt'>): void {
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
