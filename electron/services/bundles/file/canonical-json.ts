// Canonical JSON (the RFC 8785 subset our data needs: objects with sorted
// keys, no insignificant whitespace, strings as JSON.stringify writes them,
// finite numbers only). A signed manifest must be byte-canonical, so the
// bytes that were verified are exactly the object acted on: duplicate keys,
// a BOM or reordered whitespace all change the bytes and are refused.
import { type StrictJsonIssue, parseStrictJson } from '../../json/strict-json';
import { MAX_JSON_DEPTH } from './limits';

export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new Error('canonical JSON has no NaN or Infinity');
      // JSON.stringify already prints the shortest round-trip form ES defines, as RFC 8785 asks.
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        // RFC 8785 sorts by UTF-16 code units, which is what plain string comparison does.
        .sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
    }
    default:
      throw new Error(`canonical JSON cannot encode a ${typeof value}`);
  }
}

export type CanonicalParse = { ok: true; value: unknown } | { ok: false; issue: 'utf-8' | 'bom' | 'not-canonical' | StrictJsonIssue };

/**
 * Parses bytes that must be canonical JSON: valid UTF-8, no BOM, through the
 * strict reader (a duplicate key would already change the bytes; a lone
 * surrogate would not, JSON.stringify writes it back as the same escape, so
 * it is refused here), and equal to the canonical form of what they parse to.
 */
export function checkCanonicalJson(bytes: Buffer): CanonicalParse {
  let text: string;
  try {
    // ignoreBOM keeps a BOM in the text, so the check below can refuse it.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, issue: 'utf-8' };
  }
  if (text.charCodeAt(0) === 0xfeff) return { ok: false, issue: 'bom' };
  // The entries are small (the profile caps them), so their own length bounds every string.
  const parsed = parseStrictJson(text, { maxDepth: MAX_JSON_DEPTH, maxStringLength: text.length });
  if (!parsed.ok) return { ok: false, issue: parsed.problems[0]!.issue };
  try {
    return canonicalJson(parsed.value) === text ? { ok: true, value: parsed.value } : { ok: false, issue: 'not-canonical' };
  } catch {
    return { ok: false, issue: 'not-canonical' };
  }
}

/** The value of canonical JSON bytes, or null when they are not (checkCanonicalJson says why). */
export function parseCanonicalJson(bytes: Buffer): unknown | null {
  const result = checkCanonicalJson(bytes);
  return result.ok ? result.value : null;
}
