// What the main thread and a print worker say to each other. A worker renders
// many jobs in its life, one after another: the main thread posts one `render`
// message (the job id, the snapshot, the request, the font folder) and posts
// the next only once the worker has answered. The worker answers with progress
// messages and then exactly one `done` or `failed`, each tagged with the id of
// the job it is about. Both ends use this module, and the main thread parses
// every message it receives: a worker is code we run, but a bad message (or
// one about another job) must fail its job and end that worker, never the app.
import { z } from 'zod';
import { ErrorCode } from '../../../shared/api/errors';
import { PrintRequest } from '../../../shared/model/print';
import type { PrintData } from './print-data';

/** File name of the worker bundle, beside the bundle that starts it (scripts/build.mjs). */
export const WORKER_FILE_NAME = 'pdf-worker.cjs';

export interface WorkerJob {
  type: 'render';
  jobId: string;
  data: PrintData;
  req: PrintRequest;
  /** Resolved by the main thread: a worker has no process.resourcesPath under Electron. */
  fontDir: string;
}

const isArrayBuffer = (v: unknown): v is ArrayBuffer => Object.prototype.toString.call(v) === '[object ArrayBuffer]';
const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null;

const JobId = z.uuid();

// The snapshot is only checked for its shape at the top: it was made by
// loadPrintData in the same process a moment ago and can be tens of MB.
const WorkerJobSchema = z.strictObject({
  type: z.literal('render'),
  jobId: JobId,
  data: z.custom<PrintData>((v) => isObject(v) && 'cycle' in v && 'commitments' in v, { message: 'not a print snapshot' }),
  req: PrintRequest,
  fontDir: z.string().min(1),
});

/** In the worker: the job the main thread sent, or a throw (the protocol is broken; the worker should die). */
export function parseWorkerJob(raw: unknown): WorkerJob {
  return WorkerJobSchema.parse(raw);
}

const Count = z.int().min(0);

/** An unexpected error, described for the main thread's log (never the data printed). */
export const ErrorDescription = z.strictObject({ name: z.string(), message: z.string(), stack: z.string().optional() });
export type ErrorDescription = z.infer<typeof ErrorDescription>;

export const WorkerMessage = z.discriminatedUnion('type', [
  z
    .strictObject({ type: z.literal('progress'), jobId: JobId, done: Count, total: Count })
    .refine((m) => m.done <= m.total, { message: 'done exceeds total' }),
  z.strictObject({
    type: z.literal('done'),
    jobId: JobId,
    /** The PDF, transferred (not copied) to the main thread. */
    pdf: z.custom<ArrayBuffer>(isArrayBuffer, { message: 'not an ArrayBuffer' }),
    pages: Count,
    /** The worker's own thread id (never 0, the main thread's), for diagnostics. */
    threadId: z.int().min(1),
  }),
  z.strictObject({
    type: z.literal('failed'),
    jobId: JobId,
    /** An AppError's code (e.g. not-found), or 'internal' with `error` set for the log. */
    code: ErrorCode,
    error: ErrorDescription.nullable(),
  }),
]);
export type WorkerMessage = z.infer<typeof WorkerMessage>;

export type ParsedMessage = { ok: true; message: WorkerMessage } | { ok: false; problem: string };

/**
 * A message from a worker, accepted only if it is well formed and about
 * `expectedJobId`, the job that worker is rendering (null while it is idle:
 * then nothing is expected from it at all).
 */
export function parseWorkerMessage(raw: unknown, expectedJobId: string | null): ParsedMessage {
  const parsed = WorkerMessage.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    return { ok: false, problem: `unexpected message from the print worker (${where})` };
  }
  if (parsed.data.jobId !== expectedJobId) {
    const expected = expectedJobId === null ? 'while idle' : `instead of one about job ${expectedJobId}`;
    return { ok: false, problem: `unexpected message from the print worker (about job ${parsed.data.jobId}, ${expected})` };
  }
  if (parsed.data.type === 'done' && !startsWithPdfHeader(parsed.data.pdf)) {
    return { ok: false, problem: 'the print worker returned bytes that are not a PDF' };
  }
  return { ok: true, message: parsed.data };
}

const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
function startsWithPdfHeader(buf: ArrayBuffer): boolean {
  const head = new Uint8Array(buf, 0, Math.min(buf.byteLength, PDF_HEADER.length));
  return head.length === PDF_HEADER.length && PDF_HEADER.every((b, i) => head[i] === b);
}

export function describeError(err: unknown): ErrorDescription {
  if (err instanceof Error) return { name: err.name, message: err.message, ...(err.stack ? { stack: err.stack } : {}) };
  return { name: 'Error', message: String(err) };
}

/** The worker's error as an Error again, so the main thread's log shows its own stack. */
export function errorFromDescription(d: ErrorDescription): Error {
  const err = new Error(d.message);
  err.name = d.name;
  if (d.stack) err.stack = d.stack;
  return err;
}
