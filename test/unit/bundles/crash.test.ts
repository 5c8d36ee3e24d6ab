// A crash at any moment of an import leaves the database either exactly as
// before or fully imported. A child process (crash-child.ts, run with tsx so
// the test does not depend on a build) imports a large submission into a
// copy of the POC's workspace, stops dead at a moment the test names (before
// BEGIN, after the K-th statement of the import transaction, after COMMIT)
// and is SIGKILLed there. The moments are counted in statements, not
// milliseconds, so a loaded machine kills at the same places as an idle one.
// After each kill: PRAGMA integrity_check is ok, foreign_key_check is empty,
// and the content (the interchange export, the bundle state tables and the
// log) equals the old or the new state as a whole: the old one for every kill
// before COMMIT, the new one after it.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportInterchange, serializeInterchange } from '../../../electron/services/interchange';
import type { TableName } from '../../../electron/services/store/schema';
import { openWorkspace } from '../../../electron/services/workspace/workspace';
import { loadSynthetic, type Party, party } from './workspace-fixtures';

const ROOT = join(__dirname, '..', '..', '..');
const CHILD = join(__dirname, 'crash-child.ts');
/** Kills inside the transaction, spread over its statements from just after BEGIN to just before COMMIT. */
const INSIDE = 22;
/** Plus one kill before BEGIN and one after COMMIT. */
const RUNS = INSIDE + 2;

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
    const foreignKeys = ws.store.sqlite.pragma('foreign_key_check');
    const doc = serializeInterchange(await exportInterchange(ws.store, { role: 'poc', institution: 'POC', appVersion: 'test' }, { now: () => new Date(0) }));
    const db = ws.store.db;
    const rows = async (table: TableName) => JSON.stringify(await db.selectFrom(table).selectAll().execute(), (_k, v) => (v?.type === 'Buffer' ? createHash('sha256').update(Buffer.from(v.data)).digest('hex') : v));
    return {
      integrity,
      foreignKeys,
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
  /** The moment the child reported stopping at (and was killed there), or null when it ran to its end. */
  stopped: string | null;
  /** From the "done" line: the statements the import transaction ran, and its duration. */
  statements: number | null;
  txMs: number | null;
  exit: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs the child on a copy of the pristine workspace; kills it the moment it reports stopping at `moment`. */
function runChild(dir: string, moment: string): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, bundleFile, moment], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let stopped: string | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const at = /stopped (\S+)\n/.exec(out);
      if (stopped === null && at) {
        stopped = at[1]!;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const done = /done \S+ (\d+) ([\d.]+)/.exec(out);
      resolve({ stopped, statements: done ? Number(done[1]) : null, txMs: done ? Number(done[2]) : null, exit: code, signal, stderr });
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
    expect(old.foreignKeys).toEqual([]);

    // Calibration: one uninterrupted import gives the new state and the transaction's statement count.
    const full = join(work, 'full');
    cpSync(pristine, full, { recursive: true });
    const calibration = await runChild(full, 'none');
    expect(calibration.exit, calibration.stderr).toBe(0);
    const statements = calibration.statements!;
    // Enough statements (the rows go in as multi-row INSERTs) that every kill inside has a moment of its own.
    expect(statements).toBeGreaterThanOrEqual(INSIDE - 1);
    const next = await stateOf(full);
    expect(next.integrity).toBe('ok');
    expect(next.foreignKeys).toEqual([]);
    expect(next.records).not.toBe(old.records);
    expect(next.log.at(-1)).toBe('applied:2');

    const moments = [
      'before-begin',
      ...Array.from({ length: INSIDE }, (_, i) => `in-tx:${Math.round((i * statements) / (INSIDE - 1))}`),
      'after-commit',
    ];
    const outcomes: { moment: string; state: 'old' | 'new' }[] = [];
    for (const [i, moment] of moments.entries()) {
      const dir = join(work, `run-${i}`);
      cpSync(pristine, dir, { recursive: true });
      const run = await runChild(dir, moment);
      // The child got to its moment and died there, by the kill, not by finishing or failing.
      expect(run.stopped, `run ${i} (${moment}): ${run.stderr}`).toBe(moment);
      expect(run.signal, `run ${i} (${moment})`).toBe('SIGKILL');
      const state = await stateOf(dir);
      expect(state.integrity, `run ${i}`).toBe('ok');
      expect(state.foreignKeys, `run ${i}`).toEqual([]);
      const which = JSON.stringify(state) === JSON.stringify(old) ? 'old' : JSON.stringify(state) === JSON.stringify(next) ? 'new' : null;
      expect(which, `run ${i} killed at ${moment}`).not.toBeNull();
      // Nothing before COMMIT survives the kill; a committed import does.
      expect(which, `run ${i} killed at ${moment}`).toBe(moment === 'after-commit' ? 'new' : 'old');
      outcomes.push({ moment, state: which! });
      rmSync(dir, { recursive: true, force: true });
    }
    const killedInside = outcomes.filter((o) => o.state === 'old' && o.moment.startsWith('in-tx:'));
    // Most kills landed inside the transaction and rolled back; the state was never a mixture.
    expect(killedInside.length).toBeGreaterThanOrEqual(RUNS / 2);
    console.info(
      `crash test: transaction of ${statements} statements (${calibration.txMs!.toFixed(0)} ms); ${outcomes.filter((o) => o.state === 'old').length} old, ${outcomes.filter((o) => o.state === 'new').length} new`,
    );
  // Only a guard against a child that hangs: what the test decides does not depend on how long it takes.
  }, 1_200_000);
});
