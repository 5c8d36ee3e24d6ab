import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  registerAppScheme,
  resolveAppRequest,
  serveAppRequest,
} from '../../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/services/security/csp';

let root: string;
let outside: string;

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'plani-protocol-'));
  root = join(base, 'renderer');
  outside = join(base, 'secret.txt');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><meta name="plani-token" content="" /><title>Plani</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'font.woff2'), 'x');
  writeFileSync(join(root, 'assets', 'logo.svg'), '<svg/>');
  writeFileSync(outside, 'do not serve');
});
afterAll(() => rmSync(join(root, '..'), { recursive: true, force: true }));

describe('resolveAppRequest', () => {
  it('maps app://plani paths into the renderer folder', () => {
    expect(resolveAppRequest('app://plani/index.html', root)).toEqual({ ok: true, file: join(root, 'index.html'), isIndex: true });
    expect(resolveAppRequest('app://plani/', root)).toEqual({ ok: true, file: join(root, 'index.html'), isIndex: true });
    expect(resolveAppRequest('app://plani/assets/index-abc.js?v=1#x', root)).toEqual({
      ok: true,
      file: join(root, 'assets', 'index-abc.js'),
      isIndex: false,
    });
    expect(resolveAppRequest('app://plani/assets/my%20file.js', root)).toMatchObject({ ok: true, file: join(root, 'assets', 'my file.js') });
  });

  it('refuses other hosts, ports, credentials and schemes', () => {
    for (const url of ['app://evil/index.html', 'app://plani:99/index.html', 'app://u:p@plani/index.html', 'https://plani/index.html']) {
      expect(resolveAppRequest(url, root), url).toEqual({ ok: false, status: 404 });
    }
    expect(resolveAppRequest('not a url', root)).toEqual({ ok: false, status: 400 });
  });

  it.each([
    'app://plani/%2e%2e/secret.txt',
    'app://plani/assets/%2E%2E/%2E%2E/secret.txt',
    'app://plani/%252e%252e/secret.txt',
    'app://plani/..%2fsecret.txt',
    'app://plani/..%5csecret.txt',
    'app://plani/assets%5c..%5c..%5csecret.txt',
    'app://plani/index.html%00.js',
    'app://plani//etc/passwd',
    'app://plani/%2fetc%2fpasswd',
    'app://plani/C:%2fWindows%2fwin.ini',
    'app://plani/index.html::$DATA',
    'app://plani/.env',
    'app://plani/%E0%A4%A',
  ])('refuses the traversal attempt %s', (url) => {
    const r = resolveAppRequest(url, root);
    expect(r.ok).toBe(false);
  });
});

describe('serveAppRequest', () => {
  it('serves files with their MIME type, the CSP and nosniff', async () => {
    const html = await serveAppRequest('GET', 'app://plani/index.html', root);
    expect(html.status).toBe(200);
    expect(html.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(html.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(html.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(html.headers['Cache-Control']).toBe('no-store');
    expect(html.body!.toString()).toContain('<title>Plani</title>');

    const types = {
      'assets/index-abc.js': 'text/javascript; charset=utf-8',
      'assets/index-abc.css': 'text/css; charset=utf-8',
      'assets/font.woff2': 'font/woff2',
      'assets/logo.svg': 'image/svg+xml',
    };
    for (const [path, type] of Object.entries(types)) {
      const r = await serveAppRequest('GET', `app://plani/${path}`, root);
      expect(r.status, path).toBe(200);
      expect(r.headers['Content-Type'], path).toBe(type);
      expect(r.headers['Content-Security-Policy'], path).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers HEAD without a body and refuses other verbs with 405', async () => {
    const head = await serveAppRequest('HEAD', 'app://plani/index.html', root);
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
    expect(Number(head.headers['Content-Length'])).toBeGreaterThan(0);
    for (const verb of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
      const r = await serveAppRequest(verb, 'app://plani/index.html', root);
      expect(r.status, verb).toBe(405);
      expect(r.headers.Allow).toBe('GET, HEAD');
    }
  });

  it('gives 404 for missing files and folders, 400/403 for refused paths, never the file outside', async () => {
    expect((await serveAppRequest('GET', 'app://plani/missing.js', root)).status).toBe(404);
    expect((await serveAppRequest('GET', 'app://plani/assets', root)).status).toBe(404);
    expect((await serveAppRequest('GET', 'app://plani/%2e%2e/secret.txt', root)).status).toBe(400);
    expect((await serveAppRequest('GET', 'app://plani/.hidden', root)).status).toBe(403);
    const r = await serveAppRequest('GET', 'app://plani/..%2fsecret.txt', root);
    expect(r.body?.toString()).not.toContain('do not serve');
  });
});

describe('protocol registration', () => {
  it('registers app:// as standard, secure and fetch-capable before ready', () => {
    const calls: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => calls.push(schemes) });
    expect(calls).toEqual([[APP_SCHEME_PRIVILEGES]]);
    expect(APP_SCHEME_PRIVILEGES).toEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } });
  });

  it('the protocol.handle handler answers web Requests with web Responses', async () => {
    const handler = createAppProtocolHandler(root);
    const ok = await handler(new Request('app://plani/index.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await ok.text()).toContain('Plani');
    const post = await handler(new Request('app://plani/index.html', { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
  });
});
