// A crash at any moment of an import leaves the database either exactly as
// before or fully imported. A child process (crash-child.ts, run with tsx so
// the test does not depend on a build) imports a large submission into a
// copy of the POC's workspace and is SIGKILLed at a moment spread over its
// import transaction (timed from the BEGIN the child reports). After each
// kill: PRAGMA integrity_check is ok, and the content (the interchange
// export, the bundle state tables and the log) equals the old or the new
// state as a whole.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportInterchange, serializeInterchange } from '../../../electron/services/interchange';
import { openWorkspace } from '../../../electron/services/workspace/workspace';
import { loadSynthetic, type Party, party } from './workspace-fixtures';

const ROOT = join(__dirname, '..', '..', '..');
const CHILD = join(__dirname, 'crash-child.ts');
const RUNS = 24;

let work: string;
let pristine: string;
let bundleFile: string;
let poc: Party;
let md: Party;

/** Everything the import may touch, reduced to comparable values. */
async function stateOf(dir: string) {
  const ws = await openWorkspace(dir);
  try {
    const integrity = ws.store.sqlite.pragma('integrity_check', { simple: true });
    const doc = serializeInterchange(await exportInterchange(ws.store, { role: 'poc', institution: 'POC', appVersion: 'test' }, { now: () => new Date(0) }));
    const db = ws.store.db;
    const rows = async (table: string) => JSON.stringify(await db.selectFrom(table).selectAll().execute(), (_k, v) => (v?.type === 'Buffer' ? createHash('sha256').update(Buffer.from(v.data)).digest('hex') : v));
    return {
      integrity,
      records: createHash('sha256').update(doc).digest('hex'),
      signers: await rows('trusted_signer'),
      inbox: await rows('bundle_inbox'),
      archive: (await db.selectFrom('bundle_archive').select('manifest_sha256').orderBy('manifest_sha256').execute()).map((r) => r.manifest_sha256),
      log: (await db.selectFrom('bundle_log').select(['result', 'sequence']).orderBy('seq_no').execute()).map((r) => `${r.result}:${r.sequence}`),
    };
  } finally {
    await ws.store.close();
  }
}

interface ChildRun {
  /** ms from the child's BEGIN to its "done" line, when it got that far. */
  txMs: number | null;
  killedAfterTxMs: number | null;
  exit: number | null;
  stderr: string;
}

/** Runs the child on a copy of the pristine workspace; kills it `killAfter` ms after its BEGIN (never, when null). */
function runChild(dir: string, killAfter: number | null): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, bundleFile], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let txAt = 0;
    let killedAfter: number | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (txAt === 0 && out.includes('tx\n')) {
        txAt = performance.now();
        if (killAfter !== null) {
          setTimeout(() => {
            killedAfter = performance.now() - txAt;
            child.kill('SIGKILL');
          }, killAfter);
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const done = /done \S+ ([\d.]+)/.exec(out);
      resolve({ txMs: done ? Number(done[1]) : null, killedAfterTxMs: killedAfter, exit: code, stderr });
    });
  });
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'plani-crash-'));
  poc = await party('poc', 'POC');
  md = await party('lfp', 'MD');
  // The old state: MD enrolled with a first, small bundle.
  await poc.bundles.import((await md.bundles.export()).bytes, (await md.bundles.showKey()).safetyCode);
  // The new bundle: a large plan (~5 400 records).
  await loadSynthetic(md, 'MD', { commitments: 600, milestonesPer: 5, indicatorsPer: 3 });
  bundleFile = join(work, 'big.plani');
  writeFileSync(bundleFile, (await md.bundles.export()).bytes);
  await poc.ws.store.close();
  pristine = join(work, 'pristine');
  cpSync(poc.dir, pristine, { recursive: true });
}, 120_000);

afterAll(async () => {
  await md.close();
  rmSync(poc.root, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('crash safety of bundle import', () => {
  it(`leaves the old or the new state entirely, whenever the importing process is killed (${RUNS} runs)`, async () => {
    const old = await stateOf(pristine);
    expect(old.integrity).toBe('ok');

    // Calibration: one uninterrupted import gives the new state and the transaction's duration.
    const full = join(work, 'full');
    cpSync(pristine, full, { recursive: true });
    const calibration = await runChild(full, null);
    expect(calibration.exit, calibration.stderr).toBe(0);
    const txMs = calibration.txMs!;
    const next = await stateOf(full);
    expect(next.integrity).toBe('ok');
    expect(next.records).not.toBe(old.records);
    expect(next.log.at(-1)).toBe('applied:2');

    const outcomes: { at: number; state: 'old' | 'new' }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const dir = join(work, `run-${i}`);
      cpSync(pristine, dir, { recursive: true });
      // Spread over the transaction (a few just past its end), each at a random point of its slot.
      const at = ((i + Math.random()) / RUNS) * txMs * 1.1;
      const run = await runChild(dir, at);
      const state = await stateOf(dir);
      expect(state.integrity, `run ${i}`).toBe('ok');
      const which = JSON.stringify(state) === JSON.stringify(old) ? 'old' : JSON.stringify(state) === JSON.stringify(next) ? 'new' : null;
      expect(which, `run ${i} killed ${run.killedAfterTxMs?.toFixed(0)} ms into the transaction`).not.toBeNull();
      outcomes.push({ at: run.killedAfterTxMs ?? -1, state: which! });
      rmSync(dir, { recursive: true, force: true });
    }
    const killedInside = outcomes.filter((o) => o.state === 'old' && o.at >= 0);
    // Most kills landed inside the transaction and rolled back; the state was never a mixture.
    expect(killedInside.length).toBeGreaterThanOrEqual(RUNS / 2);
    console.info(`crash test: transaction ${txMs.toFixed(0)} ms; ${outcomes.filter((o) => o.state === 'old').length} old, ${outcomes.filter((o) => o.state === 'new').length} new`);
  }, 300_000);
});
