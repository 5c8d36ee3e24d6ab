// The renderer's Content-Security-Policy, in one place. The custom app://
// protocol (Electron) and the loopback bridge (browser mode) send it as a
// response header; renderer/index.html carries the same string in a meta tag
// so the page is protected even if it is ever opened another way.
// No 'unsafe-eval' anywhere; 'unsafe-inline' for styles only, because the UI
// kit injects <style> elements at run time.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The same policy for the page's meta tag. frame-ancestors is valid only as
 * a response header: in a meta tag Chromium ignores it and logs an error.
 */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ');
