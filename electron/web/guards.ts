// The browser-mode bridge's request checks as pure functions: who may talk
// to a server that any web page in the user's browser can reach at
// 127.0.0.1. The Host check defeats DNS rebinding, the Origin/Fetch-Site
// checks refuse other sites, and the per-start token refuses other local
// programs and pages on other local ports.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const TOKEN_HEADER = 'x-plani-token';
export const TOKEN_QUERY = 'token';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Constant-time comparison. Both sides are hashed first so inputs of any
 * length compare in the same time and timingSafeEqual never throws.
 */
export function tokensEqual(candidate: string | undefined, token: string): boolean {
  if (candidate === undefined || candidate === '') return false;
  const a = createHash('sha256').update(candidate, 'utf8').digest();
  const b = createHash('sha256').update(token, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** Cookies are not isolated by port, so two bridges on one machine need two names. */
export const cookieName = (port: number) => `plani_token_${port}`;

export function tokenCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** Only our own loopback authority; anything else is a rebinding attempt or a proxy mistake. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const h = host.toLowerCase();
  return h === `127.0.0.1:${port}` || h === `localhost:${port}`;
}

/**
 * Browsers send Origin on cross-origin requests and on every POST; when it is
 * there it must be this server as addressed (Host). "null" (sandboxed
 * frames, file pages) is refused. Sec-Fetch-Site, where sent, must say the
 * request comes from this origin or from the user (typed URL, bookmark).
 */
export function isAllowedOrigin(origin: string | undefined, fetchSite: string | undefined, host: string): boolean {
  if (origin !== undefined && origin.toLowerCase() !== `http://${host.toLowerCase()}`) return false;
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') return false;
  return true;
}

/** The request target split into its raw (still encoded) path and its query. */
export function splitTarget(target: string | undefined): { rawPath: string; query: URLSearchParams } | null {
  if (!target || !target.startsWith('/')) return null;
  const q = target.indexOf('?');
  const rawPath = q === -1 ? target : target.slice(0, q);
  const hash = rawPath.indexOf('#');
  return {
    rawPath: hash === -1 ? rawPath : rawPath.slice(0, hash),
    query: new URLSearchParams(q === -1 ? '' : target.slice(q + 1)),
  };
}

/**
 * Where to send the browser after taking the token out of the address bar.
 * Always a path on this server: "//host" or "/\\host" would make the
 * Location header point elsewhere (an open redirect), so those become "/".
 */
export function locationWithoutToken(rawPath: string, query: URLSearchParams): string {
  const path = /^\/(?![/\\])[^\\\s]*$/.test(rawPath) ? rawPath : '/';
  const rest = new URLSearchParams(query);
  rest.delete(TOKEN_QUERY);
  const qs = rest.toString();
  return qs === '' ? path : `${path}?${qs}`;
}
