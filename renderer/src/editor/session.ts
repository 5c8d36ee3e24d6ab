// One open commitment: the in-memory record the editor shows (commitment,
// milestones, indicators), the session's undo history, and the actions that
// change them. A small external store rather than React state, so that undo
// and redo are synchronous (a held Ctrl+Z can never apply one entry twice),
// and so each input subscribes to its own field and re-renders alone.
//
// Every field change goes through `edit` → the same zod schema as the
// contract → the save queue (or, refused, a field error). Undo and redo
// re-apply through exactly that path. Structural actions call the API and
// are kept out of the history.
//
// Two versions of the record are held: what the editor shows (everything
// typed, refused values included, so nothing typed ever disappears from its
// box) and what is accepted (saved, or on its way to be), which is what the
// quality checks read. They differ exactly by the values the save queue
// keeps as unsaved.
import type { ApiClient } from '../../../shared/api/client';
import type { AppErrorDto } from '../../../shared/api/errors';
import type { Result } from '../../../shared/api/result';
import type { Commitment, Indicator, Milestone } from '../../../shared/model/plan';
import type { FieldRef } from '../lib/field-key';
import { applyField, readField, type FieldValue } from '../lib/field-paths';
import type { SaveQueue } from '../services/autosave/save-queue';
import { FieldEditing } from './field-editing';
import { EMPTY_HISTORY, forgetRecord, type History } from './history';
import { validateField } from './validate';

export interface EditorSnapshot {
  /** What the editor shows: the saved record with everything typed since, values that could not be saved included. */
  readonly commitment: Commitment;
  /** What is saved or on its way to be: without the values that could not be saved. */
  readonly accepted: Commitment;
  readonly history: History;
}

export type ListKind = 'milestones' | 'indicators';

type Outcome = { ok: true } | { ok: false; error: AppErrorDto };

/** The commitment with the values still waiting in the save queue, so a reopened editor shows what was typed. */
export function withPendingEdits(commitment: Commitment, saves: Pick<SaveQueue, 'pendingEdits'>): Commitment {
  let c = commitment;
  for (const id of recordIds(c)) {
    for (const { ref, value } of saves.pendingEdits(id)) c = applyField(c, ref, value);
  }
  return c;
}

const recordIds = (c: Commitment) => [c.id, ...c.milestones.map((m) => m.id), ...c.indicators.map((i) => i.id)];

/** The commitment with the refused values kept for its fields (what the person sees in the boxes). */
export function withKeptValues(commitment: Commitment, saves: Pick<SaveQueue, 'keptIn'>): Commitment {
  const ids = new Set(recordIds(commitment));
  let c = commitment;
  for (const k of saves.keptIn(commitment.id)) if (k.value !== undefined && ids.has(k.ref.recordId)) c = applyField(c, k.ref, k.value);
  return c;
}

const renumber = <T extends { seq: number }>(list: readonly T[]): T[] => list.map((x, i) => (x.seq === i + 1 ? x : { ...x, seq: i + 1 }));

export class EditorSession extends FieldEditing<Commitment, EditorSnapshot> {
  /** Structural requests go out one after the other, in the order they were asked for. */
  private chain: Promise<unknown> = Promise.resolve();

  /** `stored` is the record as the service has it; pending and kept values of the save queue are laid over it. */
  constructor(
    private readonly api: ApiClient,
    protected override readonly saves: SaveQueue,
    stored: Commitment,
    now: () => number = () => Date.now(),
  ) {
    super(saves, now);
    const accepted = withPendingEdits(stored, saves);
    this.snap = { commitment: withKeptValues(accepted, saves), accepted, history: EMPTY_HISTORY };
    // A value kept from an earlier session that the schema accepts now (a limit raised, an
    // older release's refusal) is saved rather than left waiting.
    for (const k of saves.keptIn(stored.id)) {
      if (k.value !== undefined && readField(accepted, k.ref) !== undefined && validateField(k.ref, k.value) === null) {
        this.snap = { ...this.snap, accepted: applyField(this.snap.accepted, k.ref, k.value) };
        saves.edit(k.ref, k.value, stored.id);
      }
    }
  }

  protected shownOf(snap: EditorSnapshot): Commitment {
    return snap.commitment;
  }
  protected withShown(snap: EditorSnapshot, commitment: Commitment): EditorSnapshot {
    return { ...snap, commitment };
  }
  protected read(c: Commitment, ref: FieldRef): FieldValue {
    return readField(c, ref);
  }
  protected write(c: Commitment, ref: FieldRef, value: FieldValue): Commitment {
    return applyField(c, ref, value);
  }

