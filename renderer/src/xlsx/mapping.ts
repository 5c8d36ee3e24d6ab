// Pure helpers of the indicator spreadsheet dialog: which sheet column feeds
// each Annex IX field, how a column is named on screen, whether a chosen file
// can be sent at all, and which message explains a row's issue.
import { XLSX_COLUMNS, type XlsxColumn, type XlsxMapping } from '../../../shared/api/contract';
import type { Lang } from '../../../shared/model/primitives';

/** Every Annex IX field with its sheet column (0-based) or null. */
export type FullMapping = Record<XlsxColumn, number | null>;

/** A spreadsheet column's letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Accent-, case- and punctuation-insensitive form of a header ("Emërtimi (SQ)" → "emertimisq"). */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The field and language an Annex IX column carries ("name.sq" → name, sq; "baseline.value" → baseline.value, null). */
export function columnParts(column: XlsxColumn): { field: string; lang: Lang | null } {
  const m = /^(.*)\.(sq|en)$/.exec(column);
  return m ? { field: m[1]!, lang: m[2] as Lang } : { field: column, lang: null };
}

export const isXlsxColumn = (v: string): v is XlsxColumn => (XLSX_COLUMNS as readonly string[]).includes(v);

/**
 * The mapping to show: what the service suggested, then, for the fields it
 * found no column for, a header whose text matches the field's key or one
 * of the labels this screen shows (in either language; accents, case and
 * punctuation ignored). A header feeds at most one field; indexes outside
 * the sheet are dropped.
 */
export function suggestMapping(
  headers: readonly string[],
  suggested: XlsxMapping,
  labels: Partial<Record<XlsxColumn, readonly string[]>> = {},
): FullMapping {
  const out = {} as FullMapping;
  const used = new Set<number>();
  for (const col of XLSX_COLUMNS) {
    const i = suggested[col];
    if (typeof i === 'number' && i >= 0 && i < headers.length && !used.has(i)) {
      out[col] = i;
      used.add(i);
    } else out[col] = null;
  }
  const normalised = headers.map(normaliseHeader);
  for (const col of XLSX_COLUMNS) {
    if (out[col] !== null) continue;
    const names = new Set([col, ...(labels[col] ?? [])].map(normaliseHeader).filter((n) => n !== ''));
    const i = normalised.findIndex((h, idx) => !used.has(idx) && names.has(h));
    if (i >= 0) {
      out[col] = i;
      used.add(i);
    }
  }
  return out;
}

/** Sheet columns chosen for more than one field (a likely mistake worth pointing out). */
export function duplicateColumns(mapping: FullMapping): Set<number> {
  const seen = new Set<number>();
  const dup = new Set<number>();
  for (const col of XLSX_COLUMNS) {
    const i = mapping[col];
    if (i === null) continue;
    if (seen.has(i)) dup.add(i);
    seen.add(i);
  }
  return dup;
}

/** The largest spreadsheet the dialog sends (the same limit everywhere: see the contract). */
export { MAX_UPLOAD_BYTES as MAX_XLSX_BYTES } from '../../../shared/api/contract';

export type FileProblem = 'not-xlsx' | 'empty' | 'too-large';

/** Checked before the file is read: the name and the size. */
export function fileProblem(file: { name: string; size: number }, maxBytes: number): FileProblem | null {
  if (!/\.xlsx$/i.test(file.name)) return 'not-xlsx';
  if (file.size === 0) return 'empty';
  if (file.size > maxBytes) return 'too-large';
  return null;
}

// Kept here for the dialog's existing callers; the helpers live in lib/files.ts.
export { base64FromDataUrl, megabytes } from '../lib/files';

/**
 * Catalogue keys to try, in order, for a row issue: a field validation code
 * (validation.<code>), the same for the issue's message (zod puts the code
 * there), then the dialog's own messages (panels.xlsx.issue.<code>).
 */
export function issueMessageKeys(issue: { code: string; message: string }): string[] {
  const keys = [`validation.${issue.code}`];
  if (issue.message && /^[a-z0-9-]+$/.test(issue.message)) keys.push(`validation.${issue.message}`);
  keys.push(`panels.xlsx.issue.${issue.code}`);
  return keys;
}
