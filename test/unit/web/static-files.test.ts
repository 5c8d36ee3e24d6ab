import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveStaticPath, staticHeaders } from '../../../electron/web/static-files';
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
