// How long a CLI command takes to start, whole process, beside `node -e 0`
// measured in the same run: alternating pairs, medians, and the ratio of the
// medians (the machine is shared, so only the ratio means something).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { row } from './stats';

const CLI = join(__dirname, '..', '..', 'dist', 'node', 'cli.cjs');
const RUNS = 7;

function wall(args: readonly string[], env: NodeJS.ProcessEnv): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { env, stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited with ${r.status}`);
  return performance.now() - start;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchCliStart(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'plani-cli-start-'));
  const env = { ...process.env, PLANI_KEYRING_DIR: join(root, 'keyring') };
  const ws = join(root, 'ws');
  try {
    wall([CLI, 'init', '--role', 'lfp', '--institution', 'MD', '--workspace', ws], env);
    const commands: [string, string[]][] = [
      ['--help', [CLI, '--help']],
      ['key show', [CLI, 'key', 'show', '--workspace', ws]],
      ['check', [CLI, 'check', '--workspace', ws]],
    ];
    console.log(`\nCLI start-up, whole process, median of ${RUNS} alternating with node -e 0`);
    for (const [name, args] of commands) {
      const floor: number[] = [];
      const ours: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        floor.push(wall(['-e', '0'], env));
        ours.push(wall(args, env));
      }
      const ratio = median(ours) / median(floor);
      console.log(row(`ogp-drafter ${name}`, `${median(ours).toFixed(0)} ms`, `${ratio.toFixed(1)}× node -e 0 (${median(floor).toFixed(0)} ms); target < 2×`));
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
