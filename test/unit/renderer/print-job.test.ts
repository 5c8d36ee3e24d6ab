// The Print screen's job: the reducer (what the screen shows for each event,
// in any order) and the runner (which API calls are made, when, and that a
// cancelled or abandoned job is always dropped on the service).
import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../shared/api/result';
import type { PrintJobStatus, PrintRequest } from '../../../shared/model/print';
import { PrintJobRunner, type PrintApi, type Timers } from '../../../renderer/src/print/job-runner';
import { IDLE, activeJobId, isBusy, printJobReducer, progressValue, type PrintJobEvent, type PrintJobState } from '../../../renderer/src/print/job-state';

const JOB = '11111111-2222-4333-8444-555555555555';
const OTHER = '99999999-2222-4333-8444-555555555555';
const REQ: PrintRequest = { annex: 'plan', lang: 'bilingual' };
const status = (over: Partial<PrintJobStatus> = {}): PrintJobStatus => ({
  jobId: JOB,
  state: 'running',
  done: 0,
  total: 0,
  pages: null,
  bytes: null,
  error: null,
  ...over,
});
const run = (events: PrintJobEvent[], from: PrintJobState = IDLE) => events.reduce(printJobReducer, from);
const file = { fileName: 'plan.pdf', bytes: new Uint8Array([37, 80, 68, 70]), pages: 3 };

describe('print job state', () => {
  it('goes start → running with progress → fetching → ready', () => {
    const running = run([{ type: 'start', request: REQ, ticket: 1 }, { type: 'started', ticket: 1, status: status() }]);
    expect(running).toMatchObject({ phase: 'running', jobId: JOB, done: 0, total: 0 });
    expect(progressValue(running)).toBeUndefined(); // total unknown: an indeterminate bar
    const half = printJobReducer(running, { type: 'status', status: status({ done: 5, total: 10 }) });
    expect(progressValue(half)).toBe(0.5);
    const fetching = printJobReducer(half, { type: 'status', status: status({ state: 'done', done: 10, total: 10, pages: 3, bytes: 4 }) });
    expect(fetching).toMatchObject({ phase: 'fetching', jobId: JOB });
    expect(progressValue(fetching)).toBe(1);
    expect(activeJobId(fetching)).toBe(JOB);
    const ready = printJobReducer(fetching, { type: 'fetched', jobId: JOB, file });
    expect(ready).toEqual({ phase: 'ready', request: REQ, file });
    expect(isBusy(ready)).toBe(false);
    expect(activeJobId(ready)).toBeNull();
  });

  it('ignores what belongs to another job or an earlier attempt', () => {
    const starting = run([{ type: 'start', request: REQ, ticket: 2 }]);
    expect(printJobReducer(starting, { type: 'started', ticket: 1, status: status() })).toBe(starting);
    expect(printJobReducer(starting, { type: 'error', ticket: 1, error: { code: 'internal' } })).toBe(starting);
    const running = printJobReducer(starting, { type: 'started', ticket: 2, status: status() });
    expect(printJobReducer(running, { type: 'status', status: status({ jobId: OTHER, done: 3, total: 4 }) })).toBe(running);
    expect(printJobReducer(running, { type: 'error', jobId: OTHER, error: { code: 'internal' } })).toBe(running);
    expect(printJobReducer(running, { type: 'fetched', jobId: JOB, file })).toBe(running); // not fetching yet
  });

  it('never moves the bar backwards when answers arrive out of order', () => {
    const at7 = run([{ type: 'start', request: REQ, ticket: 1 }, { type: 'started', ticket: 1, status: status({ done: 7, total: 10 }) }]);
    expect(printJobReducer(at7, { type: 'status', status: status({ done: 4, total: 10 }) })).toBe(at7);
  });

  it('a second Generate while one is under way changes nothing', () => {
    const starting = run([{ type: 'start', request: REQ, ticket: 1 }]);
    expect(printJobReducer(starting, { type: 'start', request: { ...REQ, lang: 'sq' }, ticket: 2 })).toBe(starting);
  });

  it('cancel ends a job in any busy phase; a late status or result after it changes nothing', () => {
    for (const events of [
      [{ type: 'start', request: REQ, ticket: 1 }],
      [{ type: 'start', request: REQ, ticket: 1 }, { type: 'started', ticket: 1, status: status() }],
      [{ type: 'start', request: REQ, ticket: 1 }, { type: 'started', ticket: 1, status: status({ state: 'done' }) }],
    ] satisfies PrintJobEvent[][]) {
      const cancelled = run([...events, { type: 'cancel' }]);
      expect(cancelled).toEqual({ phase: 'cancelled', request: REQ });
      expect(run([{ type: 'status', status: status({ state: 'done' }) }, { type: 'fetched', jobId: JOB, file }], cancelled)).toBe(cancelled);
    }
    expect(printJobReducer(IDLE, { type: 'cancel' })).toBe(IDLE);
  });

  it('a job the service reports failed shows its error code; an unknown code reads as internal', () => {
    const running = run([{ type: 'start', request: REQ, ticket: 1 }, { type: 'started', ticket: 1, status: status() }]);
    expect(printJobReducer(running, { type: 'status', status: status({ state: 'failed', error: 'not-found' }) })).toEqual({
      phase: 'failed',
      request: REQ,
      error: { code: 'not-found' },
    });
    expect(printJobReducer(running, { type: 'status', status: status({ state: 'failed', error: 'printer-on-fire' }) })).toMatchObject({ error: { code: 'internal' } });
    expect(printJobReducer(running, { type: 'status', status: status({ state: 'cancelled' }) })).toEqual({ phase: 'cancelled', request: REQ });
  });
});

