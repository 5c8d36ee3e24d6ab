// Serving the built renderer (dist/renderer/) safely. Shared by the Electron
// app:// protocol handler and the browser-mode loopback bridge, so both refuse
// the same paths and send the same headers. Node-only, no Electron import.
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { CONTENT_SECURITY_POLICY } from '../services/security/csp';

export type StaticPath =
  | { ok: true; file: string; isIndex: boolean }
  | { ok: false; status: 400 | 403 };

const INDEX = 'index.html';

/**
 * Maps the raw (still percent-encoded, query removed) path of a request to a
 * file under rootDir, or refuses it. Refusals are deliberately strict: the
 * renderer build never needs dot segments, backslashes, colons or percent
 * signs in a file name, so anything carrying them is an attack or a bug.
 * The final containment check holds even if a rule above is ever loosened.
 */
export function resolveStaticPath(rawPath: string, rootDir: string): StaticPath {
  if (!rawPath.startsWith('/')) return { ok: false, status: 400 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 400 };
  }
  // NUL truncates paths in native code; '\' is a separator on Windows; ':'
  // would allow drive letters and NTFS streams; a '%' left after decoding
  // means double encoding (%252e%252e).
  if (/[\0\\:%]/.test(decoded)) return { ok: false, status: 400 };
  const segments = decoded.slice(1).split('/');
  const last = segments.length - 1;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] ?? '';
    if (s === '' && i !== last) return { ok: false, status: 400 }; // '//' would make an absolute path
    if (s === '.' || s === '..') return { ok: false, status: 400 };
    if (s.startsWith('.')) return { ok: false, status: 403 }; // hidden files are never part of the build
  }
  const relative = segments[last] === '' ? [...segments.slice(0, last), INDEX].join('/') : segments.join('/');
  const root = resolve(rootDir);
  const file = resolve(root, relative);
  if (!file.startsWith(root + sep)) return { ok: false, status: 403 };
  return { ok: true, file, isIndex: file === resolve(root, INDEX) };
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(file: string): string {
  return MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The build's own files in assets/ carry a hash of their content in their
 * name (index-g4GqRglI.js): a changed file is a new name, so these may be
 * kept by the browser for good.
 */
export function isHashedAsset(file: string): boolean {
  return basename(dirname(file)) === 'assets' && /-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/.test(basename(file));
}

/** Headers every renderer file is served with, in both runtimes. */
export function staticHeaders(file: string, isIndex: boolean): Record<string, string> {
  return {
    'Content-Type': mimeTypeFor(file),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // index.html may carry the browser-mode token; nothing else is secret,
    // but the build changes under a running app during development, so only
    // hashed names are kept without asking again.
    'Cache-Control': isIndex ? 'no-store' : isHashedAsset(file) ? 'private, max-age=31536000, immutable' : 'no-cache',
  };
}

export interface StaticResponse {
  status: number;
  headers: Record<string, string>;
  /** null for HEAD and for errors whose body the caller writes. */
  body: Buffer | null;
}

const plain = (status: number, text: string): StaticResponse => ({
  status,
  headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  body: Buffer.from(text, 'utf8'),
});

export interface ServeOptions {
  /** Rewrites index.html before it is sent (browser mode injects its token). */
  transformIndex?: (html: string) => string;
  /** The request's Accept-Encoding: browser mode sends text files compressed (Electron's app:// passes none). */
  acceptEncoding?: string;
}

export type ContentEncoding = 'br' | 'gzip';

/** The encoding to send for an Accept-Encoding header: brotli, else gzip, else none (a q=0 refuses one). */
export function pickEncoding(header: string | undefined): ContentEncoding | null {
  if (!header) return null;
  const offered = new Map<string, number>();
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find((m) => m !== null);
    if (name) offered.set(name.trim(), q ? Number(q[1]) : 1);
  }
  const wants = (e: string) => (offered.get(e) ?? offered.get('*') ?? 0) > 0;
  return wants('br') ? 'br' : wants('gzip') ? 'gzip' : null;
}

const COMPRESSIBLE = /^(text\/|application\/(json|wasm)|image\/svg\+xml)/;
/** Below this a file goes as it is: compressing would not save a packet. */
const MIN_COMPRESS_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Compressed copies of the renderer's files, made on the first request for
 * each and kept while the file is unchanged (same size and modification
 * time); the first screen's 1.7 MB of JavaScript goes as about 450 kB.
 */
const compressed = new Map<string, { stamp: string; body: Promise<Buffer> }>();

function compressedCopy(file: string, stamp: string, body: Buffer, encoding: ContentEncoding): Promise<Buffer> {
  const key = `${encoding}:${file}`;
  const hit = compressed.get(key);
  if (hit && hit.stamp === stamp) return hit.body;
  const made =
    encoding === 'br'
      ? brotli(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : gzipAsync(body, { level: 6 });
  compressed.set(key, { stamp, body: made });
  made.catch(() => compressed.delete(key));
  return made;
}

/** GET/HEAD a resolved renderer file: 405 for other verbs, the refusal's status, 404 when missing. */
export async function serveStatic(method: string, resolved: StaticPath | { ok: false; status: 404 }, options: ServeOptions = {}): Promise<StaticResponse> {
  if (method !== 'GET' && method !== 'HEAD') {
    const r = plain(405, 'Method Not Allowed');
    r.headers.Allow = 'GET, HEAD';
    return r;
  }
  if (!resolved.ok && resolved.status === 404) return plain(404, 'Not Found');
  if (!resolved.ok) return plain(resolved.status, resolved.status === 400 ? 'Bad Request' : 'Forbidden');
  try {
    const info = await stat(resolved.file);
    if (!info.isFile()) return plain(404, 'Not Found');
    let body: Buffer = await readFile(resolved.file);
    if (resolved.isIndex && options.transformIndex) body = Buffer.from(options.transformIndex(body.toString('utf8')), 'utf8');
    const headers = staticHeaders(resolved.file, resolved.isIndex);
    // index.html is small and differs per run (its token): never compressed, never kept.
    if (!resolved.isIndex && COMPRESSIBLE.test(headers['Content-Type']!)) {
      headers.Vary = 'Accept-Encoding';
      const encoding = pickEncoding(options.acceptEncoding);
      if (encoding && body.length >= MIN_COMPRESS_BYTES) {
        body = await compressedCopy(resolved.file, `${info.size}:${info.mtimeMs}`, body, encoding);
        headers['Content-Encoding'] = encoding;
      }
    }
    headers['Content-Length'] = String(body.length);
    return { status: 200, headers, body: method === 'HEAD' ? null : body };
  } catch {
    return plain(404, 'Not Found');
  }
}
