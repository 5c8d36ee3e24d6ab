// What an Electron end-to-end run needs from the machine, decided once:
// the runtime binary (absent on offline machines: the npm package installs,
// its download does not), the built app, and on Linux a display (Xvfb when
// there is no X server, e.g. on CI).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

/** The Electron executable, or null when the binary was never downloaded (found without triggering a download). */
export function electronExecutable(): string | null {
  const { electronBinary } = createRequire(join(ROOT, 'package.json'))('./scripts/electron-binary.cjs') as { electronBinary(root: string): string | null };
  return electronBinary(ROOT);
}

export const BUILT_MAIN = join(ROOT, 'dist', 'electron', 'main.cjs');

export interface Display {
  env: Record<string, string>;
  stop(): void;
}

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

/**
 * Linux without DISPLAY: start Xvfb on a free display number. Elsewhere, or
 * when a display exists (including under xvfb-run), nothing to do. Returns
 * null when Linux has neither a display nor Xvfb.
 */
export async function ensureDisplay(): Promise<Display | null> {
  if (process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return { env: {}, stop: () => undefined };
  if (!onPath('Xvfb')) return null;
  for (let n = 99; n < 120; n++) {
    if (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) continue;
    const xvfb: ChildProcess = spawn('Xvfb', [`:${n}`, '-screen', '0', '1366x768x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    if (await waitFor(() => existsSync(`/tmp/.X11-unix/X${n}`) || xvfb.exitCode !== null, 5000) && xvfb.exitCode === null) {
      return { env: { DISPLAY: `:${n}` }, stop: () => xvfb.kill() };
    }
    xvfb.kill();
  }
  return null;
}
