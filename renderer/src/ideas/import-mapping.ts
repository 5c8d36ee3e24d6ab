// The column mapping of the ideas import, remembered between imports: the
// same form exported again next week has the same headers, so the person
// maps its columns once. Kept by header text (a column moved still maps),
// in the browser's storage, read back through a schema (it is local, but not
// trusted to be intact).
import { z } from 'zod';
import { IDEA_IMPORT_COLUMNS, IdeaImportColumn, type IdeaMapping } from '../../../shared/api/contract';

const KEY = 'plani.ideas.import-mapping';
const Remembered = z.record(IdeaImportColumn, z.string().max(300).nullable());
type Remembered = z.infer<typeof Remembered>;

export type FullIdeaMapping = Record<IdeaImportColumn, number | null>;

/** Every field with its file column (0-based) or null; indexes outside the file are dropped. */
export function fullMapping(mapping: IdeaMapping, headers: readonly string[]): FullIdeaMapping {
  const inFile = (i: number | null | undefined) => (typeof i === 'number' && i < headers.length ? i : null);
  return Object.fromEntries(IDEA_IMPORT_COLUMNS.map((c) => [c, inFile(mapping[c])])) as FullIdeaMapping;
}

export function rememberMapping(storage: Pick<Storage, 'setItem'>, mapping: FullIdeaMapping, headers: readonly string[]): void {
  const byHeader = Object.fromEntries(IDEA_IMPORT_COLUMNS.map((c) => [c, mapping[c] === null ? null : (headers[mapping[c]!] ?? null)]));
  try {
    storage.setItem(KEY, JSON.stringify(byHeader));
  } catch {
    // Storage full or switched off: the next import maps from the headers again.
  }
}

/** The remembered mapping applied to this file's headers, or null when none of its headers is in this file. */
export function recalledMapping(storage: Pick<Storage, 'getItem'>, headers: readonly string[]): FullIdeaMapping | null {
  let saved: Remembered;
  try {
    const parsed = Remembered.safeParse(JSON.parse(storage.getItem(KEY) ?? 'null'));
    if (!parsed.success) return null;
    saved = parsed.data;
  } catch {
    return null;
  }
  const out = Object.fromEntries(IDEA_IMPORT_COLUMNS.map((c) => [c, null])) as FullIdeaMapping;
  let found = 0;
  for (const c of IDEA_IMPORT_COLUMNS) {
    const header = saved[c];
    if (header === null || header === undefined) continue;
    const i = headers.indexOf(header);
    if (i >= 0) {
      out[c] = i;
      found++;
    }
  }
  return found > 0 ? out : null;
}
