// The print worker (built as its own bundle, pdf-worker.cjs; see jobs.ts). It
// lives for many jobs: each `render` message from the main thread is one
// document, rendered from its snapshot with throttled progress, answered with
// the PDF bytes (transferred) or why it failed, every answer tagged with the
// job's id. Then it waits for the next job; the main thread ends it (idle
// timeout, cancel, close). Staying alive is the point: the fonts parsed, the
// modules loaded and the code compiled by one print serve the next, and
// startDocumentFonts (fonts.ts) keeps each document independent of the ones
// printed before it in this thread.
import { type MessagePort, parentPort, threadId } from 'node:worker_threads';
import { AppError } from '../../../shared/api/errors';
import { renderDocument } from './render';
import { describeError, parseWorkerJob, type WorkerJob, type WorkerMessage } from './worker-protocol';
import { PROGRESS_INTERVAL_MS, throttleProgress } from './worker-progress';

/** The bytes as an ArrayBuffer of their own, so it can be transferred without copying the rest of a pool. */
function ownArrayBuffer(bytes: Buffer): ArrayBuffer {
  const { buffer, byteOffset, byteLength } = bytes;
  if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength) return buffer;
  const copy = new ArrayBuffer(byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
}

async function render(port: MessagePort, { jobId, data, req, fontDir }: WorkerJob): Promise<void> {
  const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  try {
    const progress = throttleProgress((done, total) => post({ type: 'progress', jobId, done, total }), PROGRESS_INTERVAL_MS, () => performance.now());
    const { bytes, pages } = await renderDocument(data, { ...req, fontDir }, progress.report);
    progress.flush();
    const pdf = ownArrayBuffer(bytes);
    post({ type: 'done', jobId, pdf, pages, threadId }, [pdf]);
  } catch (err) {
    if (err instanceof AppError) post({ type: 'failed', jobId, code: err.code, error: null });
    else post({ type: 'failed', jobId, code: 'internal', error: describeError(err) });
  }
}

function serve(port: MessagePort): void {
  // The main thread sends the next job only after the answer to the last, but
  // renderDocument awaits the end of its output stream: should two jobs ever
  // arrive together, chaining keeps their documents from interleaving (the
  // shared fonts are reset per document, which assumes one at a time).
  let previous: Promise<void> = Promise.resolve();
  port.on('message', (raw: unknown) => {
    // A message that is not a job means the two ends disagree: throwing here
    // ends this worker, and the main thread fails the job it had sent.
    const job = parseWorkerJob(raw);
    previous = previous.then(() => render(port, job));
  });
}

if (!parentPort) throw new Error('pdf-worker.cjs runs as a worker thread started by PrintJobs, not on its own');
serve(parentPort);
