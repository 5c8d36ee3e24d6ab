// The print worker (built as its own bundle, pdf-worker.cjs; see jobs.ts):
// renders one document from the snapshot in workerData and posts throttled
// progress, then the PDF bytes (transferred) or why it failed. One worker per
// job; it ends by itself once its answer is posted.
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/api/errors';
import { renderDocument } from './render';
import { describeError, parseWorkerInput, type WorkerMessage } from './worker-protocol';
import { PROGRESS_INTERVAL_MS, throttleProgress } from './worker-progress';

/** The bytes as an ArrayBuffer of their own, so it can be transferred without copying the rest of a pool. */
function ownArrayBuffer(bytes: Buffer): ArrayBuffer {
  const { buffer, byteOffset, byteLength } = bytes;
  if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength) return buffer;
  const copy = new ArrayBuffer(byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
}

async function run(port: NonNullable<typeof parentPort>): Promise<void> {
  const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  try {
    const { data, req, fontDir } = parseWorkerInput(workerData);
    const progress = throttleProgress((done, total) => post({ type: 'progress', done, total }), PROGRESS_INTERVAL_MS, () => performance.now());
    const { bytes, pages } = await renderDocument(data, { ...req, fontDir }, progress.report);
    progress.flush();
    const pdf = ownArrayBuffer(bytes);
    post({ type: 'done', pdf, pages, threadId }, [pdf]);
  } catch (err) {
    if (err instanceof AppError) post({ type: 'failed', code: err.code, error: null });
    else post({ type: 'failed', code: 'internal', error: describeError(err) });
  }
}

if (!parentPort) throw new Error('pdf-worker.cjs runs as a worker thread started by PrintJobs, not on its own');
void run(parentPort);
