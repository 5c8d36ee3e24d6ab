// Print jobs render in a worker thread (the bundle built by the vitest global
// setup with scripts/build.mjs --pdf-worker): the calling thread keeps
// running while a long plan renders, progress only grows, the bytes are the
// very bytes an in-process render gives, and every way a worker can go wrong
// (crash, silent exit, a bad message, out of memory) fails its job alone.
// Workers are reused: a warm worker prints the next job byte for byte as a
// fresh one does, ends after its idle timeout, and never keeps a process alive.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId as mainThreadId } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { createContext, type RunMode } from '../../../electron/services/api/context';
import type { PrintJobStatus, PrintRequest } from '../../../shared/model/print';
import { importInterchange } from '../../../electron/services/interchange';
import { PrintJobs } from '../../../electron/services/pdf/jobs';
import { loadPrintData } from '../../../electron/services/pdf/print-data';
import { renderDocument } from '../../../electron/services/pdf/render';
import { PROGRESS_INTERVAL_MS, throttleProgress } from '../../../electron/services/pdf/worker-progress';
import { parseWorkerMessage } from '../../../electron/services/pdf/worker-protocol';
import type { Workspace } from '../../../electron/services/workspace/workspace';
import { syntheticPlan } from '../../fixtures/synthetic-plan';
import { type TempWorkspace, tempWorkspace } from '../../helpers/temp-workspace';

/** Large enough that a render takes about a second: long enough to watch. */
const BIG: PrintRequest = { annex: 'plan', lang: 'bilingual' };
const SMALL: PrintRequest = { annex: 'institutions', lang: 'sq' };

let tw: TempWorkspace;
let ws: Workspace;
let scripts: string;
const everyJobs: PrintJobs[] = [];

/** A PrintJobs whose unexpected failures are collected instead of logged. */
function printJobs(opts: ConstructorParameters<typeof PrintJobs>[0] = {}) {
  const reported: { what: string; err: unknown }[] = [];
  const jobs = new PrintJobs({ onUnexpected: (what, err) => reported.push({ what, err }), ...opts });
  everyJobs.push(jobs);
  return { jobs, reported };
}

/** A stand-in worker script (plain CommonJS) for the ways a worker can misbehave. */
function fakeWorker(name: string, body: string): string {
  const file = join(scripts, `${name}.cjs`);
  writeFileSync(file, `const { parentPort, threadId } = require('node:worker_threads');\n${body}\n`);
  return file;
}

/** A stand-in worker whose `body` runs for each job it is sent (`job`: the render message). */
function fakeJobWorker(name: string, body: string): string {
  return fakeWorker(name, `parentPort.on('message', (job) => {\n${body}\n});`);
}

/** What a fake worker posts as its PDF: only the header is checked. */
const FAKE_DONE = `parentPort.postMessage({ type: 'done', jobId: job.jobId, pdf: new TextEncoder().encode('%PDF-1.3 fake').buffer, pages: 1, threadId });`;

/** Workers of that PrintJobs not yet exited. */
const workers = (jobs: PrintJobs) => jobs.busyWorkers + jobs.idleWorkers;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until the job has left 'running', recording every status seen. */
async function settle(jobs: PrintJobs, jobId: string, seen: PrintJobStatus[] = [], every = 10): Promise<PrintJobStatus> {
  for (;;) {
    const s = jobs.status(jobId);
    seen.push(s);
    if (s.state !== 'running') return s;
    await sleep(every);
  }
}

beforeAll(async () => {
  scripts = mkdtempSync(join(tmpdir(), 'plani-fake-workers-'));
  tw = await tempWorkspace({ role: 'lfp', institution: 'MD' });
  ws = await tw.plani.context.workspace();
  await importInterchange(ws.store, syntheticPlan({ commitments: 60, owner: 'MD' }));
}, 60_000);

