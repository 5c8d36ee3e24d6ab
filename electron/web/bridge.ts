// Browser mode: the same renderer build and the same API contract, served on
// 127.0.0.1 with node:http only. Used where the Electron runtime is missing
// and by the browser end-to-end tests. Every request passes, in order: the
// Host check (403), the Origin check (403), the token (401); API calls then
// go to the one dispatcher, exactly like IPC.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ErrorCode } from '../../shared/api/errors';
import { fail, type Result } from '../../shared/api/result';
import {
  cookieName,
  isAllowedHost,
  isAllowedOrigin,
  locationWithoutToken,
  newToken,
  readCookie,
  splitTarget,
  TOKEN_HEADER,
  TOKEN_QUERY,
  tokenCookie,
  tokensEqual,
} from './guards';
import { resolveStaticPath, serveStatic } from './static-files';
import type { ApiCaller } from '../services/api/dispatch';
import { ATTACHMENT_ROUTE, sendAttachment, type AttachmentSource } from './downloads';
import { MAX_BUNDLE_BASE64, MAX_UPLOAD_BASE64 } from '../../shared/api/contract';

export const LOOPBACK_HOST = '127.0.0.1';
/** One request carries at most one upload (a spreadsheet or a bundle, base64) plus a little JSON around it. */
export const MAX_BODY_BYTES = Math.max(MAX_UPLOAD_BASE64, MAX_BUNDLE_BASE64) + 64 * 1024;
const API_PREFIX = '/api/';

export interface WebBridgeOptions {
  plani: ApiCaller;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 or absent: a free port chosen by the OS. */
  port?: number;
  /** Loopback only; the option exists to make that explicit at the call site. */
  host?: typeof LOOPBACK_HOST;
  /** Where GET /attachments/<id> finds an attachment's content (absent: the route answers 404). */
  attachments?: AttachmentSource;
}

export interface WebBridge {
  /** The address to open, token included (it moves into a cookie on first load). */
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const PLACEHOLDER = /<meta\s+name=(["'])plani-token\1\s+content=(["'])\2\s*\/?>/i;

/** Writes the token where the renderer reads it (renderer/src/api/transport-http.ts). */
export function injectToken(html: string, token: string): string {
  return html.replace(PLACEHOLDER, `<meta name="plani-token" content="${token}" />`);
}

const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
};

function sendJson(res: ServerResponse, status: number, payload: unknown, extra: Record<string, string> = {}): void {
  const body = Buffer.from(JSON.stringify(payload), 'utf8');
  res.writeHead(status, { ...JSON_HEADERS, 'Content-Length': String(body.length), ...extra });
  res.end(body);
}

const refusal = (code: ErrorCode, params?: Record<string, string | number>): Result<never> =>
  fail(params ? { code, details: { params } } : { code });

/** A header that must appear once; duplicates are treated as absent (refused where it matters). */
function single(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
}

type BodyRead = { ok: true; body: Buffer } | { ok: false };

function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        // Keep reading (and discarding) so the 413 reaches the client instead
        // of a connection reset; the caller is already authenticated.
        settled = true;
        resolve({ ok: false });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (settled) return;
      settled = true;
      resolve({ ok: true, body: Buffer.concat(chunks) });
    });
    req.on('error', (err) => {
      if (settled) return;
      settled = true;
      reject(err);
    });
  });
}

async function handleApi(req: IncomingMessage, res: ServerResponse, rawPath: string, api: ApiCaller): Promise<void> {
  if (req.method !== 'POST') {
    sendJson(res, 405, refusal('invalid-input', { httpMethod: String(req.method) }), { Allow: 'POST' });
    return;
  }
  const declared = Number(single(req, 'content-length') ?? '0');
  // Answer without buffering; the body is drained so the client reads the 413
  // rather than a connection reset, then the connection is closed.
  if (declared > MAX_BODY_BYTES) {
    req.resume();
    sendJson(res, 413, refusal('invalid-input', { limit: MAX_BODY_BYTES }), { Connection: 'close' });
    return;
  }
  const read = await readBody(req, MAX_BODY_BYTES);
  if (!read.ok) {
    sendJson(res, 413, refusal('invalid-input', { limit: MAX_BODY_BYTES }), { Connection: 'close' });
    return;
  }
  let input: unknown;
  try {
    input = JSON.parse(read.body.toString('utf8'));
  } catch {
    sendJson(res, 400, refusal('invalid-input'));
    return;
  }
  let method: string;
  try {
    method = decodeURIComponent(rawPath.slice(API_PREFIX.length));
  } catch {
    method = rawPath.slice(API_PREFIX.length);
  }
  // The dispatcher answers unknown names with 'unknown-method' and bad input
  // with 'invalid-input', before any handler runs.
  sendJson(res, 200, await api.call(method, input));
}

