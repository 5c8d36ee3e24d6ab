// `plan import` as the API receives it: the file's bytes, checked whole
// (UTF-8, strict JSON, schema, references against this workspace, ownership)
// before one transaction loads them.
import { AppError } from '../../../shared/api/errors';
import type { Store } from '../store/database';
import { type ImportSummary, importInterchange, readKnown } from './import';
import type { InterchangeIssue } from './issues';
import { decodeInterchange, parseInterchange } from './parse';

/** Every problem of a file at once; the issues keep their params so each side can translate them. */
export const invalidInterchange = (issues: InterchangeIssue[]) => new AppError('invalid-interchange', { issues, params: { count: issues.length } });

export async function importInterchangeBytes(store: Store, bytes: Uint8Array, now?: () => Date): Promise<ImportSummary> {
  const decoded = decodeInterchange(bytes);
  const parsed = decoded.ok ? parseInterchange(decoded.text, { known: await readKnown(store.db) }) : decoded;
  if (!parsed.ok) throw invalidInterchange(parsed.issues);
  return importInterchange(store, parsed.doc, parsed.bookkeepingLeftOut, now);
}