/** A fake service: every call is recorded and answered when the test says so. */
function fakeApi() {
  const calls: { method: string; input: unknown; resolve(r: Result<unknown>): void }[] = [];
  const method =
    (name: string) =>
    (input: unknown): Promise<Result<unknown>> =>
      new Promise<Result<unknown>>((resolve) => calls.push({ method: name, input, resolve }));
  const api = {
    'pdf.start': method('pdf.start'),
    'pdf.status': method('pdf.status'),
    'pdf.result': method('pdf.result'),
    'pdf.cancel': method('pdf.cancel'),
  } as unknown as PrintApi;
  const pending = (name: string) => calls.filter((c) => c.method === name);
  /** Answers the oldest unanswered call of that method. */
  const answer = async (name: string, r: Result<unknown>) => {
    const call = pending(name).shift();
    if (!call) throw new Error(`no ${name} call to answer`);
    calls.splice(calls.indexOf(call), 1);
    call.resolve(r);
    await flush();
  };
  return { api, calls, pending, answer };
}

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

function fakeTimers() {
  let next: (() => void) | null = null;
  const timers: Timers = {
    setTimeout: (fn) => ((next = fn), 1),
    clearTimeout: () => (next = null),
  };
  const tick = async () => {
    const fn = next;
    next = null;
    fn?.();
    await flush();
  };
  return { timers, tick, armed: () => next !== null };
}

function setup() {
  const fake = fakeApi();
  const clock = fakeTimers();
  const events: PrintJobEvent[] = [];
  const runner = new PrintJobRunner(fake.api, (e) => events.push(e), clock.timers, 200);
  const state = () => run(events);
  return { ...fake, ...clock, events, runner, state };
}

