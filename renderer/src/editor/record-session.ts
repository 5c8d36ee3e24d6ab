// One open record that stands alone (an idea in the register, a consultation
// event, a comment): the same editing layer as the commitment editor
// (editor/session.ts), through the same core (field-editing.ts).
// Every change goes through the contract's own schema (editor/validate.ts),
// then the app's one save queue (grouped under the record's id, so its kept
// values outlast a reload like a commitment's), with the same undo history.
// Two versions are held, as there: what the boxes show (refused values
// included, so nothing typed disappears) and what is saved or on its way.
import type { FieldRef } from '../lib/field-key';
import { getAt, setAt, type FieldValue } from '../lib/field-paths';
import { FieldEditing, type Saves } from './field-editing';
import { EMPTY_HISTORY, type History } from './history';

type Stored = { readonly id: string };

export interface RecordSnapshot<T extends Stored> {
  readonly shown: T;
  readonly accepted: T;
  readonly history: History;
}

export class RecordSession<T extends Stored> extends FieldEditing<T, RecordSnapshot<T>> {
  constructor(saves: Saves, stored: T, now: () => number = () => Date.now()) {
    super(saves, now);
    let accepted = stored;
    for (const { ref, value } of saves.pendingEdits(stored.id)) accepted = this.write(accepted, ref, value);
    let shown = accepted;
    for (const k of saves.keptIn(stored.id)) if (k.value !== undefined) shown = this.write(shown, k.ref, k.value);
    this.snap = { shown, accepted, history: EMPTY_HISTORY };
  }

  protected shownOf(snap: RecordSnapshot<T>): T {
    return snap.shown;
  }
  protected withShown(snap: RecordSnapshot<T>, shown: T): RecordSnapshot<T> {
    return { ...snap, shown };
  }
  protected read(r: T, ref: FieldRef): FieldValue {
    return ref.recordId === r.id ? getAt(r, ref.field, ref.lang) : undefined;
  }
  protected write(r: T, ref: FieldRef, value: FieldValue): T {
    return ref.recordId === r.id ? setAt(r, ref.field, ref.lang, value) : r;
  }

  /** A change made by an action rather than typing (a merge, a decision): both versions take the record's new state of those fields. */
  replaceRecord(change: Partial<T>): void {
    this.snap = { ...this.snap, shown: { ...this.snap.shown, ...change }, accepted: { ...this.snap.accepted, ...change } };
    this.emit();
  }
}