  addMilestone(): Promise<Result<Milestone>> {
    return this.serial(async () => {
      const r = await this.api['milestone.create']({ commitmentId: this.id });
      if (r.ok) this.update((c) => ({ ...c, milestones: [...c.milestones, r.value] }));
      return r;
    });
  }

  addIndicator(milestoneId: string | null = null): Promise<Result<Indicator>> {
    return this.serial(async () => {
      const r = await this.api['indicator.create']({ commitmentId: this.id, milestoneId });
      if (r.ok) this.update((c) => ({ ...c, indicators: [...c.indicators, r.value] }));
      return r;
    });
  }

  remove(kind: ListKind, id: string): Promise<Outcome> {
    return this.serial(async () => {
      const r = kind === 'milestones' ? await this.api['milestone.delete']({ id }) : await this.api['indicator.delete']({ id });
      if (!r.ok) return r;
      this.saves.discard(id);
      this.update(
        (c) =>
          kind === 'milestones'
            ? {
                ...c,
                milestones: renumber(c.milestones.filter((m) => m.id !== id)),
                // An indicator attached to the removed milestone is at commitment level now.
                indicators: c.indicators.map((i) => (i.milestoneId === id ? { ...i, milestoneId: null } : i)),
              }
            : { ...c, indicators: renumber(c.indicators.filter((i) => i.id !== id)) },
        (h) => forgetRecord(h, id),
      );
      return { ok: true } as const;
    });
  }

  /**
   * Moves a milestone or indicator up (-1) or down (+1). The screen changes at
   * once; the new order is sent in turn, and if the service refuses it the
   * order is read back from the service.
   */
  move(kind: ListKind, id: string, delta: -1 | 1): Promise<Outcome> | null {
    const list: readonly { id: string; seq: number }[] = this.snap.commitment[kind];
    const from = list.findIndex((x) => x.id === id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= list.length) return null;
    this.update((c) => {
      const next = [...c[kind]] as (Milestone | Indicator)[];
      const [moved] = next.splice(from, 1);
      next.splice(to, 0, moved!);
      return { ...c, [kind]: renumber(next) };
    });
    return this.serial(async () => {
      const order = this.snap.commitment[kind].map((x) => x.id);
      const input = { commitmentId: this.id, order };
      const r = kind === 'milestones' ? await this.api['milestone.reorder'](input) : await this.api['indicator.reorder'](input);
      if (r.ok) return { ok: true } as const;
      await this.resyncOrder(kind);
      return r;
    });
  }

  /**
   * Reads a list back from the service after something else changed it (a
   * spreadsheet import): records it now holds are shown with any values still
   * waiting to be saved; undo steps of records that are gone are dropped.
   */
  reloadList(kind: ListKind): Promise<Outcome> {
    return this.serial(async () => {
      const fresh = await this.api['commitment.get']({ id: this.id });
      if (!fresh.ok) return fresh;
      const accepted = withPendingEdits({ ...this.snap.accepted, milestones: [], indicators: [], [kind]: fresh.value[kind] }, this.saves);
      const shown = withKeptValues(accepted, this.saves)[kind];
      const present = new Set(shown.map((x) => x.id));
      const gone = this.snap.commitment[kind].filter((x) => !present.has(x.id)).map((x) => x.id);
      this.snap = {
        commitment: { ...this.snap.commitment, [kind]: shown },
        accepted: { ...this.snap.accepted, [kind]: accepted[kind] },
        history: gone.reduce(forgetRecord, this.snap.history),
      };
      this.emit();
      return { ok: true } as const;
    });
  }

  private async resyncOrder(kind: ListKind): Promise<void> {
    const fresh = await this.api['commitment.get']({ id: this.id });
    if (!fresh.ok) return;
    const rank = new Map(fresh.value[kind].map((x) => [x.id, x.seq]));
    this.update((c) => {
      const sorted = [...c[kind]].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
      return { ...c, [kind]: renumber(sorted as (Milestone | Indicator)[]) };
    });
  }

  private update(change: (c: Commitment) => Commitment, history: (h: History) => History = (h) => h): void {
    this.snap = { commitment: change(this.snap.commitment), accepted: change(this.snap.accepted), history: history(this.snap.history) };
    this.emit();
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.chain.then(task, task);
    this.chain = run.catch(() => undefined);
    return run;
  }
}
