// Autosave for commitment texts. One queue for the whole app (not per editor)
// so an edit keeps saving after the person navigates away, and so the
// close-time flush sees every unsaved edit in one place.
//
// Each (commitment, field, language) is debounced on its own; when a timer
// fires, everything ready for that commitment goes out as one
// `commitment.update` carrying only the languages edited. Requests for one
// commitment are sent one after the other so an older value can never land
// after a newer one.
import type { ApiClient } from '../../../shared/api/client';
import type { CommitmentPatch } from '../../../shared/api/contract';
import type { AppErrorDto } from '../../../shared/api/errors';
import type { CommitmentFields } from '../../../shared/model/plan';
import type { Lang } from '../../../shared/model/primitives';

/** The commitment fields that hold a bilingual text. */
export type BilingualKey = {
  [K in keyof CommitmentFields]: CommitmentFields[K] extends { sq: string; en: string } ? K : never;
}[keyof CommitmentFields];

export type SavePhase = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface SaveStatus {
  readonly phase: SavePhase;
  /** The last failure that is not about one field (network, ownership…). */
  readonly error: AppErrorDto | null;
  /** Whether trying again can help (false for refusals such as not-owner). */
  readonly retriable: boolean;
  /** Validation codes (e.g. 'too-long') by `${field}.${lang}`. */
  readonly fieldErrors: Readonly<Record<string, string>>;
}

export const IDLE_STATUS: SaveStatus = Object.freeze({ phase: 'idle', error: null, retriable: false, fieldErrors: Object.freeze({}) });

interface Edit {
  readonly id: string;
  readonly field: BilingualKey;
  readonly lang: Lang;
  readonly value: string;
  /** Set after a failed attempt: wait for the next edit or an explicit retry instead of looping. */
  held: boolean;
}

export type SavedListener = (id: string, fields: readonly BilingualKey[]) => void;

const FINAL_ERRORS = new Set(['not-owner', 'not-found', 'forbidden', 'no-workspace']);

const editKey = (id: string, field: string, lang: Lang) => `${id}|${field}|${lang}`;
export const fieldKey = (field: string, lang: Lang) => `${field}.${lang}`;

export class SaveQueue {
  private readonly edits = new Map<string, Edit>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly statuses = new Map<string, SaveStatus>();
  private readonly listeners = new Set<() => void>();
  private readonly savedListeners = new Set<SavedListener>();

  constructor(
    private readonly api: ApiClient,
    private readonly delayMs = 300,
  ) {}

  edit(id: string, field: BilingualKey, lang: Lang, value: string): void {
    const key = editKey(id, field, lang);
    this.edits.set(key, { id, field, lang, value, held: false });
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.pump(id, true);
      }, this.delayMs),
    );
    this.refreshPhase(id);
  }

  /** The value typed but not yet saved, so a reopened editor shows it rather than the stored one. */
  pendingValue(id: string, field: BilingualKey, lang: Lang): string | undefined {
    return this.edits.get(editKey(id, field, lang))?.value;
  }

  retry(id: string): void {
    this.pump(id, true);
  }

  /** Forgets unsaved edits of a deleted commitment. */
  discard(id: string): void {
    for (const [key, e] of this.edits) {
      if (e.id !== id) continue;
      clearTimeout(this.timers.get(key));
      this.timers.delete(key);
      this.edits.delete(key);
    }
    this.statuses.delete(id);
    this.emit();
  }

  /** Sends everything now and resolves when nothing is left in flight (Electron's close handshake). */
  async flushAll(): Promise<void> {
    for (const [key, t] of this.timers) {
      clearTimeout(t);
      this.timers.delete(key);
    }
    for (const id of new Set([...this.edits.values()].map((e) => e.id))) this.pump(id, true);
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight.values()]);
  }

  /**
   * The page is going away (reload, close, tab hidden): send every unsaved
   * edit at once, without waiting for the request in flight for the same
   * commitment, because a chained request would never start. HTTP requests
   * are keepalive (transport-http.ts), so they outlive the page.
   */
  flushUrgent(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    const byId = new Map<string, Edit[]>();
    for (const e of this.edits.values()) byId.set(e.id, [...(byId.get(e.id) ?? []), e]);
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

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  onSaved(listener: SavedListener): () => void {
    this.savedListeners.add(listener);
    return () => this.savedListeners.delete(listener);
  }

  private pump(id: string, includeHeld: boolean): void {
    if (this.inFlight.has(id)) return;
    const batch: Edit[] = [];
    for (const [key, e] of this.edits) {
      if (e.id !== id || this.timers.has(key) || (e.held && !includeHeld)) continue;
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
    const changes: Record<string, Partial<Record<Lang, string>>> = {};
    for (const e of batch) changes[e.field] = { ...changes[e.field], [e.lang]: e.value };
    const result = await this.api['commitment.update']({ id, changes: changes as CommitmentPatch });
    const sentKeys = batch.map((e) => fieldKey(e.field, e.lang));
    const fieldErrors = { ...this.getStatus(id).fieldErrors };

    if (result.ok) {
      for (const k of sentKeys) delete fieldErrors[k];
      this.setStatus(id, { phase: 'saved', error: null, retriable: false, fieldErrors });
      const fields = [...new Set(batch.map((e) => e.field))];
      for (const l of this.savedListeners) l(id, fields);
      return;
    }

    const { error } = result;
    const final = FINAL_ERRORS.has(error.code);
    const refused = new Map<string, string>();
    if (error.code === 'invalid-input') {
      for (const issue of error.details?.issues ?? []) {
        const m = /^changes\.(\w+)\.(sq|en)$/.exec(issue.path);
        if (m) refused.set(fieldKey(m[1]!, m[2] as Lang), issue.message);
      }
    }
    if (refused.size > 0) {
      // A refused value stays refused until it is edited again; the rest of
      // the batch was fine and goes out again at once.
      for (const [k, code] of refused) fieldErrors[k] = code;
      for (const e of batch) {
        const key = editKey(e.id, e.field, e.lang);
        if (!refused.has(fieldKey(e.field, e.lang)) && !this.edits.has(key)) this.edits.set(key, { ...e, held: false });
      }
      this.setStatus(id, { phase: 'error', error: null, retriable: false, fieldErrors });
      return;
    }
    if (!final) {
      // Held, not dropped: retried with the next edit or the Retry button, never in a loop.
      for (const e of batch) {
        const key = editKey(e.id, e.field, e.lang);
        if (!this.edits.has(key)) this.edits.set(key, { ...e, held: true });
      }
    }
    this.setStatus(id, { phase: 'error', error, retriable: !final, fieldErrors });
  }

  private refreshPhase(id: string): void {
    const current = this.getStatus(id);
    let phase: SavePhase = current.phase === 'pending' || current.phase === 'saving' ? 'saved' : current.phase;
    if (this.inFlight.has(id)) phase = 'saving';
    else if ([...this.edits.values()].some((e) => e.id === id && !e.held)) phase = 'pending';
    if (phase !== current.phase) this.setStatus(id, { ...current, phase });
  }

  private setStatus(id: string, status: SaveStatus): void {
    this.statuses.set(id, Object.freeze(status));
    this.emit();
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}
