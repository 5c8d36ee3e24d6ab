// Runs the CLI in-process with captured output and a private environment:
// its own keyring folder and its own XDG config folder, so the default
// workspace never touches the real user's.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { main } from '../../../electron/cli';
import { syntheticPlan } from '../../fixtures/synthetic-plan';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface Sandbox {
  root: string;
  env: NodeJS.ProcessEnv;
  /** A workspace folder inside the sandbox. */
  ws(name?: string): string;
  file(name: string): string;
  run(argv: string[], options?: { env?: NodeJS.ProcessEnv; signal?: AbortSignal; onStdout?: (all: string) => void; stderrIsTTY?: boolean }): Promise<RunResult>;
  /** Runs the CLI and fails the test unless it exits 0 (the message shows the command and its stderr). */
  ok(argv: string[]): Promise<RunResult>;
  cleanup(): void;
}

export function sandbox(): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'plani-cli-'));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: join(root, 'home'),
    XDG_CONFIG_HOME: join(root, 'config'),
    PLANI_KEYRING_DIR: join(root, 'keyring'),
  };
  const sb: Sandbox = {
    root,
    env,
    ws: (name = 'ws') => join(root, name),
    file: (name) => join(root, name),
    async run(argv, options = {}) {
      let stdout = '';
      let stderr = '';
      const code = await main(argv, {
        stdout: {
          write: (s: string) => {
            stdout += s;
            options.onStdout?.(stdout);
          },
        },
        stderr: { write: (s: string) => (stderr += s), isTTY: options.stderrIsTTY ?? false },
        env: { ...env, ...options.env },
        signal: options.signal,
      });
      return { code, stdout, stderr };
    },
    async ok(argv) {
      const res = await sb.run(argv);
      expect(res.code, `${argv.join(' ')}\n${res.stderr}`).toBe(0);
      return res;
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
  return sb;
}

/** A sandbox holding an MD workspace with a small synthetic plan (two commitments), as the print commands' tests start. */
export async function sandboxWithPlan(): Promise<Sandbox> {
  const sb = sandbox();
  await sb.ok(['init', '--role', 'lfp', '--institution', 'MD', '--workspace', sb.ws()]);
  writeFileSync(sb.file('plan.json'), JSON.stringify(syntheticPlan({ commitments: 2, owner: 'MD', ideas: 0, events: 0, comments: 0 })));
  await sb.ok(['plan', 'import', sb.file('plan.json'), '--workspace', sb.ws()]);
  return sb;
}
