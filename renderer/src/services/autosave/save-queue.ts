// Autosave for everything the editor changes: commitment fields and the
// fields of its milestones and indicators, and the plan's front matter. One queue for the whole app (not
// per editor) so an edit keeps saving after the person navigates away, and so
// the close-time flush sees every unsaved edit in one place.
//
// Each (record, field, language) is debounced on its own; when a timer fires,
// everything ready for that record goes out as one `<type>.update` carrying
// only the fields (and languages) edited. Requests for one record are sent
// one after the other so an older value can never land after a newer one.
//
// A value the contract refuses (invalid-input, issue path like
// "changes.budget.amount") is filed as a field error under its error key and
// never retried on its own; the stored value stays what it was. The editor
// files values it already knows to be invalid through `reject`, without a
// round trip, so the same message appears the same way.
//
// A refused value is never dropped: it is *kept* (the refused value, or the
// text of a box that held no value at all) until the field holds a value that
// saves, or the person discards it. Kept values live here, so they outlast
// the editor, and in the workspace (unsaved.keep), so they outlast a reload
// or a closed window; `ensureRestored` reads them back at start.
import type { ApiClient } from '../../../../shared/api/client';
import type { AppErrorDto } from '../../../../shared/api/errors';
import type { UnsavedValue } from '../../../../shared/api/contract';
import { NO_SHELF, type Shelf } from './local-shelf';
import { errorKey, issueBelongsTo, mergePatch, patchFor, targetKey, type FieldRecordType, type FieldRef, type FieldValue } from '../../lib/field-paths';

/** A value that could not be saved, kept until it is saved or discarded. */
export interface KeptEntry {
  readonly ref: FieldRef;
  /** The commitment the record belongs to. */
  readonly group: string;
  /** The value the schema refused; undefined when the box held no value at all. */
  readonly value?: FieldValue;
  /** What such a box held ("30.02.2021", "12abc"). */
  readonly text?: string;
  /** Why it was not saved (a validation code). */
  readonly code: string;
}

/** What is kept of a refusal: the refused value, or the text of a box that held none. */
export type Keep = { readonly value: FieldValue } | { readonly text: string };

export type SavePhase = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface SaveStatus {
  readonly phase: SavePhase;
  /** The last failure that is not about one field (network, ownership…). */
  readonly error: AppErrorDto | null;
  /** Whether trying again can help (false for refusals such as not-owner). */
  readonly retriable: boolean;
  /** Validation codes (e.g. 'too-long') by error key ("title.sq", "contact.email"). */
  readonly fieldErrors: Readonly<Record<string, string>>;
}

export const IDLE_STATUS: SaveStatus = Object.freeze({ phase: 'idle', error: null, retriable: false, fieldErrors: Object.freeze({}) });

interface Edit {
  readonly ref: FieldRef;
  /** The commitment the record belongs to (its own id for a commitment). */
  readonly group: string;
  readonly value: FieldValue;
  /** Set after a failed attempt: wait for the next edit or an explicit retry instead of looping. */
  held: boolean;
}

/** Called after a successful save with the record id and the top-level fields saved. */
export type SavedListener = (id: string, fields: readonly string[]) => void;

const FINAL_ERRORS = new Set(['not-owner', 'not-found', 'forbidden', 'no-workspace']);

const UPDATE_METHOD = {
  commitment: 'commitment.update',
  milestone: 'milestone.update',
  indicator: 'indicator.update',
  'front-matter': 'frontMatter.update',
  idea: 'idea.update',
  'consultation-event': 'event.update',
  comment: 'comment.update',
  'consultation-report': 'report.update',
  'poc-feedback': 'pocFeedback.update',
  /** The owner's replies to one feedback record, under that record's id (only the owner, an LFP, writes them; only the POC writes the feedback). */
  'feedback-reply': 'pocFeedback.reply',
  'calendar-item': 'calendar.update',
} as const satisfies Record<FieldRecordType, string>;

const PHASE_RANK: Record<SavePhase, number> = { idle: 0, saved: 1, error: 2, pending: 3, saving: 4 };

