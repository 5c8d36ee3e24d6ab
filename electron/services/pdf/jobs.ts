// Print jobs: a PDF is rendered while the app keeps answering. The calling
// thread (Electron's main process, browser mode's server) does only the quick
// part: one read transaction for the snapshot, the font folder, the file
// name. Rendering (0.1–10 s of pdfkit) runs in a worker thread, one per job,
// so IPC never freezes; the status is polled for progress and the bytes are
// fetched once.
//
// At most `maxRunning` workers render at once (default 2, one per core of the
// build machine); further jobs wait in a first-come queue and report
// 'running' with 0 of 0 until their turn: every start is accepted, none is
// refused for being busy.
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../../shared/api/errors';
import type { PrintJobStatus, PrintRequest } from '../../../shared/model/print';
import type { Workspace } from '../workspace/workspace';
import { resolveFonts } from './fonts';
import { hasComponent, loadPrintData } from './print-data';
import { printFileName } from './render';
import { errorFromDescription, parseWorkerMessage, WORKER_FILE_NAME, type WorkerInput, type WorkerMessage } from './worker-protocol';

export interface PrintJobsOptions {
  /** The worker bundle. Default: $PLANI_PDF_WORKER, else pdf-worker.cjs beside the running bundle. */
  workerFile?: string;
  /** Workers rendering at the same time; later jobs wait their turn. */
  maxRunning?: number;
  /** Heap cap of one worker: a runaway job fails alone instead of taking the app down. */
  maxHeapMb?: number;
  /** Folder of the Noto Sans files; default: resolveFonts (next to the app). */
  fontDir?: string;
  /** Where unexpected failures (a worker crash, a bad message) are reported; the caller only sees 'internal'. */
  onUnexpected?: (what: string, err: unknown) => void;
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
  input: WorkerInput | null;
  worker: Worker | null;
  /** Settles when the job's worker has exited. */
  gone: Promise<void> | null;
  result: Buffer | null;
  diagnostics: JobDiagnostics;
}

