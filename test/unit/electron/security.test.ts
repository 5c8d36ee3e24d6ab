import { describe, expect, it } from 'vitest';
import {
  hardenSession,
  hardenWebContents,
  installSecurity,
  isAllowedExternalUrl,
  isAppUrl,
  navigationDecision,
  permissionDecision,
  shouldBlockRequest,
  type HardenableSession,
  type HardenableWebContents,
} from '../../../electron/main/security';
import { fakeEvent, FakeShell, FakeWebContents } from './fakes/electron';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://www.opengovpartnership.org/',
    'https://www.opengovpartnership.org/members/albania/',
    'https://ogp.gov.al/plani?x=1#top',
    'HTTPS://WWW.OPENGOVPARTNERSHIP.ORG/',
    'https://ogp.gov.al:443/',
  ])('allows %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true));

  it.each([
    ['plain http', 'http://www.opengovpartnership.org/'],
    ['credentials', 'https://user:pw@ogp.gov.al/'],
    ['user only', 'https://ogp.gov.al@evil.example/'],
    ['non-default port', 'https://ogp.gov.al:8443/'],
    ['suffix look-alike', 'https://ogp.gov.al.evil.example/'],
    ['prefix look-alike', 'https://evilogp.gov.al/'],
    ['subdomain not listed', 'https://opengovpartnership.org/'],
    ['trailing dot', 'https://ogp.gov.al./'],
    ['punycode look-alike', 'https://xn--gp-7ka.gov.al/'],
    ['javascript', 'javascript:alert(1)'],
    ['file', 'file:///C:/Windows/system32/calc.exe'],
    ['app scheme', 'app://plani/index.html'],
    ['not a URL', 'ogp.gov.al'],
    ['empty', ''],
  ])('refuses %s', (_why, url) => expect(isAllowedExternalUrl(url)).toBe(false));
});

