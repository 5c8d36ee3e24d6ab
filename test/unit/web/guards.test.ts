import { describe, expect, it } from 'vitest';
import {
  cookieName,
  isAllowedHost,
  isAllowedOrigin,
  locationWithoutToken,
  newToken,
  readCookie,
  splitTarget,
  tokenCookie,
  tokensEqual,
} from '../../../electron/web/guards';

describe('token', () => {
  it('is 32 random bytes in base64url, different every start', () => {
    const a = newToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(a);
  });

  it('compares exactly, whatever the candidate length', () => {
    const t = newToken();
    expect(tokensEqual(t, t)).toBe(true);
    expect(tokensEqual(`${t}x`, t)).toBe(false);
    expect(tokensEqual(t.slice(1), t)).toBe(false);
    expect(tokensEqual('', t)).toBe(false);
    expect(tokensEqual(undefined, t)).toBe(false);
  });

  it('travels in an HttpOnly, SameSite=Strict cookie named after the port', () => {
    expect(cookieName(4321)).toBe('plani_token_4321');
    expect(tokenCookie(4321, 'abc')).toBe('plani_token_4321=abc; HttpOnly; SameSite=Strict; Path=/');
    expect(readCookie('a=1; plani_token_4321=abc; b=2', 'plani_token_4321')).toBe('abc');
    expect(readCookie('plani_token_1=zzz', 'plani_token_4321')).toBeUndefined();
    expect(readCookie(undefined, 'x')).toBeUndefined();
  });
});

describe('Host and Origin', () => {
  it('accepts only our loopback authority', () => {
    expect(isAllowedHost('127.0.0.1:4321', 4321)).toBe(true);
    expect(isAllowedHost('localhost:4321', 4321)).toBe(true);
    expect(isAllowedHost('LOCALHOST:4321', 4321)).toBe(true);
    for (const h of ['127.0.0.1', '127.0.0.1:80', 'evil.example:4321', 'attacker.rebind.example:4321', '[::1]:4321', '0.0.0.0:4321', '', undefined]) {
      expect(isAllowedHost(h, 4321), String(h)).toBe(false);
    }
  });

  it('accepts no Origin or our own; refuses other sites and "null"', () => {
    expect(isAllowedOrigin(undefined, undefined, '127.0.0.1:4321')).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:4321', 'same-origin', '127.0.0.1:4321')).toBe(true);
    expect(isAllowedOrigin(undefined, 'none', '127.0.0.1:4321')).toBe(true);
    expect(isAllowedOrigin('http://localhost:4321', undefined, '127.0.0.1:4321')).toBe(false);
    expect(isAllowedOrigin('http://127.0.0.1:9999', undefined, '127.0.0.1:4321')).toBe(false);
    expect(isAllowedOrigin('null', undefined, '127.0.0.1:4321')).toBe(false);
    expect(isAllowedOrigin('https://evil.example', undefined, '127.0.0.1:4321')).toBe(false);
    expect(isAllowedOrigin(undefined, 'cross-site', '127.0.0.1:4321')).toBe(false);
    expect(isAllowedOrigin(undefined, 'same-site', '127.0.0.1:4321')).toBe(false);
  });
});

describe('request target', () => {
  it('splits the raw path from the query and refuses absolute forms', () => {
    const t = splitTarget('/a%20b/index.html?token=x&lang=en');
    expect(t?.rawPath).toBe('/a%20b/index.html');
    expect(t?.query.get('token')).toBe('x');
    expect(splitTarget('http://evil.example/')).toBeNull();
    expect(splitTarget('*')).toBeNull();
    expect(splitTarget(undefined)).toBeNull();
  });

  it('redirects to the same path without the token, never to another host', () => {
    expect(locationWithoutToken('/', new URLSearchParams('token=x'))).toBe('/');
    expect(locationWithoutToken('/index.html', new URLSearchParams('token=x&lang=en'))).toBe('/index.html?lang=en');
    expect(locationWithoutToken('//evil.example/', new URLSearchParams('token=x'))).toBe('/');
    expect(locationWithoutToken('/\\evil.example/', new URLSearchParams('token=x'))).toBe('/');
  });
});
