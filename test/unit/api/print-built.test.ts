// The shipped layout: browser mode run from the build (dist/node/cli.cjs), with
// no PLANI_PDF_WORKER, finds dist/node/pdf-worker.cjs beside itself, prints
// over HTTP, and stops promptly on Ctrl+C with a job still rendering.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';

const ROOT = join(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'dist', 'node', 'cli.cjs');
const WORKER = join(ROOT, 'dist', 'node', 'pdf-worker.cjs');
const built = existsSync(CLI) && existsSync(WORKER);

let root: string;
let env: NodeJS.ProcessEnv;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'plani-print-built-'));
  mkdirSync(join(root, 'renderer'));
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><html><head><meta name="plani-token" content="" /></head><body></body></html>');
  // Deliberately without PLANI_PDF_WORKER (the global setup set it for this process).
  env = {
    PATH: process.env.PATH,
    HOME: join(root, 'home'),
    XDG_CONFIG_HOME: join(root, 'config'),
    PLANI_KEYRING_DIR: join(root, 'keyring'),
    PLANI_RENDERER_DIR: join(root, 'renderer'),
  };
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function serve(ws: string): { child: ChildProcess; address: Promise<{ url: string; port: number }>; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--json', '--workspace', ws], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const address = new Promise<{ url: string; port: number }>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.includes('\n')) resolve(JSON.parse(out.slice(0, out.indexOf('\n'))) as { url: string; port: number });
    });
    child.once('exit', () => reject(new Error(`serve ended before listening: ${out}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, address, exited };
}

describe.skipIf(!built)('print jobs in the built browser mode (skipped: dist/node is not built; run npm run build)', () => {
  it('renders with the worker shipped beside the bundle, and stops cleanly with a job under way', async () => {
    const ws = join(root, 'ws');
    const init = spawnSync(process.execPath, [CLI, 'init', '--role', 'lfp', '--institution', 'MD', '--workspace', ws], { env, encoding: 'utf8' });
    expect(init.status, init.stderr).toBe(0);

    const server = serve(ws);
    try {
      const { url, port } = await server.address;
      const token = new URL(url).searchParams.get('token')!;
      const call = async <M extends 'pdf.start' | 'pdf.status' | 'pdf.result'>(method: M, input: unknown): Promise<MethodOutput<M>> => {
        const res = await fetch(`http://127.0.0.1:${port}/api/${method}`, { method: 'POST', headers: { 'x-plani-token': token, 'content-type': 'application/json' }, body: JSON.stringify(input) });
        const body = (await res.json()) as Result<MethodOutput<M>>;
        if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
        return body.value;
      };
      const { jobId } = await call('pdf.start', { annex: 'institutions', lang: 'bilingual' });
      let status = await call('pdf.status', { jobId });
      while (status.state === 'running') {
        await new Promise((r) => setTimeout(r, 20));
        status = await call('pdf.status', { jobId });
      }
      expect(status).toMatchObject({ state: 'done', error: null });
      const pdf = Buffer.from((await call('pdf.result', { jobId })).dataBase64, 'base64');
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBe(status.bytes);

      // A job left rendering does not keep the process alive after Ctrl+C.
      await call('pdf.start', { annex: 'plan', lang: 'bilingual' });
      server.child.kill('SIGINT');
      expect(await server.exited).toBe(0);
    } finally {
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }
  }, 60_000);
});