describe('isAppUrl', () => {
  it('accepts only app://plani without credentials or port', () => {
    expect(isAppUrl('app://plani/index.html')).toBe(true);
    expect(isAppUrl('app://plani/')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('app://plani.evil/index.html')).toBe(false);
    expect(isAppUrl('app://x@plani/index.html')).toBe(false);
    expect(isAppUrl('app://plani:8080/index.html')).toBe(false);
    expect(isAppUrl('https://plani/index.html')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
    expect(isAppUrl('about:blank')).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });
});

describe('decisions', () => {
  it('navigation stays in the app; allow-listed links go to the browser', () => {
    expect(navigationDecision('app://plani/index.html#/plan')).toEqual({ action: 'allow' });
    expect(navigationDecision('https://evil.example/')).toEqual({ action: 'deny' });
    expect(navigationDecision('https://ogp.gov.al/a')).toEqual({ action: 'deny', openExternally: 'https://ogp.gov.al/a' });
    // The browser gets the parsed form, so a parser difference cannot change the host.
    expect(navigationDecision('https://ogp.gov.al\\@evil.example/')).toEqual({
      action: 'deny',
      openExternally: 'https://ogp.gov.al/@evil.example/',
    });
  });

  it('denies every permission, even to the app itself, except writing to the clipboard', () => {
    for (const p of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(permissionDecision(p, 'app://plani/index.html')).toBe(false);
      expect(permissionDecision(p, 'https://evil.example/')).toBe(false);
    }
  });

  it('grants clipboard-sanitized-write to the app\'s own origin only', () => {
    expect(permissionDecision('clipboard-sanitized-write', 'app://plani/index.html')).toBe(true);
    // The permission check handler is given the origin, not a page URL.
    expect(permissionDecision('clipboard-sanitized-write', 'app://plani')).toBe(true);
    for (const other of ['https://evil.example/', 'app://plani.evil/', 'app://user:pw@plani/', 'file:///C:/index.html', 'app://plani:8080/', 'null', '']) {
      expect(permissionDecision('clipboard-sanitized-write', other)).toBe(false);
    }
  });

  it('blocks network requests and lets the app scheme through', () => {
    expect(shouldBlockRequest('https://fonts.googleapis.com/css')).toBe(true);
    expect(shouldBlockRequest('http://127.0.0.1:5173/')).toBe(true);
    expect(shouldBlockRequest('wss://example.org/socket')).toBe(true);
    expect(shouldBlockRequest('not a url')).toBe(true);
    expect(shouldBlockRequest('app://plani/assets/index.js')).toBe(false);
    expect(shouldBlockRequest('data:image/png;base64,AAAA')).toBe(false);
  });
});

describe('hardenWebContents', () => {
  const setup = () => {
    const contents = new FakeWebContents();
    const shell = new FakeShell();
    hardenWebContents(contents as unknown as HardenableWebContents, shell);
    return { contents, shell };
  };

  it('prevents navigation away from the app and opens allow-listed links externally', async () => {
    const { contents, shell } = setup();
    const inside = fakeEvent({ url: 'app://plani/index.html' });
    contents.emit('will-navigate', inside);
    expect(inside.defaultPrevented).toBe(false);

    const evil = fakeEvent({ url: 'https://evil.example/phish' });
    contents.emit('will-navigate', evil);
    expect(evil.defaultPrevented).toBe(true);

    const ogp = fakeEvent({ url: 'https://www.opengovpartnership.org/' });
    contents.emit('will-navigate', ogp);
    expect(ogp.defaultPrevented).toBe(true);
    await Promise.resolve();
    expect(shell.opened).toEqual(['https://www.opengovpartnership.org/']);
  });

  it('prevents redirects, sub-frame navigation and <webview>', () => {
    const { contents } = setup();
    const redirect = fakeEvent({ url: 'https://evil.example/' });
    contents.emit('will-redirect', redirect);
    expect(redirect.defaultPrevented).toBe(true);

    const frame = fakeEvent({ url: 'https://evil.example/', isMainFrame: false });
    contents.emit('will-frame-navigate', frame);
    expect(frame.defaultPrevented).toBe(true);

    const webview = fakeEvent();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.defaultPrevented).toBe(true);
  });

  it('denies every new window; only allow-listed https links reach the browser', () => {
    const { contents, shell } = setup();
    const handler = contents.windowOpenHandler!;
    expect(handler({ url: 'https://ogp.gov.al/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://plani/index.html' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(shell.opened).toEqual(['https://ogp.gov.al/']);
  });

  it('is applied to every web contents Electron creates', () => {
    const app = new (class extends FakeWebContents {})();
    const shell = new FakeShell();
    installSecurity(app as unknown as Parameters<typeof installSecurity>[0], shell);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', fakeEvent(), contents);
    expect(contents.windowOpenHandler).not.toBeNull();
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });
});

describe('hardenSession', () => {
  it('denies permission requests and checks, and cancels network requests', () => {
    let request: ((wc: { getURL(): string }, permission: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: ((wc: unknown, permission: string, origin: string) => boolean) | undefined;
    let filter: { urls: string[] } | undefined;
    let before: ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined;
    const session = {
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
      webRequest: {
        onBeforeRequest: (f: { urls: string[] }, h: typeof before) => {
          filter = f;
          before = h;
        },
      },
    };
    hardenSession(session as unknown as HardenableSession);

    const granted: boolean[] = [];
    request!({ getURL: () => 'app://plani/index.html' }, 'media', (g) => granted.push(g));
    request!({ getURL: () => 'app://plani/index.html' }, 'notifications', (g) => granted.push(g));
    expect(granted).toEqual([false, false]);
    expect(check!(null, 'clipboard-read', 'app://plani')).toBe(false);

    expect(filter!.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
    const answers: boolean[] = [];
    before!({ url: 'https://example.org/' }, (r) => answers.push(r.cancel));
    expect(answers).toEqual([true]);
  });
});