afterAll(async () => {
  for (const jobs of everyJobs) await jobs.close();
  await tw?.cleanup();
  rmSync(scripts, { recursive: true, force: true });
});

describe('print jobs in a worker thread', () => {
  it('renders in another thread while this one keeps running, with progress that only grows, and the same bytes as an in-process render', async () => {
    // In this thread the render blocks the event loop for about its whole duration.
    const data = await loadPrintData(ws);
    const inProcessStart = performance.now();
    const expected = await renderDocument(data, BIG);
    const inProcessMs = performance.now() - inProcessStart;

    const { jobs, reported } = printJobs();
    const started = performance.now();
    const first = await jobs.start(ws, BIG);
    expect(first).toMatchObject({ state: 'running', done: 0, pages: null, bytes: null, error: null });
    let last = performance.now();
    let maxGap = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
    }, 5);
    const seen: PrintJobStatus[] = [];
    const end = await settle(jobs, first.jobId, seen).finally(() => clearInterval(ticker));
    const elapsed = performance.now() - started;

    expect(reported).toEqual([]);
    expect(end).toMatchObject({ state: 'done', error: null, pages: expected.pages, bytes: expected.bytes.length });
    expect(end.total).toBeGreaterThan(0);
    expect(end.done).toBe(end.total);
    // The event loop here never stalled for long, where rendering here stalls it for the whole render.
    expect(inProcessMs).toBeGreaterThan(300);
    expect(maxGap).toBeLessThan(inProcessMs / 2);
    // The worker says which thread it rendered in: not this one.
    const diag = jobs.diagnostics(first.jobId);
    expect(diag.threadId).toBeGreaterThan(0);
    expect(diag.threadId).not.toBe(mainThreadId);
    // Progress was seen part-way, and never went back.
    expect(seen.some((s) => s.done > 0 && s.done < s.total)).toBe(true);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]!.done).toBeGreaterThanOrEqual(seen[i - 1]!.done);
      if (seen[i - 1]!.total > 0) expect(seen[i]!.total).toBe(seen[i - 1]!.total);
    }
    // Throttled: at most one message per interval, plus the final one.
    expect(diag.progressMessages).toBeGreaterThan(1);
    expect(diag.progressMessages).toBeLessThanOrEqual(Math.ceil(elapsed / PROGRESS_INTERVAL_MS) + 2);

    const result = jobs.result(first.jobId);
    expect(result.fileName).toBe('plan-2020-2022-plan-bilingual.pdf');
    expect(result.pages).toBe(expected.pages);
    expect(result.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Buffer.compare(result.bytes, expected.bytes)).toBe(0);
    // Its worker stays, idle, for the next job.
    expect(jobs.busyWorkers).toBe(0);
    expect(jobs.idleWorkers).toBe(1);
  }, 60_000);

  it('gives the result once, then forgets the job', async () => {
    const { jobs } = printJobs();
    const { jobId } = await jobs.start(ws, SMALL);
    expect((await settle(jobs, jobId)).state).toBe('done');
    expect(jobs.result(jobId).bytes.length).toBeGreaterThan(1000);
    expect(() => jobs.result(jobId)).toThrow(AppError);
    expect(() => jobs.status(jobId)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(jobs.size).toBe(0);
  });

  it('answers not-found for a job it does not know', async () => {
    const { jobs } = printJobs();
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(() => jobs.status(unknown)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => jobs.result(unknown)).toThrow(expect.objectContaining({ code: 'not-found' }));
    await expect(jobs.cancel(unknown)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses a component the cycle does not have before starting anything', async () => {
    const { jobs } = printJobs();
    await expect(jobs.start(ws, { annex: 'action-plan', lang: 'sq', component: 'no-such-component' })).rejects.toMatchObject({ code: 'unknown-component' });
    expect(jobs.size).toBe(0);
    expect(workers(jobs)).toBe(0);
  });

  it('cancels a rendering job: its worker is gone when cancel returns, and nothing moves afterwards', async () => {
    const { jobs, reported } = printJobs();
    const { jobId } = await jobs.start(ws, BIG);
    while (jobs.status(jobId).state === 'running' && jobs.status(jobId).done === 0) await sleep(5);
    expect(jobs.status(jobId).state).toBe('running');
    expect(jobs.busyWorkers).toBe(1);
    const cancelled = await jobs.cancel(jobId);
    expect(cancelled.state).toBe('cancelled');
    expect(workers(jobs)).toBe(0);
    const frozen = jobs.status(jobId);
    expect(frozen.state).toBe('cancelled');
    await sleep(200);
    expect(jobs.status(jobId)).toEqual(frozen);
    expect(() => jobs.result(jobId)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(reported).toEqual([]);
  }, 30_000);

  it('renders at most maxRunning jobs at once; the others wait their turn, and a waiting job can be cancelled before it starts', async () => {
    const { jobs } = printJobs({ maxRunning: 1 });
    const a = await jobs.start(ws, SMALL);
    const b = await jobs.start(ws, SMALL);
    const c = await jobs.start(ws, SMALL);
    expect(jobs.busyWorkers).toBe(1);
    expect(jobs.status(b.jobId)).toMatchObject({ state: 'running', done: 0, total: 0 });
    expect((await jobs.cancel(c.jobId)).state).toBe('cancelled');
    let most = 0;
    const watch = setInterval(() => (most = Math.max(most, workers(jobs))), 1);
    const ends = [await settle(jobs, a.jobId, [], 2), await settle(jobs, b.jobId, [], 2)];
    clearInterval(watch);
    expect(ends.map((s) => s.state)).toEqual(['done', 'done']);
    expect(most).toBe(1);
    expect(jobs.status(c.jobId).state).toBe('cancelled');
    expect(jobs.diagnostics(c.jobId).threadId).toBeNull();
    // One worker did both, one after the other.
    expect(jobs.diagnostics(b.jobId).threadId).toBe(jobs.diagnostics(a.jobId).threadId);
    // Same snapshot, same request: the same file.
    expect(Buffer.compare(jobs.result(a.jobId).bytes, jobs.result(b.jobId).bytes)).toBe(0);
  }, 30_000);

  it('close() terminates every worker, busy or idle, and refuses new starts', async () => {
    const { jobs } = printJobs({ maxRunning: 3 });
    const warm = await jobs.start(ws, SMALL);
    expect((await settle(jobs, warm.jobId)).state).toBe('done');
    expect(jobs.idleWorkers).toBe(1);
    const a = await jobs.start(ws, BIG); // takes the idle worker
    await jobs.start(ws, BIG);
    await jobs.start(ws, BIG);
    await jobs.start(ws, SMALL); // waiting: three already render
    expect(jobs.busyWorkers).toBe(3);
    expect(jobs.idleWorkers).toBe(0);
    await jobs.close();
    expect(workers(jobs)).toBe(0);
    expect(jobs.size).toBe(0);
    expect(() => jobs.status(a.jobId)).toThrow(AppError);
    await expect(jobs.start(ws, SMALL)).rejects.toThrow(/closed/);
  }, 30_000);
});

describe('a worker that goes wrong fails its job, reported but never silent', () => {
  /** Runs one job through a fake worker whose `body` answers it; a worker that failed its job is discarded. */
  async function failing(body: string, opts: ConstructorParameters<typeof PrintJobs>[0] = {}) {
    const { jobs, reported } = printJobs({ workerFile: fakeJobWorker(`w${everyJobs.length}`, body), ...opts });
    const { jobId } = await jobs.start(ws, SMALL);
    const end = await settle(jobs, jobId);
    await vi.waitFor(() => expect(jobs.busyWorkers).toBe(0));
    return { end, reported, jobs, jobId };
  }

  it('crashes while loading: failed, internal, the error reported', async () => {
    const { jobs, reported } = printJobs({ workerFile: fakeWorker('crash-on-load', `throw new Error('boom while loading');`) });
    const { jobId } = await jobs.start(ws, SMALL);
    expect(await settle(jobs, jobId)).toMatchObject({ state: 'failed', error: 'internal' });
    await vi.waitFor(() => expect(workers(jobs)).toBe(0));
    expect(reported).toHaveLength(1);
    expect(String(reported[0]!.err)).toContain('boom while loading');
  });

  it('crashes on its job: failed, internal, the error reported, the worker gone', async () => {
    const { end, reported, jobs } = await failing(`throw new Error('boom in the worker');`);
    expect(jobs.idleWorkers).toBe(0);
    expect(end).toMatchObject({ state: 'failed', error: 'internal', pages: null, bytes: null });
    expect(reported).toHaveLength(1);
    expect(reported[0]!.what).toMatch(/^print job [0-9a-f-]{36} \(institutions\/sq\)$/);
    expect(String(reported[0]!.err)).toContain('boom in the worker');
  });

  it('exits without a result: failed, internal, the exit reported', async () => {
    const { end, reported } = await failing(`parentPort.postMessage({ type: 'progress', jobId: job.jobId, done: 1, total: 4 }); process.exit(3);`);
    expect(end).toMatchObject({ state: 'failed', error: 'internal' });
    expect(String(reported[0]!.err)).toContain('exited (code 3) without a result');
  });

  it.each([
    ['a message of no known type', `{ type: 'hello', jobId: job.jobId }`],
    ['a message without its job id', `{ type: 'progress', done: 1, total: 4 }`],
    ['a message about another job', `{ type: 'progress', jobId: '00000000-0000-4000-8000-000000000000', done: 1, total: 4 }`],
    ['progress beyond its total', `{ type: 'progress', jobId: job.jobId, done: 5, total: 4 }`],
    ['a result that is not bytes', `{ type: 'done', jobId: job.jobId, pdf: 'JVBERi0=', pages: 1, threadId: 1 }`],
    ['bytes that are not a PDF', `{ type: 'done', jobId: job.jobId, pdf: new TextEncoder().encode('<html>').buffer, pages: 1, threadId: 1 }`],
    ['an error code that does not exist', `{ type: 'failed', jobId: job.jobId, code: 'kaput', error: null }`],
  ])('sends %s: failed, internal, the message refused, the worker discarded', async (_what, message) => {
    const { end, reported, jobs } = await failing(`parentPort.postMessage(${message});`);
    expect(end).toMatchObject({ state: 'failed', error: 'internal' });
    expect(String(reported[0]!.err)).toMatch(/unexpected message from the print worker|not a PDF/);
    await vi.waitFor(() => expect(workers(jobs)).toBe(0));
  });

  it('reports an expected refusal (an AppError code) as the job’s error, without logging it, and keeps the worker', async () => {
    const { end, reported, jobs } = await failing(`parentPort.postMessage({ type: 'failed', jobId: job.jobId, code: 'not-found', error: null });`);
    expect(end).toMatchObject({ state: 'failed', error: 'not-found' });
    expect(reported).toEqual([]);
    expect(jobs.idleWorkers).toBe(1);
  });

  it('an unexpected error in the render fails the job and discards the worker', async () => {
    const { end, reported, jobs } = await failing(
      `parentPort.postMessage({ type: 'failed', jobId: job.jobId, code: 'internal', error: { name: 'RangeError', message: 'render went wrong' } });`,
    );
    expect(end).toMatchObject({ state: 'failed', error: 'internal' });
    expect(String(reported[0]!.err)).toContain('render went wrong');
    await vi.waitFor(() => expect(workers(jobs)).toBe(0));
  });

  it('speaks while idle: the worker is discarded and reported, the finished job stays done', async () => {
    const { end, reported, jobs, jobId } = await failing(
      `${FAKE_DONE} setTimeout(() => parentPort.postMessage({ type: 'progress', jobId: job.jobId, done: 1, total: 1 }), 50);`,
    );
    expect(end.state).toBe('done');
    await vi.waitFor(() => expect(workers(jobs)).toBe(0));
    expect(reported).toHaveLength(1);
    expect(reported[0]!.what).toBe('idle print worker');
    expect(String(reported[0]!.err)).toMatch(/while idle/);
    expect(jobs.result(jobId).bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('runs out of its memory cap: the job fails, this process carries on', async () => {
    const { jobs, reported } = printJobs({ maxHeapMb: 8 });
    const { jobId } = await jobs.start(ws, BIG);
    const end = await settle(jobs, jobId);
    expect(end).toMatchObject({ state: 'failed', error: 'internal' });
    expect(String((reported[0]?.err as { code?: string })?.code ?? reported[0]?.err)).toMatch(/OUT_OF_MEMORY/);
    // And a job with the normal cap still prints.
    const { jobs: ok } = printJobs();
    const again = await ok.start(ws, SMALL);
    expect((await settle(ok, again.jobId)).state).toBe('done');
  }, 30_000);

  it('refuses to start when the worker bundle is missing, saying where it looked', async () => {
    const { jobs } = printJobs({ workerFile: join(scripts, 'missing.cjs') });
    await expect(jobs.start(ws, SMALL)).rejects.toThrow(/missing\.cjs is missing .*PLANI_PDF_WORKER/);
    expect(jobs.size).toBe(0);
  });
});

describe('warm workers', () => {
  it('a reused worker prints the same bytes as a fresh one, whatever it printed in between', async () => {
    const { jobs, reported } = printJobs({ maxRunning: 1 });
    const done = async (req: PrintRequest) => {
      const { jobId } = await jobs.start(ws, req);
      expect((await settle(jobs, jobId)).state).toBe('done');
      expect(jobs.busyWorkers).toBe(0);
      expect(jobs.idleWorkers).toBe(1);
      return { threadId: jobs.diagnostics(jobId).threadId, bytes: jobs.result(jobId).bytes };
    };
    const first = await done(BIG); // a fresh worker
    const between = await done({ annex: 'indicators', lang: 'en' });
    const again = await done(BIG); // the same worker, warm
    expect(first.threadId).toBeGreaterThan(0);
    expect(between.threadId).toBe(first.threadId);
    expect(again.threadId).toBe(first.threadId);
    expect(Buffer.compare(again.bytes, first.bytes)).toBe(0);
    expect(reported).toEqual([]);
  }, 60_000);

  it('ends an idle worker after its timeout, quietly; the next job starts a fresh one', async () => {
    const { jobs, reported } = printJobs({ idleTimeoutMs: 200 });
    const a = await jobs.start(ws, SMALL);
    expect((await settle(jobs, a.jobId)).state).toBe('done');
    const idleSince = performance.now();
    expect(jobs.idleWorkers).toBe(1);
    await vi.waitFor(() => expect(workers(jobs)).toBe(0), { timeout: 5_000, interval: 10 });
    expect(performance.now() - idleSince).toBeGreaterThanOrEqual(150);
    expect(reported).toEqual([]);
    const b = await jobs.start(ws, SMALL);
    expect((await settle(jobs, b.jobId)).state).toBe('done');
    expect(jobs.diagnostics(b.jobId).threadId).not.toBe(jobs.diagnostics(a.jobId).threadId);
    expect(Buffer.compare(jobs.result(b.jobId).bytes, jobs.result(a.jobId).bytes)).toBe(0);
  }, 30_000);

  it('cancelling a job on a reused worker ends that worker; the next job gets a fresh one and prints the same', async () => {
    const { jobs, reported } = printJobs();
    const a = await jobs.start(ws, SMALL);
    expect((await settle(jobs, a.jobId)).state).toBe('done');
    const warmThread = jobs.diagnostics(a.jobId).threadId;
    const big = await jobs.start(ws, BIG);
    expect(jobs.idleWorkers).toBe(0); // the warm worker took it
    while (jobs.status(big.jobId).state === 'running' && jobs.status(big.jobId).done === 0) await sleep(5);
    expect((await jobs.cancel(big.jobId)).state).toBe('cancelled');
    expect(workers(jobs)).toBe(0);
    const b = await jobs.start(ws, SMALL);
    expect((await settle(jobs, b.jobId)).state).toBe('done');
    expect(jobs.diagnostics(b.jobId).threadId).not.toBe(warmThread);
    expect(Buffer.compare(jobs.result(b.jobId).bytes, jobs.result(a.jobId).bytes)).toBe(0);
    expect(reported).toEqual([]);
  }, 30_000);

  it('a reused worker that crashes fails only its own job; the job beside it and the next ones print', async () => {
    // Crashes on English, answers anything else.
    const file = fakeJobWorker('crash-on-en', `if (job.req.lang === 'en') throw new Error('boom on the second job'); ${FAKE_DONE}`);
    const { jobs, reported } = printJobs({ workerFile: file, maxRunning: 2 });
    const a = await jobs.start(ws, SMALL);
    expect((await settle(jobs, a.jobId)).state).toBe('done');
    const warmThread = jobs.diagnostics(a.jobId).threadId;
    const crashing = await jobs.start(ws, { annex: 'institutions', lang: 'en' }); // takes the warm worker
    const beside = await jobs.start(ws, SMALL); // a second, fresh worker
    expect(await settle(jobs, crashing.jobId)).toMatchObject({ state: 'failed', error: 'internal' });
    expect((await settle(jobs, beside.jobId)).state).toBe('done');
    const besideThread = jobs.diagnostics(beside.jobId).threadId;
    expect(besideThread).not.toBe(warmThread);
    await vi.waitFor(() => expect(workers(jobs)).toBe(1));
    const next = await jobs.start(ws, SMALL);
    expect((await settle(jobs, next.jobId)).state).toBe('done');
    expect(jobs.diagnostics(next.jobId).threadId).toBe(besideThread);
    expect(reported).toHaveLength(1);
    expect(reported[0]!.what).toBe(`print job ${crashing.jobId} (institutions/en)`);
    expect(String(reported[0]!.err)).toContain('boom on the second job');
  });

  it('an idle worker does not keep a process alive: a script that prints and never calls close() exits', async () => {
    const ROOT = join(__dirname, '..', '..', '..');
    const child = join(scripts, 'print-and-leave.ts');
    // Default idle timeout (60 s): the script must end long before it.
    writeFileSync(
      child,
      [
        `import { PrintJobs } from ${JSON.stringify(join(ROOT, 'electron', 'services', 'pdf', 'jobs.ts'))};`,
        `import { openWorkspace } from ${JSON.stringify(join(ROOT, 'electron', 'services', 'workspace', 'workspace.ts'))};`,
        `async function main() {`,
        `  const ws = await openWorkspace(process.argv[2]!);`,
        `  const jobs = new PrintJobs();`,
        `  const { jobId } = await jobs.start(ws, { annex: 'institutions', lang: 'sq' });`,
        `  while (jobs.status(jobId).state === 'running') await new Promise((r) => setTimeout(r, 10));`,
        `  const { bytes } = jobs.result(jobId);`,
        `  await ws.store.close();`,
        `  console.log(JSON.stringify({ bytes: bytes.length, idle: jobs.idleWorkers }));`,
        `}`,
        `void main();`,
      ].join('\n'),
    );
    const proc = spawn(process.execPath, ['--import', 'tsx', child, tw.dir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.on('data', (c: Buffer) => (out += c.toString()));
    proc.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const guard = setTimeout(() => proc.kill('SIGKILL'), 30_000);
      proc.once('exit', (c) => {
        clearTimeout(guard);
        resolve(c);
      });
    });
    expect(code, err).toBe(0);
    expect(JSON.parse(out.trim())).toMatchObject({ bytes: expect.any(Number), idle: 1 });
  }, 40_000);
});

describe('where the worker comes from', () => {
  it('is PLANI_PDF_WORKER for the CLI and browser mode, but always the bundle beside the desktop app’s own code', async () => {
    const ROOT = join(__dirname, '..', '..', '..');
    const override = process.env.PLANI_PDF_WORKER;
    expect(override).toMatch(/pdf-worker\.cjs$/); // set by the global setup
    const ctxFor = (mode: RunMode) => createContext({ mode, appVersion: 'test', workspaceDir: join(scripts, 'no-ws'), keyringDir: join(scripts, 'no-keyring') });
    const [browser, desktop] = [ctxFor('browser'), ctxFor('electron')];
    expect(browser.printJobs.workerFile).toBe(override);
    expect(desktop.printJobs.workerFile).toBe(join(ROOT, 'electron', 'services', 'pdf', 'pdf-worker.cjs'));
    await browser.close();
    await desktop.close();
  });
});

describe('the worker protocol', () => {
  it('throttles progress to one report per interval, always passing the final one and never the same twice', () => {
    let now = 0;
    const sent: [number, number][] = [];
    const p = throttleProgress((d, t) => sent.push([d, t]), 50, () => now);
    p.report(1, 10); // first: at once
    now = 10;
    p.report(2, 10); // held
    now = 20;
    p.report(3, 10); // held, replaces 2
    now = 60;
    p.report(4, 10); // 60 ms after the first: sent
    now = 70;
    p.report(10, 10); // final: at once
    p.report(10, 10); // the same again: not sent
    p.flush(); // nothing held
    expect(sent).toEqual([
      [1, 10],
      [4, 10],
      [10, 10],
    ]);
    now = 71;
    const q: [number, number][] = [];
    const p2 = throttleProgress((d, t) => q.push([d, t]), 50, () => now);
    p2.report(1, 5);
    p2.report(2, 5);
    p2.flush();
    expect(q).toEqual([
      [1, 5],
      [2, 5],
    ]);
  });

  it('accepts what a worker sends about its job and refuses anything else', () => {
    const pdf = new TextEncoder().encode('%PDF-1.3 …').buffer;
    const jobId = '6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f';
    const other = '00000000-0000-4000-8000-000000000000';
    expect(parseWorkerMessage({ type: 'progress', jobId, done: 2, total: 3 }, jobId)).toEqual({ ok: true, message: { type: 'progress', jobId, done: 2, total: 3 } });
    expect(parseWorkerMessage({ type: 'done', jobId, pdf, pages: 1, threadId: 3 }, jobId).ok).toBe(true);
    expect(parseWorkerMessage({ type: 'failed', jobId, code: 'internal', error: { name: 'Error', message: 'x' } }, jobId).ok).toBe(true);
    for (const bad of [
      null,
      'done',
      { type: 'progress', done: 1, total: 3 },
      { type: 'progress', jobId: 'job-1', done: 1, total: 3 },
      { type: 'progress', jobId, done: -1, total: 3 },
      { type: 'progress', jobId, done: 1.5, total: 3 },
      { type: 'progress', jobId, done: 1, total: 3, extra: 1 },
      { type: 'done', jobId, pdf, pages: 1, threadId: 0 },
    ]) {
      expect(parseWorkerMessage(bad, jobId).ok).toBe(false);
    }
    // Well formed, but about another job, or from a worker that was given none.
    expect(parseWorkerMessage({ type: 'progress', jobId: other, done: 1, total: 3 }, jobId)).toMatchObject({ ok: false, problem: expect.stringContaining(`about job ${other}`) });
    expect(parseWorkerMessage({ type: 'done', jobId, pdf, pages: 1, threadId: 3 }, null)).toMatchObject({ ok: false, problem: expect.stringContaining('while idle') });
  });
});
