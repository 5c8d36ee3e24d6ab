// One reader for untrusted JSON (bundle records, manifests, interchange
// files), run over the text before JSON.parse so that everything the files
// must agree on is decided by one reader. JSON.parse alone resolves a
// duplicate key last-wins while another reader may take the first (the APK
// "Master Key" pattern), keeps a lone surrogate that no UTF-8 encoder can
// write back, recurses on deep nesting and builds a 20 MiB string before any
// schema can refuse it. This scanner is linear, keeps only the keys of the
// open objects, checks the complete RFC 8259 grammar (so JSON.parse never
// sees what it refused) and stops at a limit as soon as it is crossed.

export type StrictJsonIssue = 'syntax' | 'duplicate-key' | 'lone-surrogate' | 'depth' | 'string-too-long';

export interface StrictJsonLimits {
  /** Arrays and objects open at once. */
  maxDepth: number;
  /** Longest key or string value, in UTF-16 code units after escapes are decoded (what zod's max() counts). */
  maxStringLength: number;
  /**
   * Duplicate keys and lone surrogates do not stop the scan until this many
   * are found (default 1), so a file can be reported in full; syntax, depth
   * and length stop it at once.
   */
  maxProblems?: number;
}

export interface StrictJsonProblem {
  issue: StrictJsonIssue;
  /** Where: the keys and indexes leading to the value or key concerned ([] for the top level). */
  path: (string | number)[];
  /** Offset in the text (UTF-16 units) where the problem was seen. */
  position: number;
  detail: string;
}

export type StrictJsonResult = { ok: true; value: unknown } | { ok: false; problems: StrictJsonProblem[] };

/** Scans, then parses only text the scan found clean. */
export function parseStrictJson(text: string, limits: StrictJsonLimits): StrictJsonResult {
  const problems = scanJson(text, limits);
  if (problems.length > 0) return { ok: false, problems };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    // Unreachable while the scan implements the grammar; a refusal, never a crash, if it does not.
    return { ok: false, problems: [{ issue: 'syntax', path: [], position: 0, detail: err instanceof Error ? err.message : String(err) }] };
  }
}

const isHigh = (u: number) => u >= 0xd800 && u <= 0xdbff;
const isLow = (u: number) => u >= 0xdc00 && u <= 0xdfff;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isWhitespace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

const SIMPLE_ESCAPES = new Map<number, number>([
  [0x22, 0x22], // \"
  [0x5c, 0x5c], // \\
  [0x2f, 0x2f], // \/
  [0x62, 0x08], // \b
  [0x66, 0x0c], // \f
  [0x6e, 0x0a], // \n
  [0x72, 0x0d], // \r
  [0x74, 0x09], // \t
]);

interface Frame {
  kind: 'object' | 'array';
  /** Decoded keys seen so far (objects only). */
  keys: Set<string>;
  /** The current key, or index, under which the value being read sits. */
  at: string | number;
}

class Stop extends Error {}