/** Finished jobs kept for fetching; older ones are dropped first. */
const KEEP_FINISHED = 4;
export const DEFAULT_MAX_RUNNING = 2;
export const DEFAULT_MAX_HEAP_MB = 1024;

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
  /** Jobs whose worker has not exited yet (running, or just finished). */
  private readonly live = new Set<Job>();
  readonly workerFile: string;
  private readonly maxRunning: number;
  private readonly maxHeapMb: number;
  private readonly onUnexpected: (what: string, err: unknown) => void;
  private fontDir: string | undefined;
  private closed = false;

  constructor(opts: PrintJobsOptions = {}) {
    this.workerFile = opts.workerFile ?? defaultWorkerFile();
    this.maxRunning = Math.max(1, opts.maxRunning ?? DEFAULT_MAX_RUNNING);
    this.maxHeapMb = opts.maxHeapMb ?? DEFAULT_MAX_HEAP_MB;
    this.fontDir = opts.fontDir;
    this.onUnexpected = opts.onUnexpected ?? ((what, err) => console.error(`[plani] ${what} failed:`, err));
  }

  async start(ws: Workspace, req: PrintRequest): Promise<PrintJobStatus> {
    if (this.closed) throw new Error('print jobs are closed');
    // Checked before anything is read so a missing build fails the start
    // itself, not a job that would then fail with no explanation.
    if (!existsSync(this.workerFile)) {
      throw new Error(`the PDF worker ${this.workerFile} is missing (build it with npm run build, or set PLANI_PDF_WORKER)`);
    }
    const fontDir = (this.fontDir ??= dirname(resolveFonts().regular));
    const data = await loadPrintData(ws);
    if (req.component !== undefined && !hasComponent(data, req.component)) {
      throw new AppError('not-found', { params: { id: req.component } });
    }
    if (this.closed) throw new Error('print jobs are closed');
    const jobId = randomUUID();
    const job: Job = {
      status: { jobId, state: 'running', done: 0, total: 0, pages: null, bytes: null, error: null },
      fileName: printFileName(data, req.annex, req.lang, req.component),
      label: `${req.annex}/${req.lang}${req.component ? `/${req.component}` : ''}`,
      input: { data, req, fontDir },
      worker: null,
      gone: null,
      result: null,
      diagnostics: { threadId: null, progressMessages: 0 },
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
   * Stops a waiting or rendering job: its worker is terminated before this
   * returns, and the job stays visible as 'cancelled' (to another poller)
   * until pruned. A job that already ended is forgotten, its PDF discarded.
   */
  async cancel(jobId: string): Promise<PrintJobStatus> {
    const job = this.get(jobId);
    if (job.status.state !== 'running') {
      this.jobs.delete(jobId);
      return { ...job.status };
    }
    this.end(job, { ...job.status, state: 'cancelled' });
    await job.gone;
    return { ...job.status };
  }

  /** Terminates every worker and forgets every job; starts are refused afterwards. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.jobs.values()) {
      if (job.status.state === 'running') this.end(job, { ...job.status, state: 'cancelled' });
    }
    const exiting = [...this.live].map((job) => {
      void job.worker?.terminate();
      return job.gone;
    });
    await Promise.all(exiting);
    this.jobs.clear();
  }

  /** Workers not yet exited. */
  get activeWorkers(): number {
    return this.live.size;
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

  /** Starts waiting jobs while there is room. */
  private pump(): void {
    while (!this.closed && this.live.size < this.maxRunning) {
      const job = this.queue.shift();
      if (!job) return;
      if (job.status.state === 'running') this.launch(job);
    }
  }

  private launch(job: Job): void {
    const input = job.input;
    job.input = null;
    let worker: Worker;
    try {
      worker = new Worker(this.workerFile, {
        workerData: input,
        resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb },
        // The parent's flags (a test runner's loader, Electron's switches)
        // are not the worker's business, and some are refused in workers.
        execArgv: [],
      });
    } catch (err) {
      this.fail(job, 'internal', err);
      return;
    }
    job.worker = worker;
    this.live.add(job);
    job.gone = new Promise((resolve) => {
      worker.once('exit', (code) => {
        this.live.delete(job);
        job.worker = null;
        if (job.status.state === 'running') this.fail(job, 'internal', new Error(`the print worker exited (code ${code}) without a result`));
        resolve();
        this.pump();
      });
    });
    worker.on('message', (raw: unknown) => this.receive(job, raw));
    worker.on('error', (err) => this.fail(job, 'internal', err));
    worker.on('messageerror', (err) => this.fail(job, 'internal', err));
  }

  private receive(job: Job, raw: unknown): void {
    if (job.status.state !== 'running') return;
    const parsed = parseWorkerMessage(raw);
    if (!parsed.ok) {
      this.fail(job, 'internal', new Error(parsed.problem));
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
        this.end(job, { ...job.status, state: 'done', done: job.status.total, pages: message.pages, bytes: job.result.length });
        return;
      }
      case 'failed': {
        this.fail(job, message.code, message.error ? errorFromDescription(message.error) : undefined);
        return;
      }
    }
  }

  /** Fails a running job; an unexpected cause is reported (never the data printed), an AppError's code is just the outcome. */
  private fail(job: Job, code: ErrorCode, cause?: unknown): void {
    if (job.status.state !== 'running') return;
    this.end(job, { ...job.status, state: 'failed', error: code });
    if (cause !== undefined) this.onUnexpected(`print job ${job.status.jobId} (${job.label})`, cause);
  }

  /** The job leaves 'running': its worker, if any, is told to stop (a finished one is ending anyway). */
  private end(job: Job, status: PrintJobStatus): void {
    job.status = status;
    job.input = null;
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    void job.worker?.terminate();
    this.prune();
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((j) => j.status.state !== 'running');
    for (const j of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(j.status.jobId);
  }
}
