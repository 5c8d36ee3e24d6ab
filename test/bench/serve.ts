// What the browser-mode benches share: the built CLI's `serve` over a
// workspace folder, and Debian's Chromium launched as the e2e suite does.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';

const CLI = join(__dirname, '..', '..', 'dist', 'node', 'cli.cjs');

export async function serve(workspaceDir: string, keyringDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--workspace', workspaceDir, '--port', '0', '--json'], {
    env: { ...process.env, PLANI_KEYRING_DIR: keyringDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.once('data', (d: Buffer) => resolve((JSON.parse(String(d)) as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return { url, child };
}

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.PLANI_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
