// The browser-mode bridge over real HTTP on 127.0.0.1, with the real services
// over a temporary workspace.
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebBridge, type WebBridge } from '../../../electron/web';
import { MAX_BODY_BYTES } from '../../../electron/web/bridge';
import { CONTENT_SECURITY_POLICY } from '../../../electron/services/security/csp';
import { tempDir, tempWorkspace, type TempWorkspace } from '../../helpers/temp-workspace';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json(): unknown;
}

function send(
  port: number,
  opts: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer; noHost?: boolean },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Host: `127.0.0.1:${port}`, ...opts.headers };
    if (opts.noHost) delete headers.Host;
    const req = httpRequest(
      { host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path ?? '/', headers, setHost: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
        });
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

let ws: TempWorkspace;
let bridge: WebBridge;
let rendererDir: string;

beforeEach(async () => {
  ws = await tempWorkspace();
  rendererDir = join(tempDir('plani-renderer-'), 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(
    join(rendererDir, 'index.html'),
    '<!doctype html><html><head><meta name="plani-token" content="" /><title>Plani</title></head><body></body></html>',
  );
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("plani")');
  writeFileSync(join(rendererDir, '..', 'secret.txt'), 'TOP SECRET');
  bridge = await startWebBridge({ plani: ws.plani, rendererDir, host: '127.0.0.1' });
});
afterEach(async () => {
  await bridge.close();
  await ws.cleanup();
});

const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  send(bridge.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', 'X-Plani-Token': bridge.token, ...headers },
    body: JSON.stringify(body),
  });
const cookie = () => ({ Cookie: `plani_token_${bridge.port}=${bridge.token}` });