/** Characters a string takes as they are: no quote, backslash, control character or surrogate half (code units: no `u` flag). */
const ORDINARY_RUN = /[^"\\\u0000-\u001f\ud800-\udfff]*/y;

/** Every problem found (at most maxProblems), in text order; empty when the text is clean. */
export function scanJson(text: string, limits: StrictJsonLimits): StrictJsonProblem[] {
  const maxProblems = limits.maxProblems ?? 1;
  const problems: StrictJsonProblem[] = [];
  const stack: Frame[] = [];
  let i = 0;

  const pathHere = () => stack.map((f) => f.at);
  const report = (issue: StrictJsonIssue, position: number, detail: string, path = pathHere()): void => {
    problems.push({ issue, path, position, detail });
    if (issue === 'syntax' || issue === 'depth' || issue === 'string-too-long' || problems.length >= maxProblems) throw new Stop();
  };
  const syntax = (what: string): never => {
    const found = i < text.length ? `unexpected ${JSON.stringify(text[i])}` : 'unexpected end of input';
    report('syntax', i, `${found}, expected ${what}`);
    throw new Stop();
  };
  const skipWhitespace = () => {
    while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
  };

  /**
   * Reads the string starting at the quote at `i`. Keys are decoded (so "a"
   * and "\u0061" are one key); values are only measured and checked.
   */
  // Where a string's problem is located: a key's at its object, a value's at itself.
  const stringPath = (isKey: boolean) => (isKey ? stack.slice(0, -1).map((f) => f.at) : pathHere());
  let pendingHigh = -1; // position of a high surrogate still waiting for its pair, in the string being read
  // Declared once, not per string (a closure per string was a third of the scan).
  const unit = (u: number, at: number, isKey: boolean) => {
    if (pendingHigh >= 0) {
      if (isLow(u)) {
        pendingHigh = -1;
        return;
      }
      report('lone-surrogate', pendingHigh, 'a high surrogate without its low half', stringPath(isKey));
      pendingHigh = -1;
    }
    if (isHigh(u)) pendingHigh = at;
    else if (isLow(u)) report('lone-surrogate', at, 'a low surrogate without its high half', stringPath(isKey));
  };
  const readString = (decode: boolean, isKey: boolean): string => {
    const start = i;
    i++; // opening quote
    let length = 0;
    pendingHigh = -1;
    let out = '';
    let runStart = i;
    const max = limits.maxStringLength;
    for (;;) {
      // The common case, kept tight: an ordinary character outside any surrogate business.
      // A sticky regular expression finds the end of the run in one native call.
      if (pendingHigh < 0 && length < max) {
        ORDINARY_RUN.lastIndex = i;
        ORDINARY_RUN.test(text);
        const run = Math.min(ORDINARY_RUN.lastIndex - i, max - length);
        length += run;
        i += run;
      }
      const c = text.charCodeAt(i);
      if (i >= text.length) return syntax('the end of the string');
      if (c === 0x22) {
        if (pendingHigh >= 0) {
          const at = pendingHigh;
          pendingHigh = -1;
          report('lone-surrogate', at, 'a high surrogate without its low half', stringPath(isKey));
        }
        if (decode) out += text.slice(runStart, i);
        i++;
        return out;
      }
      if (c < 0x20) return syntax('an escape instead of a raw control character');
      if (++length > max) report('string-too-long', start, `a string longer than ${max} characters`, stringPath(isKey));
      if (c !== 0x5c) {
        unit(c, i, isKey);
        i++;
        continue;
      }
      // An escape: flush the literal run before it.
      if (decode) out += text.slice(runStart, i);
      const escapeAt = i;
      const e = text.charCodeAt(i + 1);
      let decoded: number;
      if (e === 0x75 /* u */) {
        const hex = text.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
          i += 2;
          return syntax('four hex digits after \\u');
        }
        decoded = Number.parseInt(hex, 16);
        i += 6;
      } else {
        const simple = SIMPLE_ESCAPES.get(e);
        if (simple === undefined) {
          i++;
          return syntax('a valid escape');
        }
        decoded = simple;
        i += 2;
      }
      unit(decoded, escapeAt, isKey);
      if (decode) out += String.fromCharCode(decoded);
      runStart = i;
    }
  };

  const readNumber = () => {
    if (text.charCodeAt(i) === 0x2d) i++;
    if (text.charCodeAt(i) === 0x30) i++;
    else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
    else return syntax('a digit');
    if (text.charCodeAt(i) === 0x2e) {
      i++;
      if (!isDigit(text.charCodeAt(i))) return syntax('a digit after the decimal point');
      while (isDigit(text.charCodeAt(i))) i++;
    }
    if (text.charCodeAt(i) === 0x65 || text.charCodeAt(i) === 0x45) {
      i++;
      if (text.charCodeAt(i) === 0x2b || text.charCodeAt(i) === 0x2d) i++;
      if (!isDigit(text.charCodeAt(i))) return syntax('a digit in the exponent');
      while (isDigit(text.charCodeAt(i))) i++;
    }
  };

  const open = (kind: Frame['kind']) => {
    if (stack.length >= limits.maxDepth) report('depth', i, `nested deeper than ${limits.maxDepth}`);
    stack.push({ kind, keys: new Set(), at: kind === 'array' ? 0 : '' });
    i++;
  };

  /** Reads an object key and its colon into the top frame. */
  const readKey = () => {
    if (text.charCodeAt(i) !== 0x22) return syntax('a key');
    const frame = stack[stack.length - 1]!;
    const keyAt = i;
    // A key too long or with a lone surrogate is located at its object; a duplicate, at the key itself.
    const key = readString(true, true);
    frame.at = key;
    if (frame.keys.has(key)) report('duplicate-key', keyAt, `the key ${JSON.stringify(key)} appears twice`);
    frame.keys.add(key);
    skipWhitespace();
    if (text.charCodeAt(i) !== 0x3a) return syntax('":"');
    i++;
  };

  try {
    // Iterative: a value is read, then the innermost open container decides what may follow.
    let expectValue = true;
    for (;;) {
      skipWhitespace();
      if (expectValue) {
        const c = text.charCodeAt(i);
        if (c === 0x7b /* { */) {
          open('object');
          skipWhitespace();
          if (text.charCodeAt(i) === 0x7d) {
            i++;
            stack.pop();
            expectValue = false;
          } else {
            readKey();
          }
          continue;
        }
        if (c === 0x5b /* [ */) {
          open('array');
          skipWhitespace();
          if (text.charCodeAt(i) === 0x5d) {
            i++;
            stack.pop();
            expectValue = false;
          }
          continue;
        }
        if (c === 0x22) readString(false, false);
        else if (c === 0x2d || isDigit(c)) readNumber();
        else if (text.startsWith('true', i)) i += 4;
        else if (text.startsWith('false', i)) i += 5;
        else if (text.startsWith('null', i)) i += 4;
        else syntax('a value');
        expectValue = false;
        continue;
      }
      const frame = stack[stack.length - 1];
      if (frame === undefined) {
        if (i < text.length) syntax('the end of input');
        return problems;
      }
      const c = text.charCodeAt(i);
      if (c === 0x2c /* , */) {
        i++;
        if (frame.kind === 'array') {
          frame.at = (frame.at as number) + 1;
        } else {
          skipWhitespace();
          readKey();
        }
        expectValue = true;
      } else if ((c === 0x5d && frame.kind === 'array') || (c === 0x7d && frame.kind === 'object')) {
        i++;
        stack.pop();
      } else {
        syntax(frame.kind === 'array' ? '"," or "]"' : '"," or "}"');
      }
    }
  } catch (err) {
    if (err instanceof Stop) return problems;
    throw err;
  }
}
