// Runs one print job at a time against the API: pdf.start, then pdf.status
// every POLL_MS until the job ends, then pdf.result; what happens is told to
// the screen as job-state events. Cancel (or leaving the screen) tells the
// service to drop the job, including one whose pdf.start has not answered
// yet, so no job is left running behind the screen. Plain TypeScript with
// the API and the timer passed in, so it is tested without React or a DOM.
import type { ApiClient } from '../../../shared/api/client';
import type { PrintJobStatus, PrintRequest } from '../../../shared/model/print';
import { bytesFromBase64 } from '../lib/files';
import type { PrintJobEvent } from './job-state';

/** Often enough for a bar that moves smoothly, rare enough to cost the service nothing. */
export const POLL_MS = 200;

export type PrintApi = Pick<ApiClient, 'pdf.start' | 'pdf.status' | 'pdf.result' | 'pdf.cancel'>;

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const browserTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

interface Live {
  readonly ticket: number;
  jobId: string | null;
}

export class PrintJobRunner {
  private live: Live | null = null;
  private tickets = 0;
  private timer: unknown = undefined;

  constructor(
    private readonly api: PrintApi,
    private readonly emit: (event: PrintJobEvent) => void,
    private readonly timers: Timers = browserTimers,
    private readonly pollMs = POLL_MS,
  ) {}

  /** Whether a job is under way (a second Generate is refused until it ends). */
  get busy(): boolean {
    return this.live !== null;
  }

  /** Starts a job; false (and nothing sent) while another is under way. */
  generate(request: PrintRequest): boolean {
    if (this.live) return false;
    const ticket = ++this.tickets;
    this.live = { ticket, jobId: null };
    this.emit({ type: 'start', request, ticket });
    void this.api['pdf.start'](request).then((r) => {
      if (!this.following(ticket)) {
        // Cancelled (or the screen left) while the service was starting it.
        if (r.ok) this.drop(r.value.jobId);
        return;
      }
      if (!r.ok) {
        this.live = null;
        return this.emit({ type: 'error', ticket, error: r.error });
      }
      this.live = { ticket, jobId: r.value.jobId };
      this.emit({ type: 'started', ticket, status: r.value });
      this.follow(ticket, r.value);
    });
    return true;
  }

  /** The person's Cancel: the service drops the job, the screen says so. */
  cancel(): void {
    if (!this.live) return;
    this.abandon();
    this.emit({ type: 'cancel' });
  }

  /** The screen is going away: drop whatever is under way, quietly. */
  dispose(): void {
    this.abandon();
  }

  private following(ticket: number): boolean {
    return this.live?.ticket === ticket;
  }

  private abandon(): void {
    this.timers.clearTimeout(this.timer);
    const current = this.live;
    this.live = null;
    if (current?.jobId) this.drop(current.jobId);
  }

  private drop(jobId: string): void {
    // Already finished, fetched or pruned: the service answers not-found, which is fine.
    void this.api['pdf.cancel']({ jobId });
  }

  private follow(ticket: number, status: PrintJobStatus): void {
    const { jobId } = status;
    if (status.state === 'running') {
      this.timer = this.timers.setTimeout(() => {
        void this.api['pdf.status']({ jobId }).then((r) => {
          if (!this.following(ticket)) return;
          if (!r.ok) {
            this.live = null;
            return this.emit({ type: 'error', jobId, error: r.error });
          }
          this.emit({ type: 'status', status: r.value });
          this.follow(ticket, r.value);
        });
      }, this.pollMs);
    } else if (status.state === 'done') {
      void this.api['pdf.result']({ jobId }).then((r) => {
        if (!this.following(ticket)) return;
        this.live = null;
        if (!r.ok) return this.emit({ type: 'error', jobId, error: r.error });
        this.emit({ type: 'fetched', jobId, file: { fileName: r.value.fileName, bytes: bytesFromBase64(r.value.dataBase64), pages: r.value.pages } });
      });
    } else {
      // Failed or cancelled elsewhere: the event already told the screen; nothing more to ask.
      this.live = null;
    }
  }
}