describe('startWebBridge', () => {
  it('listens on 127.0.0.1 only and reports a URL carrying the token', async () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/?token=${bridge.token}`);
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (external) {
      const refused = await new Promise<boolean>((resolve) => {
        const s = connect({ host: external.address, port: bridge.port });
        s.once('connect', () => (s.destroy(), resolve(false)));
        s.once('error', () => resolve(true));
      });
      expect(refused).toBe(true);
    }
    await expect(startWebBridge({ plani: ws.plani, rendererDir, host: '0.0.0.0' as '127.0.0.1' })).rejects.toThrow(/127\.0\.0\.1 only/);
  });

  it('answers 401 with a JSON envelope to any request without the token', async () => {
    for (const path of ['/', '/index.html', '/assets/app.js', '/nothing']) {
      const r = await send(bridge.port, { path });
      expect(r.status, path).toBe(401);
      expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(r.json()).toEqual({ ok: false, error: { code: 'forbidden' } });
    }
    expect((await send(bridge.port, { path: '/', headers: { 'X-Plani-Token': 'wrong' } })).status).toBe(401);
    expect((await send(bridge.port, { path: '/?token=wrong' })).status).toBe(401);
    expect((await send(bridge.port, { path: '/', headers: { Cookie: `plani_token_${bridge.port}=wrong` } })).status).toBe(401);
  });

  it('refuses a foreign or missing Host with 403 before looking at anything else', async () => {
    for (const host of [`evil.example:${bridge.port}`, '127.0.0.1', `127.0.0.1:${bridge.port + 1}`, `localhost.evil.example:${bridge.port}`]) {
      const r = await send(bridge.port, { path: `/?token=${bridge.token}`, headers: { Host: host, ...cookie() } });
      expect(r.status, host).toBe(403);
    }
    // HTTP/1.1 without Host: Node's parser answers 400 before the handler runs.
    expect([400, 403]).toContain((await send(bridge.port, { path: '/', noHost: true, headers: cookie() })).status);
    const viaLocalhost = await send(bridge.port, { path: '/', headers: { Host: `localhost:${bridge.port}`, ...cookie() } });
    expect(viaLocalhost.status).toBe(200);
  });

  it('refuses requests from another origin even with the token', async () => {
    const r = await api('app.info', {}, { Origin: 'http://127.0.0.1:1' });
    expect(r.status).toBe(403);
    const cross = await send(bridge.port, { path: '/', headers: { ...cookie(), 'Sec-Fetch-Site': 'cross-site' } });
    expect(cross.status).toBe(403);
    const same = await api('app.info', {}, { Origin: `http://127.0.0.1:${bridge.port}`, 'Sec-Fetch-Site': 'same-origin' });
    expect(same.status).toBe(200);
  });

  it('moves a ?token= into a cookie and redirects to the same path without it', async () => {
    const r = await send(bridge.port, { path: `/index.html?lang=en&token=${bridge.token}` });
    expect(r.status).toBe(303);
    expect(r.headers.location).toBe('/index.html?lang=en');
    expect(r.headers['set-cookie']).toEqual([`plani_token_${bridge.port}=${bridge.token}; HttpOnly; SameSite=Strict; Path=/`]);
    expect((await send(bridge.port, { path: `/?token=${bridge.token}` })).headers.location).toBe('/');
  });

  it('serves index.html with the token written into its meta tag, uncached, under the CSP', async () => {
    const r = await send(bridge.port, { path: '/', headers: cookie() });
    expect(r.status).toBe(200);
    expect(r.text).toContain(`<meta name="plani-token" content="${bridge.token}" />`);
    expect(r.text).not.toContain('content=""');
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');

    const js = await send(bridge.port, { path: '/assets/app.js', headers: { 'X-Plani-Token': bridge.token } });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(js.text).not.toContain(bridge.token);
  });

  it('refuses path traversal', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%252e%252e/secret.txt', '//secret.txt', '/index.html%00']) {
      const r = await send(bridge.port, { path, headers: cookie() });
      expect([400, 403], path).toContain(r.status);
      expect(r.text).not.toContain('TOP SECRET');
    }
    expect((await send(bridge.port, { path: '/missing.js', headers: cookie() })).status).toBe(404);
    expect((await send(bridge.port, { method: 'DELETE', path: '/index.html', headers: cookie() })).status).toBe(405);
  });

  it('requires the X-Plani-Token header on the API; the cookie alone is not enough', async () => {
    const r = await send(bridge.port, {
      method: 'POST',
      path: '/api/preferences.set',
      headers: { 'Content-Type': 'application/json', ...cookie() },
      body: JSON.stringify({ language: 'en' }),
    });
    expect(r.status).toBe(401);
    expect(r.json()).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await ws.ok('preferences.get', {})).toEqual({ language: 'sq' });
  });

  it('runs contract methods end to end through the dispatcher', async () => {
    const init = await api('workspace.init', { role: 'lfp', institution: 'MD' });
    expect(init.status).toBe(200);
    expect(init.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(init.json()).toMatchObject({ ok: true, value: { role: 'lfp', institution: { code: 'MD' } } });

    const created = (await api('commitment.create', { componentCode: 'anti-corruption' })).json() as { ok: true; value: { id: string } };
    expect(created.ok).toBe(true);
    expect((await api('commitment.update', { id: created.value.id, changes: { title: { sq: 'Regjistri i pronarëve përfitues' } } })).json()).toMatchObject({ ok: true });
    expect((await api('commitment.update', { id: created.value.id, changes: { title: { en: 'Beneficial ownership register' } } })).json()).toMatchObject({ ok: true });
    const got = (await api('commitment.get', { id: created.value.id })).json() as { value: { title: unknown } };
    expect(got.value.title).toEqual({ sq: 'Regjistri i pronarëve përfitues', en: 'Beneficial ownership register' });
  });

  it('refuses an LFP a status of the POC’s review with its own code, and changes nothing', async () => {
    await api('workspace.init', { role: 'lfp', institution: 'MD' });
    const created = (await api('commitment.create', { componentCode: 'anti-corruption' })).json() as { value: { id: string; rev: number } };
    const refused = await api('commitment.update', { id: created.value.id, changes: { status: 'accepted' } });
    expect(refused.status).toBe(200);
    expect(refused.json()).toEqual({ ok: false, error: { code: 'status-reserved-for-poc', details: { params: { status: 'accepted' } } } });
    expect((await api('commitment.get', { id: created.value.id })).json()).toMatchObject({ ok: true, value: { status: 'draft', rev: created.value.rev } });
    expect((await api('commitment.update', { id: created.value.id, changes: { status: 'ready' } })).json()).toMatchObject({ ok: true });
  });

  it('gives invalid-input for malformed input and changes nothing', async () => {
    const bad = await api('preferences.set', { language: 'fr' });
    expect(bad.status).toBe(200);
    expect(bad.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const extra = await api('preferences.set', { language: 'en', admin: true });
    expect(extra.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });

    const notJson = await send(bridge.port, {
      method: 'POST',
      path: '/api/preferences.set',
      headers: { 'Content-Type': 'application/json', 'X-Plani-Token': bridge.token },
      body: '{"language": "en"',
    });
    expect(notJson.status).toBe(400);
    expect(notJson.json()).toEqual({ ok: false, error: { code: 'invalid-input' } });
    expect(await ws.ok('preferences.get', {})).toEqual({ language: 'sq' });
  });

  it('answers unknown methods with the dispatcher envelope, wrong verbs with 405, big bodies with 413', async () => {
    expect((await api('drop.tables', {})).json()).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect((await api('__proto__', {})).json()).toMatchObject({ ok: false, error: { code: 'unknown-method' } });

    const get = await send(bridge.port, { path: '/api/app.info', headers: { 'X-Plani-Token': bridge.token } });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');

    // Chunked (counted while reading) and with Content-Length (refused before reading).
    const big = await api('preferences.set', { language: 'en', pad: 'x'.repeat(MAX_BODY_BYTES) });
    expect(big.status).toBe(413);
    expect(big.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const body = Buffer.from(JSON.stringify({ language: 'en', pad: 'x'.repeat(MAX_BODY_BYTES) }));
    const declared = await send(bridge.port, {
      method: 'POST',
      path: '/api/preferences.set',
      headers: { 'Content-Type': 'application/json', 'X-Plani-Token': bridge.token, 'Content-Length': String(body.length) },
      body,
    });
    expect(declared.status).toBe(413);
    expect(await ws.ok('preferences.get', {})).toEqual({ language: 'sq' });
  });

  it('stops listening on close', async () => {
    const { port } = bridge;
    await bridge.close();
    await expect(send(port, { path: '/' })).rejects.toThrow();
    bridge = await startWebBridge({ plani: ws.plani, rendererDir }); // for afterEach
  });
});
