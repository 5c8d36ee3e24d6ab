// Print jobs: a PDF is rendered while the app keeps answering. The calling
// thread (Electron's main process, browser mode's server) does only the quick
// part: one read transaction for the snapshot, the font folder, the file
// name. Rendering (0.1–10 s of pdfkit) runs in a worker thread, so IPC never
// freezes; the status is polled for progress and the bytes are fetched once.
//
// Workers are kept warm and reused: starting one costs more than a realistic
// print itself (a new isolate, loading pdfkit, parsing Noto Sans, compiling
// the code again), so a worker that has answered waits for the next job. One
// that stays idle for `idleTimeoutMs` is ended, and an idle worker never keeps
// the process alive (unref), so the CLI and tests exit without close(). A
// worker renders one job at a time; at most `maxRunning` render at once
// (default 2, one per core of the build machine); further jobs wait in a
// first-come queue and report 'running' with 0 of 0 until their turn: every
// start is accepted, none is refused for being busy.
//
// A worker is discarded, never reused, once anything about it is in doubt:
// its job was cancelled (it is terminated mid-render), it crashed or exited,
// it sent a message that is malformed or about another job, or its render
// failed unexpectedly. Its job (if any) fails 'internal'; the next job gets a
// fresh worker. The heap cap applies to each worker.
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../../shared/api/errors';
import type { PrintJobStatus, PrintRequest } from '../../../shared/model/print';
import type { Workspace } from '../workspace/workspace';
import { resolveFonts } from './font-files';
import { assertPrintAllowed } from './readiness';
import { printFileName } from '../print-content/file-name';
import { errorFromDescription, parseWorkerMessage, WORKER_FILE_NAME, type WorkerJob, type WorkerMessage } from './worker-protocol';

export interface PrintJobsOptions {
  /** The worker bundle. Default: $PLANI_PDF_WORKER, else pdf-worker.cjs beside the running bundle. */
  workerFile?: string;
  /** Workers rendering at the same time; later jobs wait their turn. */
  maxRunning?: number;
  /** Heap cap of one worker: a runaway job fails alone instead of taking the app down. */
  maxHeapMb?: number;
  /** How long a warm worker waits for another job before it is ended. */
  idleTimeoutMs?: number;
  /** Folder of the Noto Sans files; default: resolveFonts (next to the app). */
  fontDir?: string;
  /** Where unexpected failures (a worker crash, a bad message) are reported; the caller only sees 'internal'. */
  onUnexpected?: (what: string, err: unknown) => void;
  /** The day the quality checks of a final print's gate see (default: the system clock). */
  clock?: () => Date;
}

/** Not part of the API contract: what tests and diagnostics may ask about one job. */
export interface JobDiagnostics {
  /** The worker thread that rendered it (set once done). */
  threadId: number | null;
  /** Progress messages received from its worker. */
  progressMessages: number;
}

interface Job {
  status: PrintJobStatus;
  fileName: string;
  /** annex/lang, for log lines: enough to tell jobs apart, no printed content. */
  label: string;
  /** What the worker gets; dropped once handed over, so a finished job holds no snapshot. */
  input: WorkerJob | null;
  /** The worker rendering it, while it does. */
  worker: PrintWorker | null;
  result: Buffer | null;
  diagnostics: JobDiagnostics;
  /** A warm-up print (see warm()): nobody fetches it, so it is forgotten as soon as it ends. */
  warmup: boolean;
}

interface PrintWorker {
  readonly thread: Worker;
  /** The job it renders; null while idle or ending. */
  job: Job | null;
  /** Told to end (or already ended): never given another job, its messages ignored. */
  ending: boolean;
  idleTimer: NodeJS.Timeout | null;
  /** Settles once the thread has exited. */
  gone: Promise<void>;
}

/** Finished jobs kept for fetching; older ones are dropped first. */
const KEEP_FINISHED = 4;
export const DEFAULT_MAX_RUNNING = 2;
export const DEFAULT_MAX_HEAP_MB = 1024;
export const DEFAULT_IDLE_TIMEOUT_MS = 60_000;

