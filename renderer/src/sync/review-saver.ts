// The POC's review of a commitment (plan number, decision, bilingual
// comment), saved as it is typed: each commitment's edits are merged and sent
// after a short pause as one `review.set`, one request at a time per
// commitment so an older value never lands after a newer one. A failed save
// keeps its edits (merged under any newer ones) until the next edit or an
// explicit retry.
import type { AppErrorDto } from '../../../shared/api/errors';
import type { Result } from '../../../shared/api/result';

export type ReviewDecision = 'accepted' | 'returned';

export interface ReviewPatch {
  readonly planNumber?: string;
  readonly decision?: ReviewDecision | null;
  readonly comment?: { readonly sq?: string; readonly en?: string };
}

/** `later` wins field by field (and language by language for the comment). */
export function mergeReviewPatch(earlier: ReviewPatch, later: ReviewPatch): ReviewPatch {
  const out: { -readonly [K in keyof ReviewPatch]: ReviewPatch[K] } = { ...earlier, ...later };
  if (earlier.comment || later.comment) out.comment = { ...earlier.comment, ...later.comment };
  return out;
}

export type ReviewSavePhase = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface ReviewSaveStatus {
  readonly phase: ReviewSavePhase;
  readonly error: AppErrorDto | null;
  /** The commitment revision the stored review refers to, after the last successful save. */
  readonly commitmentRev: number | null;
}

export const IDLE_REVIEW_STATUS: ReviewSaveStatus = Object.freeze({ phase: 'idle', error: null, commitmentRev: null });

export type SendReview = (commitmentId: string, patch: ReviewPatch) => Promise<Result<{ commitmentRev: number }>>;

interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const defaultTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class ReviewSaver {
  private readonly pending = new Map<string, ReviewPatch>();
  private readonly timers = new Map<string, unknown>();
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly statuses = new Map<string, ReviewSaveStatus>();
  private readonly listeners = new Set<(commitmentId: string) => void>();

  constructor(
    private readonly send: SendReview,
    private readonly delayMs = 700,
    private readonly timers_: Timers = defaultTimers,
  ) {}

  status(commitmentId: string): ReviewSaveStatus {
    return this.statuses.get(commitmentId) ?? IDLE_REVIEW_STATUS;
  }

  subscribe(listener: (commitmentId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Queues an edit; `immediate` sends it without waiting for the pause (a click, not typing). */
  edit(commitmentId: string, patch: ReviewPatch, options: { immediate?: boolean } = {}): void {
    this.pending.set(commitmentId, mergeReviewPatch(this.pending.get(commitmentId) ?? {}, patch));
    this.setStatus(commitmentId, { ...this.status(commitmentId), phase: 'pending' });
    this.schedule(commitmentId, options.immediate ? 0 : this.delayMs);
  }

  /** Sends what waits for one commitment (or all) now; resolves when nothing is in flight for them. */
  async flush(commitmentId?: string): Promise<void> {
    const ids = commitmentId ? [commitmentId] : [...new Set([...this.pending.keys(), ...this.inFlight.keys()])];
    await Promise.all(ids.map((id) => this.run(id)));
  }

  retry(commitmentId: string): void {
    if (this.pending.has(commitmentId)) this.schedule(commitmentId, 0);
  }

  hasUnsaved(): boolean {
    return this.pending.size > 0 || this.inFlight.size > 0;
  }

  private schedule(commitmentId: string, ms: number): void {
    const old = this.timers.get(commitmentId);
    if (old !== undefined) this.timers_.clear(old);
    this.timers.set(
      commitmentId,
      this.timers_.set(() => {
        this.timers.delete(commitmentId);
        void this.run(commitmentId);
      }, ms),
    );
  }

  private async run(commitmentId: string): Promise<void> {
    const timer = this.timers.get(commitmentId);
    if (timer !== undefined) {
      this.timers_.clear(timer);
      this.timers.delete(commitmentId);
    }
    // One request at a time per commitment: wait for the one out, then send what gathered meanwhile.
    while (this.inFlight.has(commitmentId)) await this.inFlight.get(commitmentId);
    const patch = this.pending.get(commitmentId);
    if (!patch) return;
    this.pending.delete(commitmentId);
    const request = this.sendOne(commitmentId, patch);
    this.inFlight.set(commitmentId, request);
    try {
      await request;
    } finally {
      this.inFlight.delete(commitmentId);
    }
  }

  private async sendOne(commitmentId: string, patch: ReviewPatch): Promise<void> {
    this.setStatus(commitmentId, { ...this.status(commitmentId), phase: 'saving' });
    let result: Result<{ commitmentRev: number }>;
    try {
      result = await this.send(commitmentId, patch);
    } catch {
      result = { ok: false, error: { code: 'internal' } };
    }
    const newer = this.pending.get(commitmentId);
    if (result.ok) {
      this.setStatus(commitmentId, { phase: newer ? 'pending' : 'saved', error: null, commitmentRev: result.value.commitmentRev });
      return;
    }
    // Kept for the next edit or a retry; what was typed since wins over it.
    this.pending.set(commitmentId, newer ? mergeReviewPatch(patch, newer) : patch);
    this.setStatus(commitmentId, { ...this.status(commitmentId), phase: 'error', error: result.error });
  }

  private setStatus(commitmentId: string, status: ReviewSaveStatus): void {
    this.statuses.set(commitmentId, status);
    for (const l of this.listeners) l(commitmentId);
  }
}
