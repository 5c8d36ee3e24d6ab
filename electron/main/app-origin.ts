// The renderer's origin in the desktop app. Node's URL parser gives custom
// schemes the origin "null", so checks compare scheme and host instead.
export const APP_SCHEME = 'app';
export const APP_HOST = 'plani';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for app://plani/… with nothing unusual (credentials, port). */
export function isAppUrl(url: string): boolean {
  const u = parseUrl(url);
  return (
    u !== null &&
    u.protocol === `${APP_SCHEME}:` &&
    u.hostname === APP_HOST &&
    u.port === '' &&
    u.username === '' &&
    u.password === ''
  );
}