/**
 * The worker bundle beside the running bundle (dist/electron/ or dist/node/:
 * see scripts/build.mjs). PLANI_PDF_WORKER overrides it (the tests run the
 * TypeScript sources, which have no bundle beside them), except where
 * `allowEnvOverride` is false: the desktop app, whose fuses refuse code chosen
 * by the environment (NODE_OPTIONS, ELECTRON_RUN_AS_NODE), refuses this too.
 */
export function defaultWorkerFile(opts: { allowEnvOverride: boolean } = { allowEnvOverride: true }): string {
  const override = opts.allowEnvOverride ? process.env.PLANI_PDF_WORKER : undefined;
  return override || join(__dirname, WORKER_FILE_NAME);
}

export class PrintJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly queue: Job[] = [];
  /** Every worker not yet exited: rendering, idle, or ending. */
  private readonly workers = new Set<PrintWorker>();
  /** The idle ones, the most recently used last (the next job takes it: the warmest). */
  private readonly idle: PrintWorker[] = [];
  readonly workerFile: string;
  private readonly maxRunning: number;
  private readonly maxHeapMb: number;
  private readonly idleTimeoutMs: number;
  private readonly onUnexpected: (what: string, err: unknown) => void;
  private readonly clock: () => Date;
  private fontDir: string | undefined;
  private closed = false;

  constructor(opts: PrintJobsOptions = {}) {
    this.workerFile = opts.workerFile ?? defaultWorkerFile();
    this.maxRunning = Math.max(1, opts.maxRunning ?? DEFAULT_MAX_RUNNING);
    this.maxHeapMb = opts.maxHeapMb ?? DEFAULT_MAX_HEAP_MB;
    this.idleTimeoutMs = Math.max(0, opts.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS);
    this.fontDir = opts.fontDir;
    this.onUnexpected = opts.onUnexpected ?? ((what, err) => console.error(`[plani] ${what} failed:`, err));
    this.clock = opts.clock ?? (() => new Date());
  }

  /**
   * Gets a worker ready before the first print: when no worker exists and
   * nothing waits, prints this workspace's Annex III, bilingual (tables,
   * headings, all four font styles), in a new worker and throws the result
   * away. That first document pays the worker's start (loading the code,
   * parsing the fonts, compiling the layout paths), so the person's first
   * print runs on a warm worker. The Print screen asks for it when it opens.
   */
  async warm(ws: Workspace): Promise<{ started: boolean }> {
    if (this.closed || this.workers.size > 0 || this.queue.length > 0) return { started: false };
    await this.start(ws, { annex: 'institutions', lang: 'bilingual' }, { warmup: true });
    return { started: true };
  }

  async start(ws: Workspace, req: PrintRequest, opts: { warmup?: boolean } = {}): Promise<PrintJobStatus> {
    if (this.closed) throw new Error('print jobs are closed');
    // Checked before anything is read so a missing build fails the start
    // itself, not a job that would then fail with no explanation.
    if (!existsSync(this.workerFile)) {
      throw new Error(`the PDF worker ${this.workerFile} is missing (build it with npm run build, or set PLANI_PDF_WORKER)`);
    }
    const fontDir = (this.fontDir ??= dirname(resolveFonts().regular));
    // Loaded at the first print: a command that prints nothing does not build the print model's readers.
    const { hasComponent, loadPrintData } = await import('./print-data');
    const data = await loadPrintData(ws);
    if (req.component !== undefined && !hasComponent(data, req.component)) {
      throw new AppError('unknown-component', { params: { code: req.component } });
    }
    // The final print's gate is here, not in the screens, so no caller can print an unready plan "final".
    assertPrintAllowed(data, req, this.clock());
    if (this.closed) throw new Error('print jobs are closed');
    const jobId = randomUUID();
    const job: Job = {
      status: { jobId, state: 'running', done: 0, total: 0, pages: null, bytes: null, error: null },
      fileName: printFileName(data, req.annex, req.lang, req.component),
      label: `${req.annex}/${req.lang}${req.component ? `/${req.component}` : ''}`,
      input: { type: 'render', jobId, data, req, fontDir },
      worker: null,
      result: null,
      diagnostics: { threadId: null, progressMessages: 0 },
      warmup: opts.warmup ?? false,
    };
    this.jobs.set(jobId, job);
    this.queue.push(job);
    this.pump();
    this.prune();
    return { ...job.status };
  }

  status(jobId: string): PrintJobStatus {
    return { ...this.get(jobId).status };
  }

  /** The PDF of a finished job; the job is forgotten once fetched. */
  result(jobId: string): { fileName: string; bytes: Buffer; pages: number } {
    const job = this.get(jobId);
    if (job.status.state !== 'done' || !job.result) throw new AppError('not-found', { params: { id: jobId } });
    this.jobs.delete(jobId);
    return { fileName: job.fileName, bytes: job.result, pages: job.status.pages ?? 0 };
  }

  /**
   * Stops a waiting or rendering job: its worker is terminated (not reused:
   * it stopped mid-document) before this returns, and the job stays visible
   * as 'cancelled' (to another poller) until pruned. A job that already
   * ended is forgotten, its PDF discarded.
   */
  async cancel(jobId: string): Promise<PrintJobStatus> {
    const job = this.get(jobId);
    if (job.status.state !== 'running') {
      this.jobs.delete(jobId);
      return { ...job.status };
    }
    const worker = job.worker;
    this.end(job, { ...job.status, state: 'cancelled' }, 'discard');
    await worker?.gone;
    return { ...job.status };
  }

  /** Terminates every worker, busy or idle, and forgets every job; starts are refused afterwards. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.jobs.values()) {
      if (job.status.state === 'running') this.end(job, { ...job.status, state: 'cancelled' }, 'discard');
    }
    const exiting = [...this.workers].map((w) => {
      this.discard(w);
      return w.gone;
    });
    await Promise.all(exiting);
    this.jobs.clear();
  }

  /** Workers rendering a job or ending (they count against maxRunning). */
  get busyWorkers(): number {
    return this.workers.size - this.idle.length;
  }

  /** Warm workers waiting for a job. */
  get idleWorkers(): number {
    return this.idle.length;
  }

  /** Jobs known (waiting, rendering, or finished and not yet fetched or pruned). */
  get size(): number {
    return this.jobs.size;
  }

  diagnostics(jobId: string): JobDiagnostics {
    return { ...this.get(jobId).diagnostics };
  }

  private get(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job) throw new AppError('not-found', { params: { id: jobId } });
    return job;
  }

  /** Hands waiting jobs to idle workers, or to new ones while there is room. */
  private pump(): void {
    while (!this.closed && this.queue.length > 0 && this.busyWorkers < this.maxRunning) {
      const job = this.queue.shift()!;
      if (job.status.state !== 'running') continue;
      const worker = this.idle.pop() ?? this.spawn(job);
      if (worker) this.assign(worker, job);
    }
  }

  /** A new worker, or null (its job failed) if the thread could not be created. */
  private spawn(job: Job): PrintWorker | null {
    let thread: Worker;
    try {
      thread = new Worker(this.workerFile, {
        resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb },
        // The parent's flags (a test runner's loader, Electron's switches)
        // are not the worker's business, and some are refused in workers.
        execArgv: [],
      });
    } catch (err) {
      this.fail(job, 'internal', err);
      return null;
    }
    const worker: PrintWorker = { thread, job: null, ending: false, idleTimer: null, gone: Promise.resolve() };
    worker.gone = new Promise((resolve) => {
      thread.once('exit', (code) => {
        const wasEnding = worker.ending;
        this.forget(worker);
        const job = worker.job;
        worker.job = null;
        if (job) {
          job.worker = null;
          this.fail(job, 'internal', new Error(`the print worker exited (code ${code}) without a result`));
        } else if (!wasEnding) {
          this.onUnexpected('idle print worker', new Error(`the print worker exited (code ${code}) while idle`));
        }
        resolve();
        this.pump();
      });
    });
    thread.on('message', (raw: unknown) => this.receive(worker, raw));
    thread.on('error', (err) => this.lost(worker, err));
    thread.on('messageerror', (err) => this.lost(worker, err));
    this.workers.add(worker);
    return worker;
  }

  private assign(worker: PrintWorker, job: Job): void {
    if (worker.idleTimer) clearTimeout(worker.idleTimer);
    worker.idleTimer = null;
    // Busy, it keeps the process alive: a CLI waiting for its PDF must not exit.
    worker.thread.ref();
    worker.job = job;
    job.worker = worker;
    const input = job.input;
    job.input = null;
    try {
      worker.thread.postMessage(input);
    } catch (err) {
      this.fail(job, 'internal', err);
    }
  }

  private receive(worker: PrintWorker, raw: unknown): void {
    // What a worker being ended still had in flight (a cancelled job's last progress) is of no use.
    if (worker.ending) return;
    const job = worker.job;
    const parsed = parseWorkerMessage(raw, job?.status.jobId ?? null);
    if (!parsed.ok || !job) {
      this.lost(worker, new Error(parsed.ok ? 'a message from an idle print worker' : parsed.problem));
      return;
    }
    this.apply(job, parsed.message);
  }

  private apply(job: Job, message: WorkerMessage): void {
    switch (message.type) {
      case 'progress': {
        job.diagnostics.progressMessages++;
        // `done` only grows, whatever order reports come in.
        const done = Math.max(job.status.done, message.done);
        const total = Math.max(message.total, done);
        job.status = { ...job.status, done, total };
        return;
      }
      case 'done': {
        job.result = Buffer.from(message.pdf);
        job.diagnostics.threadId = message.threadId;
        this.end(job, { ...job.status, state: 'done', done: job.status.total, pages: message.pages, bytes: job.result.length }, 'reuse');
        return;
      }
      case 'failed': {
        // An expected refusal (an AppError code) leaves the worker as sound as
        // a success does; after an unexpected error its state is unknown.
        if (message.code === 'internal') this.fail(job, 'internal', message.error ? errorFromDescription(message.error) : undefined);
        else this.end(job, { ...job.status, state: 'failed', error: message.code }, 'reuse');
        return;
      }
    }
  }

  /** A worker that crashed or broke the protocol: its job fails (or, idle, it is reported), and it is ended. */
  private lost(worker: PrintWorker, err: unknown): void {
    if (worker.ending) return;
    if (worker.job) this.fail(worker.job, 'internal', err);
    else {
      this.onUnexpected('idle print worker', err);
      this.discard(worker);
    }
  }

  /** Fails a running job and ends its worker; an unexpected cause is reported (never the data printed). */
  private fail(job: Job, code: ErrorCode, cause?: unknown): void {
    if (job.status.state !== 'running') return;
    this.end(job, { ...job.status, state: 'failed', error: code }, 'discard');
    if (cause !== undefined) this.onUnexpected(`print job ${job.status.jobId} (${job.label})`, cause);
  }

  /** The job leaves 'running'; its worker, if it had one, waits for the next job or is ended. */
  private end(job: Job, status: PrintJobStatus, worker: 'reuse' | 'discard'): void {
    job.status = status;
    job.input = null;
    if (job.warmup) this.jobs.delete(job.status.jobId);
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    const w = job.worker;
    job.worker = null;
    if (w) {
      w.job = null;
      if (worker === 'reuse') this.park(w);
      else this.discard(w);
    }
    this.prune();
    this.pump();
  }

  /** Keeps a worker warm for the next job, for a while, without keeping the process alive for it. */
  private park(worker: PrintWorker): void {
    if (this.closed || worker.ending) {
      this.discard(worker);
      return;
    }
    worker.thread.unref();
    worker.idleTimer = setTimeout(() => this.discard(worker), this.idleTimeoutMs);
    worker.idleTimer.unref();
    this.idle.push(worker);
  }

  /** Ends a worker for good; it leaves the bookkeeping when its thread has exited. */
  private discard(worker: PrintWorker): void {
    if (worker.ending) return;
    worker.ending = true;
    this.leaveIdle(worker);
    void worker.thread.terminate();
  }

  private forget(worker: PrintWorker): void {
    worker.ending = true;
    this.leaveIdle(worker);
    this.workers.delete(worker);
  }

  private leaveIdle(worker: PrintWorker): void {
    if (worker.idleTimer) clearTimeout(worker.idleTimer);
    worker.idleTimer = null;
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((j) => j.status.state !== 'running');
    for (const j of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(j.status.jobId);
  }
}
