// The built CLI writing into a pipe whose reader has gone (`| head -1`): the
// command's own exit code reaches the shell and nothing but its own messages
// reach stderr. The reader is closed before the CLI starts (a FIFO whose only
// reader is closed), so a write error is certain rather than a race; `head -c 1`
// is the everyday form of the same thing, with output far larger than a pipe holds.
import { spawnSync } from 'node:child_process';
import { closeSync, constants, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/services/workspace/workspace';
import { syntheticPlan } from '../../fixtures/synthetic-plan';
import { type Sandbox, sandbox } from './run';

const ROOT = join(__dirname, '..', '..', '..');
const BUILT = join(ROOT, 'dist', 'node', 'cli.cjs');

let sb: Sandbox;
beforeEach(() => {
  sb = sandbox();
});
afterEach(() => sb.cleanup());

/** Runs the built CLI with its stdout on a pipe that has no reader left. */
function runIntoClosedPipe(args: string[]) {
  const fifo = sb.file(`closed-${Math.random().toString(36).slice(2)}.fifo`);
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
  // A FIFO opens for writing only while a reader exists; closing that reader
  // afterwards leaves a write end every write to which fails with EPIPE.
  const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
  const writer = openSync(fifo, constants.O_WRONLY);
  closeSync(reader);
  try {
    const res = spawnSync(process.execPath, [BUILT, ...args], { env: sb.env, cwd: sb.root, stdio: ['ignore', writer, 'pipe'], encoding: 'utf8', timeout: 60_000 });
    return { status: res.status, signal: res.signal, stderr: res.stderr };
  } finally {
    closeSync(writer);
  }
}

/** MD with a plan of `commitments` commitments, and the POC. */
async function setup(commitments: number) {
  await sb.ok(['init', '--role', 'lfp', '--institution', 'MD', '--workspace', sb.ws('md')]);
  await sb.ok(['init', '--role', 'poc', '--institution', 'POC', '--workspace', sb.ws('poc')]);
  const doc = syntheticPlan({ owner: 'MD', commitments, milestonesPer: 3, indicatorsPer: 2, ideas: 1, events: 1, comments: 1, calendar: 0 });
  writeFileSync(sb.file('md.json'), JSON.stringify({ ...doc, feedback: [], calendar: [] }));
  await sb.ok(['plan', 'import', sb.file('md.json'), '--workspace', sb.ws('md')]);
  await sb.ok(['bundle', 'export', '--out', sb.file('md1.plani'), '--workspace', sb.ws('md')]);
  return JSON.parse((await sb.ok(['key', 'show', '--json', '--workspace', sb.ws('md')])).stdout).safetyCode as string;
}

async function commitmentsAtPoc(): Promise<number> {
  const w = await openWorkspace(sb.ws('poc'));
  try {
    const row = await w.store.db.selectFrom('commitment').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  } finally {
    await w.store.close();
  }
}

const NO_TRACE = /Error|    at |EPIPE/;

describe.skipIf(!existsSync(BUILT) || process.platform === 'win32')(
  'built CLI into a closed pipe (skipped: needs dist/node/cli.cjs from npm run build, and mkfifo, which Windows lacks)',
  { timeout: 60_000 },
  () => {
    it('bundle import applies the bundle and exits 0, with no stack trace, in both languages and with --json', async () => {
      const code = await setup(3);
      const res = runIntoClosedPipe(['bundle', 'import', sb.file('md1.plani'), '--trust', code, '--workspace', sb.ws('poc'), '--lang', 'en']);
      expect(res.signal).toBeNull();
      expect(res.stderr).not.toMatch(NO_TRACE);
      expect(res.stderr).toBe('');
      expect(res.status).toBe(0);
      expect(await commitmentsAtPoc()).toBe(3);

      // The same bundle again: "already imported" is exit 0 too, in Albanian and as JSON.
      for (const extra of [[], ['--json']]) {
        const again = runIntoClosedPipe(['bundle', 'import', sb.file('md1.plani'), '--workspace', sb.ws('poc'), ...extra]);
        expect([again.status, again.stderr]).toEqual([0, '']);
      }
    });

    it('a refusal keeps exit 1 and its one line on stderr', async () => {
      await setup(1);
      const res = runIntoClosedPipe(['bundle', 'import', sb.file('md1.plani'), '--trust', '1'.repeat(30), '--workspace', sb.ws('poc'), '--lang', 'en']);
      expect(res.status).toBe(1);
      expect(res.stderr).not.toMatch(/    at /);
      expect(res.stderr.trim().split('\n')).toHaveLength(1);
      expect(await commitmentsAtPoc()).toBe(0);
    });

    it('plan export --out - (megabytes) exits 0 and still says on stderr what it exported', async () => {
      await setup(120);
      const res = runIntoClosedPipe(['plan', 'export', '--out', '-', '--workspace', sb.ws('md'), '--lang', 'en']);
      expect(res.status).toBe(0);
      expect(res.stderr).toBe('Exported 120 commitments, 360 milestones and 240 indicators to standard output.\n');
    });

    it('| head -c 1: the everyday pipe, with output much larger than the pipe holds', async () => {
      await setup(120);
      const status = sb.file('status');
      const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
      const script = `(${q(process.execPath)} ${q(BUILT)} plan export --out - --workspace ${q(sb.ws('md'))} --lang en; echo $? > ${q(status)}) | head -c 1`;
      const res = spawnSync('sh', ['-c', script], { env: sb.env, cwd: sb.root, encoding: 'utf8', timeout: 60_000 });
      expect(res.stdout).toBe('{');
      expect(readFileSync(status, 'utf8').trim()).toBe('0');
      expect(res.stderr).toBe('Exported 120 commitments, 360 milestones and 240 indicators to standard output.\n');
    });
  },
);
