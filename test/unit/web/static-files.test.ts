import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isHashedAsset, mimeTypeFor, pickEncoding, resolveStaticPath, serveStatic, staticHeaders } from '../../../electron/web/static-files';
import { CONTENT_SECURITY_POLICY } from '../../../electron/services/security/csp';

const root = resolve('/srv/plani/renderer');

describe('resolveStaticPath', () => {
  it('maps paths inside the root, with / meaning index.html', () => {
    expect(resolveStaticPath('/', root)).toEqual({ ok: true, file: join(root, 'index.html'), isIndex: true });
    expect(resolveStaticPath('/assets/a-1.js', root)).toEqual({ ok: true, file: join(root, 'assets', 'a-1.js'), isIndex: false });
    expect(resolveStaticPath('/assets/', root)).toEqual({ ok: true, file: join(root, 'assets', 'index.html'), isIndex: false });
  });

  it.each([
    ['/..', 400],
    ['/../etc/passwd', 400],
    ['/assets/../../etc/passwd', 400],
    ['/./index.html', 400],
    ['/%2e%2e/etc/passwd', 400],
    ['/%2E%2e%2Fetc%2Fpasswd', 400],
    ['/%252e%252e/etc', 400],
    ['/..%5c..%5cwin.ini', 400],
    ['/assets\\..\\..\\win.ini', 400],
    ['/index.html%00', 400],
    ['/%00', 400],
    ['//etc/passwd', 400],
    ['/%2f%2fetc', 400],
    ['/C:/Windows/win.ini', 400],
    ['/index.html:stream', 400],
    ['/%E0%A4%A', 400],
    ['index.html', 400],
    ['/.git/config', 403],
    ['/assets/.secret', 403],
  ] as const)('refuses %s with %i', (path, status) => {
    expect(resolveStaticPath(path, root)).toEqual({ ok: false, status });
  });
});

describe('headers', () => {
  it('types files and always sends the CSP and nosniff', () => {
    expect(mimeTypeFor('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('a.unknown')).toBe('application/octet-stream');
    const h = staticHeaders('/x/index.html', true);
    expect(h['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Cache-Control']).toBe('no-store');
  });
});

describe('compression and caching', () => {
  let dir: string;
  const js = `export const x = ${JSON.stringify('Përmirësimi i shërbimeve publike. '.repeat(400))};\n`;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'plani-static-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), `<!doctype html><title>Plani</title>${'<p>ë</p>'.repeat(400)}`);
    writeFileSync(join(dir, 'assets', 'index-g4GqRglI.js'), js);
    writeFileSync(join(dir, 'assets', 'tiny-AbCdEf12.css'), 'p{}');
    writeFileSync(join(dir, 'assets', 'logo-AbCdEf12.png'), Buffer.alloc(4096, 7));
    writeFileSync(join(dir, 'notes.txt'), 'x'.repeat(4096));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const get = (path: string, acceptEncoding?: string, method = 'GET') =>
    serveStatic(method, resolveStaticPath(path, dir), { acceptEncoding, transformIndex: (html) => html.replace('<title>', '<meta name="t" content="secret"><title>') });

  it('picks brotli, else gzip, else nothing, and honours q=0', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(pickEncoding('gzip, deflate')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(pickEncoding('*')).toBe('br');
    expect(pickEncoding('identity')).toBeNull();
    expect(pickEncoding('gzip;q=0')).toBeNull();
    expect(pickEncoding(undefined)).toBeNull();
  });

  it('sends a script brotli-compressed to a browser that accepts it, with the same CSP, kept for good under its hashed name', async () => {
    const r = await get('/assets/index-g4GqRglI.js', 'gzip, deflate, br');
    expect(r.status).toBe(200);
    expect(r.headers['Content-Encoding']).toBe('br');
    expect(r.headers.Vary).toBe('Accept-Encoding');
    expect(r.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(r.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(r.headers['Cache-Control']).toBe('private, max-age=31536000, immutable');
    expect(Number(r.headers['Content-Length'])).toBe(r.body!.length);
    expect(r.body!.length).toBeLessThan(Buffer.byteLength(js) / 10);
    expect(brotliDecompressSync(r.body!).toString('utf8')).toBe(js);
    // The second request gets the kept copy, byte for byte.
    expect((await get('/assets/index-g4GqRglI.js', 'br')).body!.equals(r.body!)).toBe(true);
  });

  it('sends gzip when brotli is not accepted, and the file as it is when nothing is', async () => {
    const gz = await get('/assets/index-g4GqRglI.js', 'gzip');
    expect(gz.headers['Content-Encoding']).toBe('gzip');
    expect(gunzipSync(gz.body!).toString('utf8')).toBe(js);
    const plainResponse = await get('/assets/index-g4GqRglI.js');
    expect(plainResponse.headers['Content-Encoding']).toBeUndefined();
    expect(plainResponse.headers.Vary).toBe('Accept-Encoding');
    expect(plainResponse.body!.toString('utf8')).toBe(js);
  });

  it('a HEAD says what a GET would send, without a body', async () => {
    const head = await get('/assets/index-g4GqRglI.js', 'br', 'HEAD');
    const body = await get('/assets/index-g4GqRglI.js', 'br');
    expect(head.body).toBeNull();
    expect(head.headers['Content-Length']).toBe(body.headers['Content-Length']);
    expect(head.headers['Content-Encoding']).toBe('br');
  });

  it('never compresses or keeps index.html (it carries the token), nor small files or images', async () => {
    const index = await get('/', 'br');
    expect(index.headers['Content-Encoding']).toBeUndefined();
    expect(index.headers['Cache-Control']).toBe('no-store');
    expect(index.body!.toString('utf8')).toContain('content="secret"');
    expect((await get('/assets/tiny-AbCdEf12.css', 'br')).headers['Content-Encoding']).toBeUndefined();
    const png = await get('/assets/logo-AbCdEf12.png', 'br');
    expect(png.headers['Content-Encoding']).toBeUndefined();
    expect(png.headers.Vary).toBeUndefined();
    expect(png.headers['Cache-Control']).toBe('private, max-age=31536000, immutable');
  });

  it('asks again for files without a hash in their name', async () => {
    const r = await get('/notes.txt', 'br');
    expect(r.headers['Cache-Control']).toBe('no-cache');
    expect(r.headers['Content-Encoding']).toBe('br');
    expect(isHashedAsset(join(dir, 'notes.txt'))).toBe(false);
    expect(isHashedAsset(join(dir, 'assets', 'index-g4GqRglI.js'))).toBe(true);
    expect(isHashedAsset(join(dir, 'other', 'index-g4GqRglI.js'))).toBe(false);
  });

  it('compresses a changed file afresh', async () => {
    const file = join(dir, 'assets', 'changing-AbCdEf12.js');
    writeFileSync(file, 'a'.repeat(5000));
    const first = await get('/assets/changing-AbCdEf12.js', 'br');
    writeFileSync(file, 'b'.repeat(6000));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const second = await get('/assets/changing-AbCdEf12.js', 'br');
    expect(brotliDecompressSync(first.body!).toString()).toBe('a'.repeat(5000));
    expect(brotliDecompressSync(second.body!).toString()).toBe('b'.repeat(6000));
  });
});