interface Context {
  token: string;
  port: number;
  api: ApiCaller;
  rendererDir: string;
  attachments?: AttachmentSource;
}

async function handle(req: IncomingMessage, res: ServerResponse, ctx: Context): Promise<void> {
  const host = single(req, 'host');
  if (host === undefined || !isAllowedHost(host, ctx.port)) {
    sendJson(res, 403, refusal('forbidden'));
    return;
  }
  if (!isAllowedOrigin(single(req, 'origin'), single(req, 'sec-fetch-site'), host)) {
    sendJson(res, 403, refusal('forbidden'));
    return;
  }
  const target = splitTarget(req.url);
  if (target === null) {
    sendJson(res, 400, refusal('invalid-input'));
    return;
  }
  const headerToken = single(req, TOKEN_HEADER);

  // The API takes the header only: a cookie would ride along on a request a
  // page on another local port makes, the header cannot.
  if (target.rawPath.startsWith(API_PREFIX)) {
    if (!tokensEqual(headerToken, ctx.token)) {
      sendJson(res, 401, refusal('forbidden'));
      return;
    }
    await handleApi(req, res, target.rawPath, ctx.api);
    return;
  }

  const queryToken = target.query.get(TOKEN_QUERY);
  if (queryToken !== null && (req.method === 'GET' || req.method === 'HEAD')) {
    if (!tokensEqual(queryToken, ctx.token)) {
      sendJson(res, 401, refusal('forbidden'));
      return;
    }
    // Out of the address bar (and history) into an HttpOnly cookie.
    res.writeHead(303, {
      Location: locationWithoutToken(target.rawPath, target.query),
      'Set-Cookie': tokenCookie(ctx.port, ctx.token),
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'Content-Length': '0',
    });
    res.end();
    return;
  }
  const cookieToken = readCookie(single(req, 'cookie'), cookieName(ctx.port));
  if (!tokensEqual(headerToken, ctx.token) && !tokensEqual(cookieToken, ctx.token)) {
    sendJson(res, 401, refusal('forbidden'));
    return;
  }

  const download = ATTACHMENT_ROUTE.exec(target.rawPath);
  if (download && req.method === 'GET') {
    if (!ctx.attachments || !(await sendAttachment(res, download[1]!, ctx.attachments))) sendJson(res, 404, refusal('not-found'));
    return;
  }

  const r = await serveStatic(req.method ?? 'GET', resolveStaticPath(target.rawPath, ctx.rendererDir), {
    transformIndex: (html) => injectToken(html, ctx.token),
    acceptEncoding: single(req, 'accept-encoding'),
  });
  res.writeHead(r.status, r.headers);
  res.end(r.body ?? undefined);
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host: LOOPBACK_HOST, exclusive: true }, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startWebBridge(options: WebBridgeOptions): Promise<WebBridge> {
  // Typed as a literal, checked again for JavaScript callers: never a public interface.
  if (options.host !== undefined && options.host !== LOOPBACK_HOST) {
    throw new Error(`The browser-mode bridge listens on ${LOOPBACK_HOST} only`);
  }
  const token = newToken();
  const ctx: Context = { token, port: 0, api: options.plani, rendererDir: options.rendererDir, attachments: options.attachments };
  const server = createServer({ requestTimeout: 60_000, headersTimeout: 20_000 }, (req, res) => {
    handle(req, res, ctx).catch((err: unknown) => {
      console.error('[plani] browser-mode request failed:', err);
      if (!res.headersSent) sendJson(res, 500, refusal('internal'));
      else res.destroy();
    });
  });
  ctx.port = await listen(server, options.port ?? 0);
  return {
    url: `http://${LOOPBACK_HOST}:${ctx.port}/?${TOKEN_QUERY}=${token}`,
    token,
    port: ctx.port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
