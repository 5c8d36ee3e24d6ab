// Print jobs: a PDF is rendered while the window keeps working. A job reads
// the workspace once (a quick transaction, here), then renders from that
// snapshot; its status is polled for progress and its bytes fetched once.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/errors';
import type { PrintJobStatus, PrintRequest } from '../../../shared/model/print';
import type { Workspace } from '../workspace/workspace';
import { loadPrintData } from './print-data';
import { printFileName, renderDocument } from './render';

interface Job {
  status: PrintJobStatus;
  fileName: string;
  result: Buffer | null;
}

/** Finished jobs kept for fetching; older ones are dropped first. */
const KEEP_FINISHED = 4;

export class PrintJobs {
  private readonly jobs = new Map<string, Job>();

  async start(ws: Workspace, req: PrintRequest): Promise<PrintJobStatus> {
    const data = await loadPrintData(ws);
    const jobId = randomUUID();
    const job: Job = {
      status: { jobId, state: 'running', done: 0, total: 0, pages: null, bytes: null, error: null },
      fileName: printFileName(data, req.annex, req.lang, req.component),
      result: null,
    };
    this.jobs.set(jobId, job);
    this.prune();
    renderDocument(data, req, (done, total) => {
      if (job.status.state === 'running') job.status = { ...job.status, done, total };
    }).then(
      ({ bytes, pages }) => {
        if (job.status.state !== 'running') return;
        job.result = bytes;
        job.status = { ...job.status, state: 'done', pages, bytes: bytes.length, done: job.status.total };
      },
      (err: unknown) => {
        if (job.status.state !== 'running') return;
        job.status = { ...job.status, state: 'failed', error: err instanceof AppError ? err.code : 'internal' };
      },
    );
    return job.status;
  }

  status(jobId: string): PrintJobStatus {
    return this.get(jobId).status;
  }

  /** The PDF of a finished job; the job is forgotten once fetched. */
  result(jobId: string): { fileName: string; bytes: Buffer; pages: number } {
    const job = this.get(jobId);
    if (job.status.state !== 'done' || !job.result) throw new AppError('not-found', { params: { id: jobId } });
    this.jobs.delete(jobId);
    return { fileName: job.fileName, bytes: job.result, pages: job.status.pages ?? 0 };
  }

  cancel(jobId: string): PrintJobStatus {
    const job = this.get(jobId);
    if (job.status.state === 'running') job.status = { ...job.status, state: 'cancelled' };
    this.jobs.delete(jobId);
    return job.status;
  }

  async close(): Promise<void> {
    for (const id of [...this.jobs.keys()]) this.cancel(id);
  }

  private get(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job) throw new AppError('not-found', { params: { id: jobId } });
    return job;
  }

  private prune() {
    const finished = [...this.jobs.values()].filter((j) => j.status.state !== 'running');
    for (const j of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(j.status.jobId);
  }
}