export class SaveQueue {
  private readonly edits = new Map<string, Edit>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly statuses = new Map<string, SaveStatus>();
  private readonly recordTypes = new Map<string, FieldRecordType>();
  /** Record id → commitment id, so one commitment's editor sees its children's state. */
  private readonly groups = new Map<string, string>();
  private readonly groupCache = new Map<string, { version: number; status: SaveStatus }>();
  private readonly listeners = new Set<() => void>();
  private readonly savedListeners = new Set<SavedListener>();
  /** Error keys the editor refused itself, per record: a save of an older value does not clear them. */
  private readonly rejected = new Map<string, Set<string>>();
  /** Refused values by target key (see KeptEntry). */
  private readonly kept = new Map<string, KeptEntry>();
  /** Keys whose kept value the workspace holds, so a value that saves later is forgotten there too. */
  private readonly stored = new Map<string, FieldRef>();
  private readonly keepTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Writes to the workspace's kept values go out one after the other, so a forget can never overtake the keep before it. */
  private persisting: Promise<unknown> = Promise.resolve();
  private restoring: Promise<void> | null = null;
  private readonly keptCache = new Map<string, readonly KeptEntry[]>();
  private version = 0;

  constructor(
    private readonly api: ApiClient,
    private readonly delayMs = 300,
    /** Where kept values go synchronously as the page goes away (local-shelf.ts). */
    private readonly shelf: Shelf = NO_SHELF,
  ) {}

