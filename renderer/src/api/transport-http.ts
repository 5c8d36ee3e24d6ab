// Browser mode: the loopback bridge serves this page and answers
// POST /api/<method> with the Result JSON, given the per-start token it
// wrote into the page.
import type { Transport } from '../../../shared/api/client';
import type { Result } from '../../../shared/api/result';

/**
 * Chromium refuses keepalive requests once 64 KiB are in flight. Small
 * requests (every autosave of a field or two) go keepalive, so a save still
 * reaches the bridge when the page is reloaded or closed mid-request; a large
 * one goes without, rather than failing outright.
 */
const KEEPALIVE_MAX_BYTES = 24 * 1024;

export function readToken(doc: Document = document): string {
  return doc.querySelector<HTMLMetaElement>('meta[name="plani-token"]')?.content ?? '';
}

export function httpTransport(token: string): Transport {
  const encoder = new TextEncoder();
  return async (method, input) => {
    const body = JSON.stringify(input ?? {});
    const response = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Plani-Token': token },
      body,
      keepalive: encoder.encode(body).byteLength <= KEEPALIVE_MAX_BYTES,
      credentials: 'omit',
      cache: 'no-store',
    });
    const payload: unknown = await response.json().catch(() => null);
    if (isResult(payload)) return payload;
    const code = response.status === 401 || response.status === 403 ? 'forbidden' : 'internal';
    return { ok: false, error: { code } };
  };
}

function isResult(v: unknown): v is Result<unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as { ok?: unknown; value?: unknown; error?: unknown };
  if (r.ok === true) return 'value' in r;
  return r.ok === false && typeof r.error === 'object' && r.error !== null && typeof (r.error as { code?: unknown }).code === 'string';
}
