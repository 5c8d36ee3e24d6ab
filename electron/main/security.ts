// Hardening applied to every web contents and to the default session. The
// decisions are pure functions (tested in test/unit/electron/security.test.ts);
// the install functions only attach them to Electron objects passed in.
import type { App, Session, Shell, WebContents } from 'electron';
import { isAppUrl, parseUrl } from './app-origin';

export { isAppUrl };

/** Sites a link in the app may open in the user's browser; exact host names only. */
export const EXTERNAL_HOST_ALLOW_LIST: ReadonlySet<string> = new Set(['www.opengovpartnership.org', 'ogp.gov.al']);

/**
 * Whether a link may be handed to the operating system. Parsed with `new URL`
 * (never substring checks): https only, exact allow-listed host (so
 * "ogp.gov.al.evil.example", "xn--…" look-alikes or a trailing dot fail),
 * no credentials, default port only.
 */
export function isAllowedExternalUrl(url: string): boolean {
  const u = parseUrl(url);
  return (
    u !== null &&
    u.protocol === 'https:' &&
    u.username === '' &&
    u.password === '' &&
    u.port === '' &&
    EXTERNAL_HOST_ALLOW_LIST.has(u.hostname)
  );
}

export type NavigationDecision = { action: 'allow' } | { action: 'deny'; openExternally?: string };

/** In-window navigation stays inside app://plani; allow-listed links go to the browser instead. */
export function navigationDecision(url: string): NavigationDecision {
  if (isAppUrl(url)) return { action: 'allow' };
  if (isAllowedExternalUrl(url)) return { action: 'deny', openExternally: new URL(url).href };
  return { action: 'deny' };
}

/**
 * The one permission the renderer needs: writing plain text to the clipboard
 * ("copy safety code", navigator.clipboard.writeText), and only for the app's
 * own origin (app://plani). Everything else (camera, notifications,
 * clipboard-read, geolocation …) is denied; a future need is one reviewed
 * line here.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);
export function permissionDecision(permission: string, requestingUrl: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}

/** Offline-first: the window never talks to the network, whatever a page tries. */
export function shouldBlockRequest(url: string): boolean {
  const u = parseUrl(url);
  if (u === null) return true;
  return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'ws:' || u.protocol === 'wss:' || u.protocol === 'ftp:';
}
/** What webRequest is asked to intercept; shouldBlockRequest decides on each URL. */
export const NETWORK_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

type ExternalOpener = Pick<Shell, 'openExternal'>;
type PreventableEvent = { preventDefault(): void };

function openExternally(shell: ExternalOpener, url: string | undefined): void {
  if (url === undefined) return;
  shell.openExternal(url).catch(() => {
    // No browser configured, or the user cancelled: nothing to recover.
  });
}

/** The subset of WebContents this module touches; tests pass a plain object. */
export type HardenableWebContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function hardenWebContents(contents: HardenableWebContents, shell: ExternalOpener): void {
  const guardNavigation = (event: PreventableEvent, url: string) => {
    const decision = navigationDecision(url);
    if (decision.action === 'allow') return;
    event.preventDefault();
    openExternally(shell, decision.openExternally);
  };
  // details.url, not the deprecated second argument.
  contents.on('will-navigate', (event) => guardNavigation(event, event.url));
  // Sub-frames only: the main frame is will-navigate's job (which may also
  // open an allow-listed link externally).
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) openExternally(shell, new URL(url).href);
    return { action: 'deny' };
  });
}

export type HardenableSession = {
  setPermissionRequestHandler: Session['setPermissionRequestHandler'];
  setPermissionCheckHandler: Session['setPermissionCheckHandler'];
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest'>;
};

export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((contents, permission, callback) => {
    callback(permissionDecision(permission, contents.getURL()));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => permissionDecision(permission, requestingOrigin));
  session.webRequest.onBeforeRequest({ urls: NETWORK_URL_PATTERNS }, (details, callback) => {
    callback({ cancel: shouldBlockRequest(details.url) });
  });
}

/** Applies hardenWebContents to every window, view or worker Electron creates. */
export function installSecurity(app: Pick<App, 'on'>, shell: ExternalOpener): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell));
}