describe('print job runner', () => {
  it('starts, polls until done, fetches the file and decodes it', async () => {
    const s = setup();
    expect(s.runner.generate(REQ)).toBe(true);
    expect(s.pending('pdf.start')[0]!.input).toEqual(REQ);
    await s.answer('pdf.start', { ok: true, value: status() });
    expect(s.state()).toMatchObject({ phase: 'running' });
    expect(s.pending('pdf.status')).toHaveLength(0); // not before the poll interval
    await s.tick();
    await s.answer('pdf.status', { ok: true, value: status({ done: 3, total: 9 }) });
    expect(s.state()).toMatchObject({ phase: 'running', done: 3, total: 9 });
    await s.tick();
    await s.answer('pdf.status', { ok: true, value: status({ state: 'done', done: 9, total: 9, pages: 2, bytes: 4 }) });
    expect(s.state()).toMatchObject({ phase: 'fetching' });
    expect(s.armed()).toBe(false); // no more polling
    await s.answer('pdf.result', { ok: true, value: { fileName: 'plan.pdf', dataBase64: 'JVBERi0=', pages: 2, bytes: 5 } });
    const ready = s.state();
    expect(ready.phase).toBe('ready');
    if (ready.phase === 'ready') expect(Buffer.from(ready.file.bytes).toString('latin1')).toBe('%PDF-');
    expect(s.runner.busy).toBe(false);
    expect(s.pending('pdf.cancel')).toHaveLength(0);
  });

  it('refuses a second Generate while one is under way', async () => {
    const s = setup();
    s.runner.generate(REQ);
    expect(s.runner.generate({ ...REQ, lang: 'en' })).toBe(false);
    expect(s.pending('pdf.start')).toHaveLength(1);
  });

  it('Cancel while running stops polling and drops the job on the service', async () => {
    const s = setup();
    s.runner.generate(REQ);
    await s.answer('pdf.start', { ok: true, value: status() });
    s.runner.cancel();
    expect(s.state()).toEqual({ phase: 'cancelled', request: REQ });
    expect(s.pending('pdf.cancel').map((c) => c.input)).toEqual([{ jobId: JOB }]);
    expect(s.armed()).toBe(false);
    expect(s.runner.busy).toBe(false);
  });

  it('Cancel before pdf.start answers drops the job once the service names it', async () => {
    const s = setup();
    s.runner.generate(REQ);
    s.runner.cancel();
    expect(s.pending('pdf.cancel')).toHaveLength(0); // no id to cancel yet
    await s.answer('pdf.start', { ok: true, value: status() });
    expect(s.pending('pdf.cancel').map((c) => c.input)).toEqual([{ jobId: JOB }]);
    expect(s.state()).toEqual({ phase: 'cancelled', request: REQ });
    expect(s.armed()).toBe(false);
  });

  it('a status answer that arrives after Cancel is ignored', async () => {
    const s = setup();
    s.runner.generate(REQ);
    await s.answer('pdf.start', { ok: true, value: status() });
    await s.tick();
    s.runner.cancel();
    await s.answer('pdf.status', { ok: true, value: status({ state: 'done', done: 4, total: 4 }) });
    expect(s.state()).toEqual({ phase: 'cancelled', request: REQ });
    expect(s.pending('pdf.result')).toHaveLength(0);
  });

  it('leaving the screen while the file is being fetched drops the job, quietly', async () => {
    const s = setup();
    s.runner.generate(REQ);
    await s.answer('pdf.start', { ok: true, value: status({ state: 'done', done: 1, total: 1 }) });
    expect(s.pending('pdf.result')).toHaveLength(1);
    s.runner.dispose();
    expect(s.pending('pdf.cancel').map((c) => c.input)).toEqual([{ jobId: JOB }]);
    expect(s.events.some((e) => e.type === 'cancel')).toBe(false);
    await s.answer('pdf.result', { ok: true, value: { fileName: 'plan.pdf', dataBase64: 'JVBERi0=', pages: 1, bytes: 5 } });
    expect(s.state().phase).toBe('fetching'); // nothing more told to a screen that is gone
  });

  it('an API error at any step ends the job with that error and allows a new one', async () => {
    const s = setup();
    s.runner.generate(REQ);
    await s.answer('pdf.start', { ok: false, error: { code: 'no-workspace' } });
    expect(s.state()).toEqual({ phase: 'failed', request: REQ, error: { code: 'no-workspace' } });
    expect(s.runner.busy).toBe(false);

    expect(s.runner.generate(REQ)).toBe(true);
    await s.answer('pdf.start', { ok: true, value: status() });
    await s.tick();
    await s.answer('pdf.status', { ok: false, error: { code: 'not-found' } });
    expect(s.state()).toMatchObject({ phase: 'failed', error: { code: 'not-found' } });
    expect(s.armed()).toBe(false);
    expect(s.runner.busy).toBe(false);
  });

  it('a job that fails on the service stops polling and can be followed by another', async () => {
    const s = setup();
    s.runner.generate(REQ);
    await s.answer('pdf.start', { ok: true, value: status() });
    await s.tick();
    await s.answer('pdf.status', { ok: true, value: status({ state: 'failed', error: 'internal' }) });
    expect(s.state()).toMatchObject({ phase: 'failed', error: { code: 'internal' } });
    expect(s.armed()).toBe(false);
    expect(s.runner.generate(REQ)).toBe(true);
  });
});

describe('timers', () => {
  it('the real runner polls on the real clock', async () => {
    vi.useFakeTimers();
    try {
      const fake = fakeApi();
      const runner = new PrintJobRunner(fake.api, () => undefined);
      runner.generate(REQ);
      fake.pending('pdf.start')[0]!.resolve({ ok: true, value: status() });
      await vi.advanceTimersByTimeAsync(0);
      expect(fake.pending('pdf.status')).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(250);
      expect(fake.pending('pdf.status')).toHaveLength(1);
      runner.dispose();
    } finally {
      vi.useRealTimers();
    }
  });
});
