// Each test gets its own browser-mode server over a fresh temporary
// workspace: the real CLI (`ogp-drafter serve`) from the built output, so the
// test exercises exactly what a person starts.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test as base } from '@playwright/test';

export const CLI = join(__dirname, '..', '..', 'dist', 'node', 'cli.cjs');

/** Runs the built CLI; the test fails (with its output) unless it exits 0. */
export function cli(args: string[], env: NodeJS.ProcessEnv): string {
  const r = spawnSync(process.execPath, [CLI, ...args], { env, encoding: 'utf8' });
  expect(r.status, `${args.join(' ')}\n${r.stdout}\n${r.stderr}`).toBe(0);
  return r.stdout;
}

export interface PlaniServer {
  url: string;
  workspaceDir: string;
  /** Stops the server (as closing the app would) and starts it again on the same workspace. */
  restart(): Promise<void>;
}

/** Starts `ogp-drafter serve` over a workspace; tests that need a second server (a round trip) call it directly. */
export async function startServer(workspaceDir: string, keyringDir: string): Promise<{ url: string; child: ChildProcess }> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first`);
  const child = spawn(process.execPath, [CLI, 'serve', '--workspace', workspaceDir, '--port', '0', '--json'], {
    env: { ...process.env, PLANI_KEYRING_DIR: keyringDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${stderr}`)), 15_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.trim().startsWith('{'));
      if (line) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { url: string }).url);
      }
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  return { url, child };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export const test = base.extend<{ plani: PlaniServer }>({
  plani: async ({}, use) => {
    const root = mkdtempSync(join(tmpdir(), 'plani-e2e-'));
    const workspaceDir = join(root, 'workspace');
    const keyringDir = join(root, 'keyring');
    let server = await startServer(workspaceDir, keyringDir);
    const handle: PlaniServer = {
      get url() {
        return server.url;
      },
      workspaceDir,
      async restart() {
        await stop(server.child);
        server = await startServer(workspaceDir, keyringDir);
      },
    };
    await use(handle);
    await stop(server.child);
    rmSync(root, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
