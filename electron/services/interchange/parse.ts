// Turns untrusted text into a valid InterchangeDocument, or into the complete
// list of what is wrong with it. Nothing here touches the database: import
// only ever starts on a document that passed every step below.
import { INTERCHANGE_FORMAT, INTERCHANGE_VERSION, type InterchangeDocument, InterchangeInput, MAX_INTERCHANGE_BYTES } from '../../../shared/model/interchange';
import { MAX_TEXT } from '../../../shared/model/primitives';
import { type StrictJsonProblem, scanJson } from '../json/strict-json';
import { type KnownData, checkInterchange, checkInterchangeBestEffort } from './checks';
import { bookkeepingLeftOut } from './history';
import { type InterchangeIssue, issue, issuesFromSchema, jsonPath } from './issues';

export { MAX_INTERCHANGE_BYTES };

/** The schemas nest about 7 deep; the same bound as bundle records. */
export const MAX_INTERCHANGE_DEPTH = 32;
/** Duplicate keys and lone surrogates listed before the scan stops: enough to fix a file, few enough to read. */
const MAX_SCAN_ISSUES = 100;

/** `bookkeepingLeftOut`: the records whose file did not say `rev` (history.ts continues a stored one's). */
export type ParseResult = { ok: true; doc: InterchangeDocument; bookkeepingLeftOut: ReadonlySet<object> } | { ok: false; issues: InterchangeIssue[] };

export interface ParseOptions {
  /** What the receiving workspace holds, so references to it count as resolved. */
  known?: KnownData;
  maxBytes?: number;
}

export function tooLarge(size: number, max = MAX_INTERCHANGE_BYTES): InterchangeIssue {
  return issue('(root)', 'file-too-large', `The file is ${size} bytes; the limit is ${max}`, { size, max });
}

/** Bytes to text; refuses what is not UTF-8 rather than silently replacing characters. */
export function decodeInterchange(bytes: Uint8Array, maxBytes = MAX_INTERCHANGE_BYTES): { ok: true; text: string } | { ok: false; issues: InterchangeIssue[] } {
  if (bytes.byteLength > maxBytes) return { ok: false, issues: [tooLarge(bytes.byteLength, maxBytes)] };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, issues: [issue('(root)', 'not-utf8', 'The file is not UTF-8 text')] };
  }
}

function lineAndColumn(text: string, position: number) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

/** What the strict reader refused, in the interchange issue format (the path as jsonPath writes it). */
function scanIssue(text: string, p: StrictJsonProblem): InterchangeIssue {
  if (p.issue === 'syntax') {
    const { line, column } = lineAndColumn(text, p.position);
    return issue('(root)', 'json-syntax', `JSON syntax error at line ${line}, column ${column}: ${p.detail}`, { line, column, position: p.position });
  }
  const path = jsonPath(...p.path);
  switch (p.issue) {
    case 'duplicate-key':
      return issue(path, 'duplicate-key', `The key "${String(p.path.at(-1))}" appears twice in the same object`, { key: String(p.path.at(-1)) });
    case 'lone-surrogate':
      return issue(path, 'lone-surrogate', 'The text holds half of a character (a lone surrogate \\uD800–\\uDFFF)');
    case 'depth':
      return issue(path, 'too-deep', `Nested deeper than ${MAX_INTERCHANGE_DEPTH} levels`, { limit: MAX_INTERCHANGE_DEPTH });
    case 'string-too-long':
      return issue(path, 'string-too-long', `A text longer than ${MAX_TEXT} characters`, { limit: MAX_TEXT });
  }
}

function syntaxIssue(text: string, err: unknown): InterchangeIssue {
  const detail = err instanceof Error ? err.message : String(err);
  const m = /position (\d+)/.exec(detail);
  // V8 reports "Unexpected end of JSON input" without a position.
  const position = m ? Number(m[1]) : text.length;
  const { line, column } = lineAndColumn(text, position);
  return issue('(root)', 'json-syntax', `JSON syntax error at line ${line}, column ${column}: ${detail}`, { line, column, position });
}

/**
 * A file from a newer Plani is refused on its version alone: listing the
 * schema differences of a format this version does not know would only confuse.
 */
function envelopeIssues(value: unknown): InterchangeIssue[] | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [issue('(root)', 'not-interchange', 'The file is not a Plani interchange document')];
  }
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== INTERCHANGE_FORMAT) {
    return [issue('format', 'not-interchange', `format must be "${INTERCHANGE_FORMAT}"`, { expected: INTERCHANGE_FORMAT })];
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > INTERCHANGE_VERSION) {
    return [
      issue('version', 'version-too-new', `Format version ${version} is newer than this application reads (${INTERCHANGE_VERSION})`, {
        found: version,
        supported: INTERCHANGE_VERSION,
      }),
    ];
  }
  return null;
}

/** "a.b[2].c" → ["a", "a.b", "a.b[2]", "a.b[2].c"] */
function pathPrefixes(path: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < path.length; i++) if (path[i] === '.' || path[i] === '[') out.push(path.slice(0, i));
  out.push(path);
  return out;
}

/** Cross-record issues about a value the schema already reported (same path, or one containing the other) say nothing new. */
function notCoveredBy(schemaIssues: readonly InterchangeIssue[], cross: readonly InterchangeIssue[]): InterchangeIssue[] {
  const reported = new Set(schemaIssues.map((i) => i.path));
  const underReported = new Set(schemaIssues.flatMap((i) => pathPrefixes(i.path)));
  return cross.filter((i) => !underReported.has(i.path) && !pathPrefixes(i.path).some((p) => reported.has(p)));
}

export function parseInterchange(text: string, options: ParseOptions = {}): ParseResult {
  const maxBytes = options.maxBytes ?? MAX_INTERCHANGE_BYTES;
  // Cheap bound first (a UTF-16 unit is at least one UTF-8 byte), exact count only near the limit.
  if (text.length > maxBytes || (text.length * 3 > maxBytes && Buffer.byteLength(text, 'utf8') > maxBytes)) {
    return { ok: false, issues: [tooLarge(Buffer.byteLength(text, 'utf8'), maxBytes)] };
  }
  // Windows editors like to prepend a byte-order mark; it is not part of the JSON.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // One reader decides what the file says (no last-wins duplicate keys), and bounds it before JSON.parse builds anything.
  const scanned = scanJson(body, { maxDepth: MAX_INTERCHANGE_DEPTH, maxStringLength: MAX_TEXT, maxProblems: MAX_SCAN_ISSUES });
  if (scanned.length > 0) return { ok: false, issues: scanned.map((p) => scanIssue(body, p)) };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (err) {
    return { ok: false, issues: [syntaxIssue(body, err)] };
  }
  const refused = envelopeIssues(value);
  if (refused) return { ok: false, issues: refused };

  // The lenient reading: keys a record can do without may be absent (docs/interchange.md, "Writing a file by hand").
  const parsed = InterchangeInput.safeParse(value);
  if (!parsed.success) {
    const schemaIssues = issuesFromSchema(parsed.error);
    // With broken reference data every code it defines would read as unknown: fix that first.
    if (schemaIssues.some((i) => i.path.startsWith('reference'))) return { ok: false, issues: schemaIssues };
    return { ok: false, issues: [...schemaIssues, ...notCoveredBy(schemaIssues, checkInterchangeBestEffort(value, options.known))] };
  }
  const issues = checkInterchange(parsed.data, options.known);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, doc: parsed.data, bookkeepingLeftOut: bookkeepingLeftOut(value, parsed.data) };
}
