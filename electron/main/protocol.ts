// The app://plani/ scheme that serves dist/renderer/ to the window. A custom
// standard+secure scheme (rather than file://) gives the page a real origin,
// so 'self' in the CSP means "our files" and nothing else on disk.
import type { CustomScheme, Protocol } from 'electron';
import { resolveStaticPath, serveStatic, type StaticPath, type StaticResponse } from '../web/static-files';
import { APP_HOST, APP_SCHEME } from './app-origin';

export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** Must run before the app is ready (Electron refuses later). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

export type AppRequestTarget = StaticPath | { ok: false; status: 404 };

/**
 * Which file of the renderer folder an app:// URL names, or why not (pure,
 * no I/O). Other hosts, credentials and ports are refused. The guard gets
 * the path as written in the URL string, before `new URL` resolves dot
 * segments (including "%2e%2e"), so a traversal attempt is refused rather
 * than silently turned into another file name.
 */
export function resolveAppRequest(url: string, rootDir: string): AppRequestTarget {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.hostname !== APP_HOST || u.port !== '' || u.username !== '' || u.password !== '') {
    return { ok: false, status: 404 };
  }
  const written = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(url)?.[1] ?? '';
  return resolveStaticPath(written === '' ? '/' : written, rootDir);
}

export function serveAppRequest(method: string, url: string, rootDir: string): Promise<StaticResponse> {
  return serveStatic(method, resolveAppRequest(url, rootDir));
}

/** The handler given to protocol.handle(); Request/Response are the web globals. */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const r = await serveAppRequest(request.method, request.url, rootDir);
    return new Response(r.body === null ? null : new Uint8Array(r.body), { status: r.status, headers: r.headers });
  };
}

export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rootDir));
}
