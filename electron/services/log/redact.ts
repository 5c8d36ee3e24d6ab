// What may go into the log file: codes, ids, counts and sizes, never what a
// person typed, never a name, never key material. Every value passes through
// here: a string is kept only when it has the shape of an id or a code under a
// key that names one; any other string becomes its length; key-like fields
// are dropped; errors keep their class, code and stack frames (function and
// file name, no folders, no message).
import { basename } from 'node:path';

export type LogValue = string | number | boolean | null | LogValue[] | { [key: string]: LogValue };

const SECRET_KEY = /key|secret|private|passphrase|password|token|pkcs|seed|signature/i;
/** Keys whose string values are codes by construction (method names, error codes, reasons, kinds). */
const CODE_KEYS = new Set(['method', 'code', 'errorCode', 'kind', 'reason', 'view', 'level', 'type', 'source', 'version', 'platform', 'status', 'mode', 'role', 'lang', 'scheme']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const CODE = /^[A-Za-z][A-Za-z0-9_.:/-]{0,63}$/;
const HEX_ID = /^[0-9a-f]{8,64}$/i;

/** A string as the log may hold it: ids and timestamps as they are, codes under code keys, anything else as its length. */
export function redactString(key: string | null, value: string): LogValue {
  if (UUID.test(value) || TIMESTAMP.test(value)) return value;
  if (key !== null && CODE_KEYS.has(key) && CODE.test(value)) return value;
  if (key !== null && /(^id$|Id$)/.test(key) && (HEX_ID.test(value) || CODE.test(value))) return value;
  return `<text ${value.length}>`;
}

/** Any value redacted for the log, to a bounded depth. */
export function redact(value: unknown, key: string | null = null, depth = 0): LogValue {
  if (key !== null && SECRET_KEY.test(key) && !/^(keyId|keyFingerprint)$/.test(key)) return '<redacted>';
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string') return redactString(key, value);
  if (value instanceof Error) return redactError(value);
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return `<bytes ${value.byteLength}>`;
  if (Array.isArray(value)) return depth >= 3 ? `<array ${value.length}>` : value.slice(0, 20).map((v) => redact(v, null, depth + 1));
  if (typeof value === 'object') {
    if (depth >= 4) return '<object>';
    const out: Record<string, LogValue> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>).slice(0, 40)) out[k] = redact(v, k, depth + 1);
    return out;
  }
  return `<${typeof value}>`;
}

// "    at fn (/home/ana/Plani/resources/app.asar/dist/electron/main.cjs:12:34)" → "fn main.cjs:12:34"
const FRAME = /^\s*at (?:(.+?) \()?(.*?):(\d+):(\d+)\)?$/;
const FUNCTION_NAME = /^[\w$.<>\[\] ]{1,80}$/;

/** A stack's frames without folders (which hold the user's name) and without the message (which may hold their text). */
export function redactStack(stack: string | undefined, max = 12): string[] {
  if (!stack) return [];
  const frames: string[] = [];
  for (const line of stack.split('\n')) {
    const m = FRAME.exec(line);
    if (!m) continue;
    const fn = m[1] && FUNCTION_NAME.test(m[1]) ? `${m[1]} ` : '';
    const file = basename(m[2]!.replace(/^file:\/\//, '').replace(/\\/g, '/'));
    frames.push(`${fn}${file}:${m[3]}:${m[4]}`);
    if (frames.length >= max) break;
  }
  return frames;
}

export function redactError(err: unknown): LogValue {
  if (!(err instanceof Error)) return { name: 'thrown', value: redact(err, null, 3) };
  const e = err as Error & { code?: unknown; errno?: unknown };
  // Error class names are code ("TypeError", "SqliteError", "AppError"); anything else is someone's text.
  const name = /^[A-Z][A-Za-z0-9]{0,40}$/.test(e.name) ? e.name : `<text ${e.name.length}>`;
  const out: Record<string, LogValue> = { name, message: `<text ${e.message.length}>` };
  if (typeof e.code === 'string') out.code = redactString('code', e.code);
  if (typeof e.errno === 'number') out.errno = e.errno;
  out.frames = redactStack(e.stack);
  return out;
}
