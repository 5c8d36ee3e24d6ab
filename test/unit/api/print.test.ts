// pdf.start / pdf.status / pdf.result / pdf.cancel through the real
// dispatcher (inputs and outputs checked against the contract), rendering in
// the worker bundle the vitest global setup built.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MethodOutput } from '../../../shared/api/contract';
import { importInterchange } from '../../../electron/services/interchange';
import { loadPrintData } from '../../../electron/services/pdf/print-data';
import { renderDocument } from '../../../electron/services/pdf/render';
import { syntheticPlan } from '../../fixtures/synthetic-plan';
import { extractPdf } from '../../helpers/pdf-text';
import { type TempWorkspace, tempWorkspace } from '../../helpers/temp-workspace';

type Status = MethodOutput<'pdf.status'>;

let tw: TempWorkspace;
let scripts: string;
const UNKNOWN_JOB = '00000000-0000-4000-8000-000000000000';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function settle(t: TempWorkspace, jobId: string): Promise<Status> {
  for (;;) {
    const s = await t.ok('pdf.status', { jobId });
    if (s.state !== 'running') return s;
    await sleep(10);
  }
}

async function workspaceWithPlan(commitments: number): Promise<TempWorkspace> {
  const t = await tempWorkspace({ role: 'lfp', institution: 'MD' });
  await importInterchange((await t.plani.context.workspace()).store, syntheticPlan({ commitments, owner: 'MD' }));
  return t;
}

beforeAll(async () => {
  scripts = mkdtempSync(join(tmpdir(), 'plani-print-api-'));
  tw = await workspaceWithPlan(40);
}, 60_000);

