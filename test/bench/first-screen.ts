// The first meaningful screen in browser mode: from navigation start until
// the plan's home page shows its heading, in Debian's Chromium, in a fresh
// browser context (nothing cached) and once more in the same context (what
// the cache keeps). The floor: a static page with one heading, served by a
// plain node:http server on the same machine, measured alternately in the
// same run. Run by run.ts (alone: `npx tsx test/bench/run.ts first-screen`);
// needs `npm run build`.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, serve } from './serve';
import { row } from './stats';

/** Installed before the page's own scripts: the time (since navigation start) a non-empty <h1> is first on screen. */
const WATCH_HEADING = `(() => {
  const tick = () => {
    const h = document.querySelector('h1');
    if (h && (h.textContent || '').trim() !== '') window.__firstScreen = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

const STATIC_PAGE = '<!doctype html><html lang="sq"><head><meta charset="utf-8"><title>Plani</title></head><body><main><h1>Plani i veprimit</h1></main></body></html>';

async function firstScreen(browser: Browser, url: string): Promise<{ cold: number; warm: number; bytes: number }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    await context.addInitScript(WATCH_HEADING);
    const page = await context.newPage();
    let bytes = 0;
    page.on('response', (r) => {
      void r
        .headerValue('content-length')
        .then((v) => {
          bytes += Number(v ?? 0);
        })
        .catch(() => {});
    });
    const once = async () => {
      await page.goto(url);
      // A function, not a string: the page's CSP forbids evaluating strings.
      await page.waitForFunction(() => (globalThis as { __firstScreen?: number }).__firstScreen !== undefined, undefined, { polling: 16, timeout: 30_000 });
      return (await page.evaluate('window.__firstScreen')) as number;
    };
    const cold = await once();
    const coldBytes = bytes;
    const warm = await once();
    return { cold, warm, bytes: coldBytes };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchFirstScreen(root: string, runs = Number(process.env.PLANI_BENCH_RUNS) || 7): Promise<void> {
  const { url, child } = await serve(join(root, 'first-screen-ws'), join(root, 'keyring'));
  const floorServer = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(STATIC_PAGE);
  });
  await new Promise<void>((resolve) => floorServer.listen(0, '127.0.0.1', resolve));
  const floorUrl = `http://127.0.0.1:${(floorServer.address() as AddressInfo).port}/`;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(url);
    const token = await page.locator('meta[name="plani-token"]').getAttribute('content');
    const res = await page.request.post(new URL('/api/workspace.init', url).toString(), { data: { role: 'lfp', institution: 'MD' }, headers: { 'X-Plani-Token': token ?? '' } });
    if (!((await res.json()) as { ok: boolean }).ok) throw new Error('workspace.init failed');
    await page.close();
    const ours: { cold: number; warm: number; bytes: number }[] = [];
    const floor: number[] = [];
    for (let i = 0; i < runs; i++) {
      floor.push((await firstScreen(browser, floorUrl)).cold);
      ours.push(await firstScreen(browser, url));
    }
    const f = median(floor);
    const cold = median(ours.map((o) => o.cold));
    const warm = median(ours.map((o) => o.warm));
    console.log(row('first screen, static page (floor), median', `${f.toFixed(0)} ms`));
    console.log(row('first screen, browser mode, nothing cached', `${cold.toFixed(0)} ms`, `< 300 ms; ${(cold / f).toFixed(1)}× floor`));
    console.log(row('first screen, browser mode, reloaded', `${warm.toFixed(0)} ms`, `${(warm / f).toFixed(1)}× floor`));
    console.log(row('  bytes on the wire, first load', `${(median(ours.map((o) => o.bytes)) / 1024).toFixed(0)} KiB`));
  } finally {
    await browser.close();
    floorServer.close();
    child.kill('SIGTERM');
  }
}
