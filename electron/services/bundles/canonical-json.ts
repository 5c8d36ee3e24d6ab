// Canonical JSON (the RFC 8785 subset our data needs: objects with sorted
// keys, no insignificant whitespace, strings as JSON.stringify writes them,
// finite numbers only). A signed manifest must be byte-canonical, so the
// bytes that were verified are exactly the object acted on: duplicate keys,
// a BOM or reordered whitespace all change the bytes and are refused.

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

/**
 * Parses bytes that must be canonical JSON: valid UTF-8, no BOM, and equal
 * to the canonical form of what they parse to. Returns null otherwise.
 */
export function parseCanonicalJson(bytes: Buffer): unknown | null {
  let text: string;
  try {
    // ignoreBOM keeps a BOM in the text, so the check below can refuse it.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
  if (text.charCodeAt(0) === 0xfeff) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  try {
    return canonicalJson(value) === text ? value : null;
  } catch {
    return null;
  }
}