afterAll(async () => {
  await tw?.cleanup();
  rmSync(scripts, { recursive: true, force: true });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('pdf.* through the dispatcher', () => {
  it('starts at once, reports progress, and hands over the PDF once: the bytes an in-process render gives', async () => {
    const started = await tw.ok('pdf.start', { annex: 'action-plan', lang: 'bilingual' });
    expect(started).toMatchObject({ state: 'running', done: 0, pages: null, bytes: null, error: null });
    const end = await settle(tw, started.jobId);
    expect(end).toMatchObject({ jobId: started.jobId, state: 'done', error: null });
    expect(end.done).toBe(end.total);

    const res = await tw.ok('pdf.result', { jobId: started.jobId });
    const bytes = Buffer.from(res.dataBase64, 'base64');
    expect(res.fileName).toBe('plan-2020-2022-action-plan-bilingual.pdf');
    expect(res.bytes).toBe(bytes.length);
    expect(res.pages).toBe(end.pages);
    const expected = await renderDocument(await loadPrintData(await tw.plani.context.workspace()), { annex: 'action-plan', lang: 'bilingual' });
    expect(Buffer.compare(bytes, expected.bytes)).toBe(0);
    const text = (await extractPdf(bytes)).pages.join(' ');
    expect(text).toContain('Faqe 1 nga');
    expect(text).toMatch(/angazhimi 1\b/);

    // Once fetched, the job is gone.
    for (const m of ['pdf.result', 'pdf.status', 'pdf.cancel'] as const) {
      expect(await tw.plani.call(m, { jobId: started.jobId })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    }
  }, 60_000);

  it('prints one component only, and refuses a component the cycle does not have', async () => {
    const { jobId } = await tw.ok('pdf.start', { annex: 'indicators', lang: 'sq', component: 'anti-corruption' });
    expect((await settle(tw, jobId)).state).toBe('done');
    expect((await tw.ok('pdf.result', { jobId })).fileName).toBe('plan-2020-2022-anti-corruption-indicators-sq.pdf');
    expect(await tw.plani.call('pdf.start', { annex: 'indicators', lang: 'sq', component: 'no-such-component' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-component', details: { params: { code: 'no-such-component' } } },
    });
  }, 30_000);

  it('refuses a final print while the plan is not ready, and print.readiness says what stands in the way', async () => {
    const readiness = await tw.ok('print.readiness', { annex: 'plan' });
    expect(readiness.ready).toBe(false);
    // No POC has decided anything in this LFP workspace: every one of the 40 commitments waits.
    expect(readiness.obstacles.filter((o) => o.kind === 'undecided' || o.kind === 'returned')).toHaveLength(40);
    const jobsBefore = tw.plani.context.printJobs.size;
    expect(await tw.plani.call('pdf.start', { annex: 'plan', lang: 'bilingual', mode: 'final' })).toEqual({
      ok: false,
      error: { code: 'print-not-ready', details: { params: { count: readiness.obstacles.length } } },
    });
    expect(await tw.plani.call('pdf.start', { annex: 'indicators', lang: 'sq', mode: 'final', component: 'anti-corruption' })).toMatchObject({
      ok: false,
      error: { code: 'print-not-ready' },
    });
    // Nothing was queued; the same request as a draft starts.
    expect(tw.plani.context.printJobs.size).toBe(jobsBefore);
    const draft = await tw.ok('pdf.start', { annex: 'indicators', lang: 'sq', mode: 'draft', component: 'anti-corruption' });
    expect((await settle(tw, draft.jobId)).state).toBe('done');
    await tw.ok('pdf.result', { jobId: draft.jobId });
    expect(await tw.plani.call('print.readiness', { annex: 'plan', component: 'no-such-component' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-component' },
    });
  }, 30_000);

  it('keeps the worker warm between jobs: none left busy, one idle for the next print', async () => {
    const jobs = tw.plani.context.printJobs;
    // The jobs above ran one after another: their worker waits for the next.
    expect(jobs.busyWorkers).toBe(0);
    expect(jobs.idleWorkers).toBe(1);
  });

  it('cancels a running job: its worker is gone and the job says cancelled', async () => {
    const jobs = tw.plani.context.printJobs;
    const { jobId } = await tw.ok('pdf.start', { annex: 'plan', lang: 'bilingual' });
    let status = await tw.ok('pdf.status', { jobId });
    while (status.state === 'running' && status.done === 0) status = await sleep(5).then(() => tw.ok('pdf.status', { jobId }));
    expect(status.state).toBe('running');
    const cancelled = await tw.ok('pdf.cancel', { jobId });
    expect(cancelled.state).toBe('cancelled');
    expect(jobs.busyWorkers + jobs.idleWorkers).toBe(0);
    expect((await tw.ok('pdf.status', { jobId })).state).toBe('cancelled');
    expect(await tw.plani.call('pdf.result', { jobId })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  }, 30_000);

  it('answers not-found for an unknown job and invalid-input for a malformed id', async () => {
    for (const m of ['pdf.status', 'pdf.result', 'pdf.cancel'] as const) {
      expect(await tw.plani.call(m, { jobId: UNKNOWN_JOB })).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect(await tw.plani.call(m, { jobId: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });

  it('refuses bad input before anything starts', async () => {
    const jobs = tw.plani.context.printJobs;
    const before = jobs.size;
    for (const input of [null, {}, { annex: 'nope', lang: 'sq' }, { annex: 'plan', lang: 'de' }, { annex: 'plan', lang: 'sq', extra: 1 }, { annex: 'plan', lang: 'sq', component: 'Bad Code!' }]) {
      expect(await tw.plani.call('pdf.start', input)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(jobs.size).toBe(before);
    expect(jobs.busyWorkers).toBe(0);
  });

  it('pdf.prepare readies one worker once, and the first print then runs on it', async () => {
    const t = await workspaceWithPlan(5);
    const jobs = t.plani.context.printJobs;
    expect(await t.ok('pdf.prepare', {})).toEqual({ started: true });
    expect(await t.ok('pdf.prepare', {})).toEqual({ started: false });
    await vi.waitFor(() => expect(jobs.idleWorkers).toBe(1), { timeout: 20_000, interval: 10 });
    expect(jobs.size).toBe(0); // the warm-up print is nobody's to fetch
    const { jobId } = await t.ok('pdf.start', { annex: 'action-plan', lang: 'sq' });
    expect([jobs.busyWorkers, jobs.idleWorkers]).toEqual([1, 0]); // the ready worker took it; none was started
    expect((await settle(t, jobId)).state).toBe('done');
    expect(jobs.diagnostics(jobId).threadId).toBeGreaterThan(0);
    await t.cleanup();
  }, 30_000);

  it('closing the app leaves no worker, busy or idle', async () => {
    const t = await workspaceWithPlan(20);
    const jobs = t.plani.context.printJobs;
    const warm = await t.ok('pdf.start', { annex: 'institutions', lang: 'sq' });
    expect((await settle(t, warm.jobId)).state).toBe('done');
    await t.ok('pdf.start', { annex: 'plan', lang: 'bilingual' });
    await t.ok('pdf.start', { annex: 'plan', lang: 'sq' });
    await t.ok('pdf.start', { annex: 'plan', lang: 'en' }); // waits its turn
    expect(jobs.busyWorkers).toBe(2);
    await t.cleanup();
    expect(jobs.busyWorkers + jobs.idleWorkers).toBe(0);
  }, 30_000);
});

describe('the final print through the dispatcher', () => {
  it('runs once every commitment is accepted and nothing blocks, and is refused again when one is returned', async () => {
    const t = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    try {
      const ws = await t.plani.context.workspace();
      await importInterchange(ws.store, syntheticPlan({ commitments: 2, owner: 'MD', ideas: 0, events: 0, comments: 0 }));
      // Written past the services, standing for the POC's acceptance that a feedback bundle brings.
      const setStatus = (status: 'accepted' | 'returned', id?: string) => {
        const q = ws.store.db.updateTable('commitment').set({ status });
        return (id ? q.where('id', '=', id) : q).execute();
      };
      await setStatus('accepted');
      expect(await t.ok('print.readiness', { annex: 'plan' })).toEqual({ ready: true, obstacles: [] });
      const { jobId } = await t.ok('pdf.start', { annex: 'plan', lang: 'bilingual', mode: 'final' });
      expect((await settle(t, jobId)).state).toBe('done');
      expect(Buffer.from((await t.ok('pdf.result', { jobId })).dataBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');

      const [first] = await ws.store.db.selectFrom('commitment').select('id').orderBy('id').execute();
      await setStatus('returned', first!.id);
      const readiness = await t.ok('print.readiness', { annex: 'plan' });
      expect(readiness).toMatchObject({ ready: false, obstacles: [{ kind: 'returned', status: 'returned', commitment: { id: first!.id } }] });
      expect(readiness.obstacles).toHaveLength(1);
      expect(await t.plani.call('pdf.start', { annex: 'plan', lang: 'bilingual', mode: 'final' })).toMatchObject({ ok: false, error: { code: 'print-not-ready' } });
    } finally {
      await t.cleanup();
    }
  }, 60_000);
});

describe('docx.export through the dispatcher', () => {
  it('answers the Word file of a draft; a final one only once the plan is ready, else print-not-ready', async () => {
    const t = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    try {
      const ws = await t.plani.context.workspace();
      await importInterchange(ws.store, syntheticPlan({ commitments: 2, owner: 'MD', ideas: 0, events: 0, comments: 0 }));
      const draft = await t.ok('docx.export', { annex: 'plan', lang: 'bilingual' });
      const bytes = Buffer.from(draft.dataBase64, 'base64');
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(draft.bytes).toBe(bytes.length);
      expect(draft.fileName).toBe('plan-2020-2022-plan-bilingual.docx');
      expect(await t.plani.call('docx.export', { annex: 'plan', lang: 'bilingual', mode: 'final' })).toMatchObject({ ok: false, error: { code: 'print-not-ready' } });
      // Every printed document exports to Word; nothing else does.
      expect((await t.ok('docx.export', { annex: 'calendar', lang: 'sq' })).fileName).toBe('plan-2020-2022-calendar-sq.docx');
      expect(await t.plani.call('docx.export', { annex: 'minutes', lang: 'sq' } as never)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      await ws.store.db.updateTable('commitment').set({ status: 'accepted' }).execute();
      expect((await t.ok('docx.export', { annex: 'indicators', lang: 'sq', mode: 'final' })).bytes).toBeGreaterThan(0);
    } finally {
      await t.cleanup();
    }
  }, 60_000);
});

describe('a print worker that crashes', () => {
  it('fails the job with internal and logs the error without the printed data', async () => {
    const crash = join(scripts, 'crash.cjs');
    writeFileSync(crash, `require('node:worker_threads'); throw new TypeError('render exploded');\n`);
    const saved = process.env.PLANI_PDF_WORKER;
    process.env.PLANI_PDF_WORKER = crash;
    let t: TempWorkspace | undefined;
    try {
      t = await workspaceWithPlan(2);
    } finally {
      process.env.PLANI_PDF_WORKER = saved;
    }
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const { jobId } = await t.ok('pdf.start', { annex: 'action-plan', lang: 'bilingual' });
      const end = await settle(t, jobId);
      expect(end).toMatchObject({ state: 'failed', error: 'internal', pages: null, bytes: null });
      expect(logged).toHaveBeenCalledTimes(1);
      const [line, err] = logged.mock.calls[0]!;
      expect(line).toBe(`[plani] print job ${jobId} (action-plan/bilingual) failed:`);
      expect(err).toBeInstanceOf(Error);
      expect(String(err)).toContain('render exploded');
      expect(JSON.stringify(logged.mock.calls)).not.toMatch(/Elira|example\.gov\.al|angazhimi/);
      expect(await t.plani.call('pdf.result', { jobId })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    } finally {
      await t.cleanup();
    }
  });
});
