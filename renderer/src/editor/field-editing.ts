// The editing core every session shares (a commitment with its milestones
// and indicators, a record that stands alone): two versions of the record,
// what the boxes show (everything typed, refused values included, so nothing
// typed ever disappears from its box) and what is accepted (saved, or on its
// way); every change through the contract's own schema (validate.ts), then
// the save queue or a field error; one undo history whose steps re-apply
// through exactly that path; a small external store, so undo is synchronous
// and each input re-renders alone. A session says only how its record is
// read and written at a field and where the shown version sits in its
// snapshot.
import type { FieldRef } from '../lib/field-key';
import { sameValue, type FieldValue } from '../lib/field-paths';
import type { SaveQueue } from '../services/autosave/save-queue';
import type { FieldSession } from './field-session';
import { recordEdit, redo, seal, undo, type History, type HistoryEntry, type RecordOptions } from './history';
import { validateField } from './validate';

export type Saves = Pick<SaveQueue, 'edit' | 'reject' | 'clearError' | 'discardKept' | 'pendingEdits' | 'keptIn'>;

interface Snapshot<R> {
  readonly accepted: R;
  readonly history: History;
}

export abstract class FieldEditing<R extends { readonly id: string }, S extends Snapshot<R>> implements FieldSession {
  /** Set by the session's constructor. */
  protected snap!: S;
  private readonly listeners = new Set<() => void>();

  constructor(
    protected readonly saves: Saves,
    private readonly now: () => number,
  ) {}

  /** The version the boxes show, in the snapshot. */
  protected abstract shownOf(snap: S): R;
  protected abstract withShown(snap: S, shown: R): S;
  /** A field's value in the record; undefined where the record has no such field (or ref is another record's). */
  protected abstract read(record: R, ref: FieldRef): FieldValue;
  protected abstract write(record: R, ref: FieldRef, value: FieldValue): R;

  get id(): string {
    return this.shownOf(this.snap).id;
  }

  getSnapshot = (): S => this.snap;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** What a field's box shows (FieldSession). */
  shownValue(ref: FieldRef): FieldValue {
    return this.read(this.shownOf(this.snap), ref);
  }

  /** A person changed a field. `coalesce` for typing, so a burst of keystrokes is one undo step. */
  edit(ref: FieldRef, value: FieldValue, options?: RecordOptions): void {
    const before = this.read(this.shownOf(this.snap), ref);
    if (before === undefined) return;
    if (sameValue(before, value)) {
      // Nothing changes, but a message about what the box held a moment ago ("12abc") must go.
      const code = this.codeOf(ref, value);
      if (code) this.saves.reject(ref, code, this.id, { value });
      else if (sameValue(this.read(this.snap.accepted, ref), value)) this.saves.clearError(ref);
      else this.accept(ref, value);
      return;
    }
    this.apply(ref, value, recordEdit(this.snap.history, { ref, before, after: value, at: this.now() }, options));
  }

  /**
   * A box holds text the editor cannot even turn into a model value ("12abc"
   * as an amount, "30.02.2021" as a date): shown at the field and kept as
   * typed, never saved; the saved value stays.
   */
  refuse(ref: FieldRef, code: string, text: string): void {
    this.saves.reject(ref, code, this.id, { text });
  }

  /** Gives up a value that could not be saved: the field shows what is saved again. */
  discardUnsaved(ref: FieldRef): void {
    const saved = this.read(this.snap.accepted, ref);
    if (saved !== undefined) this.snap = this.withShown(this.snap, this.write(this.shownOf(this.snap), ref, saved));
    this.saves.discardKept(ref);
    this.emit();
  }

  /** Focus left a field: the next edit there is a new undo step. */
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

  private apply(ref: FieldRef, value: FieldValue, history: History): void {
    this.snap = { ...this.withShown(this.snap, this.write(this.shownOf(this.snap), ref, value)), history };
    const code = this.codeOf(ref, value);
    if (code) {
      this.saves.reject(ref, code, this.id, { value });
      this.emit();
    } else this.accept(ref, value);
  }

  private accept(ref: FieldRef, value: FieldValue): void {
    this.snap = { ...this.snap, accepted: this.write(this.snap.accepted, ref, value) };
    this.saves.edit(ref, value, this.id);
    this.emit();
    this.accepted(ref);
  }

  /** The schema's code, else the record's own rule across its fields, judged on the accepted version with this value in it. */
  private codeOf(ref: FieldRef, value: FieldValue): string | null {
    return validateField(ref, value) ?? this.check(this.write(this.snap.accepted, ref, value), ref);
  }

  /**
   * A rule that spans fields (a calendar item's due date not before its
   * start), the code the service would answer with, or null. None by default.
   */
  protected check(_record: R, _ref: FieldRef): string | null {
    return null;
  }

  /** After a value was accepted: a session whose rule spans fields may offer a value it refused again (edit() with what the box shows). */
  protected accepted(_ref: FieldRef): void {}

  protected emit(): void {
    for (const l of this.listeners) l();
  }
}