  /** Queues a value for saving; clears an earlier refusal of the same field. */
  edit(ref: FieldRef, value: FieldValue, group: string = ref.recordId): void {
    this.remember(ref, group);
    const key = targetKey(ref);
    this.edits.set(key, { ref, group, value, held: false });
    this.dropFieldError(ref);
    this.settleKept(key);
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.pump(ref.recordId, true);
      }, this.delayMs),
    );
    this.refreshPhase(ref.recordId);
  }

  /**
   * A value the editor refused before sending (same schema as the contract):
   * it is shown at the field and never saved. An earlier valid value still
   * waiting for its timer keeps waiting and is saved.
   */
  reject(ref: FieldRef, code: string, group: string = ref.recordId, keep?: Keep): void {
    this.remember(ref, group);
    if (keep) this.keep({ ref, group, code, ...keep });
    const current = this.getStatus(ref.recordId);
    const key = errorKey(ref.field, ref.lang);
    this.rejected.set(ref.recordId, (this.rejected.get(ref.recordId) ?? new Set()).add(key));
    if (current.fieldErrors[key] === code) return;
    this.setStatus(ref.recordId, { ...current, phase: 'error', fieldErrors: { ...current.fieldErrors, [key]: code } });
    this.refreshPhase(ref.recordId);
  }

  /** The box holds the saved value again (nothing to save): its message and kept value go. */
  clearError(ref: FieldRef): void {
    this.dropFieldError(ref);
    this.settleKept(targetKey(ref));
    this.refreshPhase(ref.recordId);
  }

  /** The value kept at a field because it could not be saved, if any. */
  keptValue(ref: FieldRef): KeptEntry | undefined {
    return this.kept.get(targetKey(ref));
  }

  /**
   * Every kept value of a commitment and of its milestones and indicators, in
   * the order they were typed. The same array is returned while they stay
   * the same (useSyncExternalStore relies on it).
   */
  keptIn(group: string): readonly KeptEntry[] {
    const list = [...this.kept.values()].filter((k) => k.group === group);
    const prev = this.keptCache.get(group);
    if (prev && prev.length === list.length && prev.every((k, i) => k === list[i])) return prev;
    const frozen = Object.freeze(list);
    this.keptCache.set(group, frozen);
    return frozen;
  }

  /** The person gives up a value that could not be saved: the field shows the saved value again. */
  discardKept(ref: FieldRef): void {
    this.dropFieldError(ref);
    this.settleKept(targetKey(ref));
    this.refreshPhase(ref.recordId);
  }

  /**
   * Reads back the values kept in the workspace (once; later calls wait for
   * the same read). An editor opened before it resolves would show saved
   * values where something else was typed, so editors wait for it.
   */
  ensureRestored(): Promise<void> {
    const shelved = this.restoring ? [] : this.shelf.take();
    this.restoring ??= this.api['unsaved.list']({}).then((r) => {
      if (!r.ok) {
        // Back on the shelf for the next attempt.
        this.shelf.put(shelved);
        // Not fatal (the values are still in the workspace): the next editor to open reads them again.
        this.restoring = null;
        return;
      }
      const restore = (v: UnsavedValue, again: boolean) => {
        const key = targetKey(v.ref);
        // Something typed in this session since wins over what was kept before it.
        if (this.kept.has(key) || this.edits.has(key)) return;
        const keep: Keep = v.valueJson !== null ? { value: JSON.parse(v.valueJson) as FieldValue } : { text: v.typedText ?? '' };
        this.reject(v.ref, v.code, v.commitmentId);
        const entry: KeptEntry = { ref: v.ref, group: v.commitmentId, code: v.code, ...keep };
        if (again) this.keep(entry);
        else this.kept.set(key, entry);
      };
      for (const v of r.value.values) this.stored.set(targetKey(v.ref), v.ref);
      // What the shelf holds is the last state of the page that went away: it wins, and goes to the workspace.
      for (const v of shelved) restore(v, true);
      for (const v of r.value.values) restore(v, false);
      this.emit();
    });
    return this.restoring;
  }

  /** The value typed but not yet saved, so a reopened editor shows it rather than the stored one. */
  pendingValue(ref: FieldRef): FieldValue | undefined {
    return this.edits.get(targetKey(ref))?.value;
  }

  /** Every unsaved value of one record. */
  pendingEdits(recordId: string): { ref: FieldRef; value: FieldValue }[] {
    return [...this.edits.values()].filter((e) => e.ref.recordId === recordId).map(({ ref, value }) => ({ ref, value }));
  }

  retry(id: string): void {
    this.pump(id, true);
  }

  /** Retries every held edit of a commitment and of its milestones and indicators. */
  retryGroup(group: string): void {
    for (const id of this.recordsOf(group)) this.pump(id, true);
  }

  /** Forgets unsaved edits of a deleted record (and, for a commitment, of its milestones and indicators). */
  discard(id: string): void {
    const doomed = new Set([id, ...[...this.groups].filter(([, g]) => g === id).map(([r]) => r)]);
    for (const [key, e] of this.edits) {
      if (!doomed.has(e.ref.recordId)) continue;
      clearTimeout(this.timers.get(key));
      this.timers.delete(key);
      this.edits.delete(key);
    }
    for (const [key, k] of this.kept) {
      if (!doomed.has(k.ref.recordId)) continue;
      // The workspace forgets them with their record (unsaved.list drops orphans).
      clearTimeout(this.keepTimers.get(key));
      this.keepTimers.delete(key);
      this.kept.delete(key);
      this.stored.delete(key);
    }
    for (const r of doomed) {
      this.statuses.delete(r);
      this.groups.delete(r);
      this.recordTypes.delete(r);
      this.rejected.delete(r);
    }
    this.emit();
  }

  /** Sends everything now and resolves when nothing is left in flight (Electron's close handshake). */
  async flushAll(): Promise<void> {
    for (const [key, t] of this.timers) {
      clearTimeout(t);
      this.timers.delete(key);
    }
    for (const id of new Set([...this.edits.values()].map((e) => e.ref.recordId))) this.pump(id, true);
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight.values()]);
    // Refusals that came back with those answers are kept in the workspace too before this resolves.
    this.persistKeptNow();
    await this.persisting;
  }

  /**
   * The page is going away (reload, close, tab hidden): send every unsaved
   * edit at once, without waiting for the request in flight for the same
   * record, because a chained request would never start. HTTP requests are
   * keepalive (transport-http.ts), so they outlive the page.
   */
  flushUrgent(): void {
    this.shelf.put([...this.kept.values()].map(toUnsavedValue));
    this.persistKeptNow();
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    const byId = new Map<string, Edit[]>();
    for (const e of this.edits.values()) byId.set(e.ref.recordId, [...(byId.get(e.ref.recordId) ?? []), e]);
    this.edits.clear();
    for (const [id, batch] of byId) {
      const send = this.send(id, batch);
      if (!this.inFlight.has(id)) {
        const tracked: Promise<void> = send.finally(() => {
          if (this.inFlight.get(id) !== tracked) return;
          this.inFlight.delete(id);
          this.pump(id, false);
        });
        this.inFlight.set(id, tracked);
      }
    }
  }

  hasUnsaved(): boolean {
    return this.edits.size > 0 || this.inFlight.size > 0;
  }

  getStatus(id: string): SaveStatus {
    return this.statuses.get(id) ?? IDLE_STATUS;
  }

  /**
   * One commitment and its milestones and indicators together: the busiest
   * phase wins, the first general error is shown, and field errors are
   * counted under "<record id>:<error key>". The same object is returned
   * until something changes (useSyncExternalStore relies on it).
   */
  getGroupStatus(group: string): SaveStatus {
    const cached = this.groupCache.get(group);
    if (cached && cached.version === this.version) return cached.status;
    let phase: SavePhase = 'idle';
    let error: AppErrorDto | null = null;
    let retriable = false;
    const fieldErrors: Record<string, string> = {};
    for (const id of this.recordsOf(group)) {
      const s = this.getStatus(id);
      if (PHASE_RANK[s.phase] > PHASE_RANK[phase]) phase = s.phase;
      if (s.error && !error) {
        error = s.error;
        retriable = s.retriable;
      }
      for (const [k, v] of Object.entries(s.fieldErrors)) fieldErrors[`${id}:${k}`] = v;
    }
    const prev = cached?.status;
    const status =
      prev && prev.phase === phase && prev.error === error && prev.retriable === retriable && sameRecord(prev.fieldErrors, fieldErrors)
        ? prev
        : Object.freeze({ phase, error, retriable, fieldErrors: Object.freeze(fieldErrors) });
    this.groupCache.set(group, { version: this.version, status });
    return status;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  onSaved(listener: SavedListener): () => void {
    this.savedListeners.add(listener);
    return () => this.savedListeners.delete(listener);
  }

  private keep(entry: KeptEntry): void {
    const key = targetKey(entry.ref);
    this.kept.set(key, entry);
    clearTimeout(this.keepTimers.get(key));
    this.keepTimers.set(
      key,
      setTimeout(() => {
        this.keepTimers.delete(key);
        this.persistKept(key);
      }, this.delayMs),
    );
  }

  /** The field holds a value that saves (or the saved one again): its kept value goes, here and in the workspace. */
  private settleKept(key: string): void {
    clearTimeout(this.keepTimers.get(key));
    this.keepTimers.delete(key);
    const storedRef = this.stored.get(key);
    if (storedRef) {
      this.stored.delete(key);
      this.persist(() => this.api['unsaved.forget']({ refs: [storedRef] }));
    }
    if (this.kept.delete(key)) this.emit();
  }

  private persistKept(key: string): void {
    const entry = this.kept.get(key);
    if (!entry) return;
    this.stored.set(key, entry.ref);
    this.persist(() => this.api['unsaved.keep'](toUnsavedValue(entry)));
  }

  private persistKeptNow(): void {
    for (const [key, t] of this.keepTimers) {
      clearTimeout(t);
      this.persistKept(key);
    }
    this.keepTimers.clear();
  }

  private persist(write: () => Promise<unknown>): void {
    // A value that cannot be kept in the workspace is still kept here; the next change writes it again.
    this.persisting = this.persisting.then(write).catch(() => undefined);
  }

  private remember(ref: FieldRef, group: string): void {
    this.recordTypes.set(ref.recordId, ref.recordType);
    this.groups.set(ref.recordId, group);
  }

  private recordsOf(group: string): string[] {
    return [...this.groups].filter(([, g]) => g === group).map(([id]) => id);
  }

  private dropFieldError(ref: FieldRef): void {
    const current = this.getStatus(ref.recordId);
    const key = errorKey(ref.field, ref.lang);
    this.rejected.get(ref.recordId)?.delete(key);
    if (!(key in current.fieldErrors)) return;
    const fieldErrors = { ...current.fieldErrors };
    delete fieldErrors[key];
    this.setStatus(ref.recordId, { ...current, fieldErrors });
  }

  private pump(id: string, includeHeld: boolean): void {
    if (this.inFlight.has(id)) return;
    const batch: Edit[] = [];
    for (const [key, e] of this.edits) {
      if (e.ref.recordId !== id || this.timers.has(key) || (e.held && !includeHeld)) continue;
      batch.push(e);
      this.edits.delete(key);
    }
    if (batch.length === 0) {
      this.refreshPhase(id);
      return;
    }
    const run = this.send(id, batch).finally(() => {
      this.inFlight.delete(id);
      this.pump(id, false);
    });
    this.inFlight.set(id, run);
    this.refreshPhase(id);
  }

  private async send(id: string, batch: readonly Edit[]): Promise<void> {
    let changes: Record<string, unknown> = {};
    for (const e of batch) changes = mergePatch(changes, patchFor(e.ref.field, e.ref.lang, e.value));
    const type = this.recordTypes.get(id) ?? batch[0]!.ref.recordType;
    // The patch type differs per record type; each was built from that type's field paths.
    const update = this.api[UPDATE_METHOD[type]] as (input: { id: string; changes: Record<string, unknown> }) => ReturnType<ApiClient['commitment.update']>;
    const result = await update({ id, changes });
    const sentKeys = batch.map((e) => errorKey(e.ref.field, e.ref.lang));
    const fieldErrors = { ...this.getStatus(id).fieldErrors };

    if (result.ok) {
      // A refusal filed by the editor for a value typed after this batch left stays.
      const rejected = this.rejected.get(id);
      for (const k of sentKeys) if (!rejected?.has(k)) delete fieldErrors[k];
      this.setStatus(id, { phase: 'saved', error: null, retriable: false, fieldErrors });
      const fields = [...new Set(batch.map((e) => e.ref.field.split('.')[0]!))];
      for (const l of this.savedListeners) l(id, fields);
      return;
    }

    const { error } = result;
    const final = FINAL_ERRORS.has(error.code);
    const refused = new Map<string, string>();
    if (error.code === 'invalid-input') {
      for (const issue of error.details?.issues ?? []) {
        if (!issue.path.startsWith('changes.')) continue;
        const path = issue.path.slice('changes.'.length);
        const key = sentKeys.find((k) => issueBelongsTo(path, k));
        if (key && !refused.has(key)) refused.set(key, issue.message);
      }
    }
    if (refused.size > 0) {
      // A refused value stays refused until it is edited again; the rest of
      // the batch was fine and goes out again at once.
      for (const [k, code] of refused) fieldErrors[k] = code;
      for (const e of batch) {
        const key = targetKey(e.ref);
        const code = refused.get(errorKey(e.ref.field, e.ref.lang));
        if (code === undefined) {
          if (!this.edits.has(key)) this.edits.set(key, { ...e, held: false });
        } else if (!this.edits.has(key) && !this.kept.has(key)) {
          // The service refused what the editor let through: it is kept like any other refusal.
          this.keep({ ref: e.ref, group: e.group, code, value: e.value });
        }
      }
      this.setStatus(id, { phase: 'error', error: null, retriable: false, fieldErrors });
      return;
    }
    if (!final) {
      // Held, not dropped: retried with the next edit or the Retry button, never in a loop.
      for (const e of batch) {
        const key = targetKey(e.ref);
        if (!this.edits.has(key)) this.edits.set(key, { ...e, held: true });
      }
    }
    this.setStatus(id, { phase: 'error', error, retriable: !final, fieldErrors });
  }

  private refreshPhase(id: string): void {
    const current = this.getStatus(id);
    let phase: SavePhase = current.phase === 'pending' || current.phase === 'saving' ? 'saved' : current.phase;
    if (this.inFlight.has(id)) phase = 'saving';
    else if ([...this.edits.values()].some((e) => e.ref.recordId === id && !e.held)) phase = 'pending';
    else if (phase === 'saved' && (current.error || Object.keys(current.fieldErrors).length > 0)) phase = 'error';
    else if (phase === 'error' && !current.error && Object.keys(current.fieldErrors).length === 0) phase = 'saved';
    if (phase !== current.phase) this.setStatus(id, { ...current, phase });
  }

  private setStatus(id: string, status: SaveStatus): void {
    this.statuses.set(id, Object.freeze(status));
    this.emit();
  }

  private emit(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}

/** A kept value as the API and the shelf carry it. */
function toUnsavedValue(entry: KeptEntry): UnsavedValue {
  return {
    ref: entry.ref,
    commitmentId: entry.group,
    valueJson: entry.value !== undefined ? JSON.stringify(entry.value) : null,
    typedText: entry.value === undefined ? (entry.text ?? '') : null,
    code: entry.code,
  };
}

function sameRecord(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}
