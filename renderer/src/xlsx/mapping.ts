// Pure helpers of the indicator spreadsheet dialog: which sheet column feeds
// each Annex IX field and each target year, how a column is named on screen,
// whether a chosen file can be sent at all, and which message explains a
// row's issue. Which header names which field is the service's to say
// (electron/services/spreadsheet/columns.ts); the dialog shows its answer.
import { XLSX_COLUMNS, type XlsxColumn, type XlsxPreview, type XlsxTargetColumns } from '../../../shared/api/contract';
import type { Lang } from '../../../shared/model/primitives';

/** Every Annex IX field with its sheet column (0-based) or null. */
export type FullMapping = Record<XlsxColumn, number | null>;

export { columnLetter } from '../../../shared/format/column-letter';

/** The field and language an Annex IX column carries ("name.sq" → name, sq; "baseline.value" → baseline.value, null). */
export function columnParts(column: XlsxColumn): { field: string; lang: Lang | null } {
  const m = /^(.*)\.(sq|en)$/.exec(column);
  return m ? { field: m[1]!, lang: m[2] as Lang } : { field: column, lang: null };
}

export const isXlsxColumn = (v: string): v is XlsxColumn => (XLSX_COLUMNS as readonly string[]).includes(v);

/** The mapping to show: the service's, every field named, indexes outside the sheet dropped. */
export function mappingFrom(preview: Pick<XlsxPreview, 'headers' | 'mapping'>): FullMapping {
  const inSheet = (i: number | null | undefined) => (typeof i === 'number' && i < preview.headers.length ? i : null);
  return Object.fromEntries(XLSX_COLUMNS.map((c) => [c, inSheet(preview.mapping[c])])) as FullMapping;
}

/** Each target year the dialog offers (the cycle's and any the sheet has a column for) with its column or null. */
export type YearColumns = readonly { year: number; column: number | null }[];

export function yearColumnsFrom(preview: Pick<XlsxPreview, 'cycleYears' | 'targetColumns'>): YearColumns {
  const years = [...new Set([...preview.cycleYears, ...preview.targetColumns.map((t) => t.year)])].sort((a, b) => a - b);
  return years.map((year) => ({ year, column: preview.targetColumns.find((t) => t.year === year)?.column ?? null }));
}

/** What the service is sent: the years that have a column. */
export const targetColumnsOf = (years: YearColumns): XlsxTargetColumns =>
  years.flatMap((y) => (y.column === null ? [] : [{ year: y.year, column: y.column }]));

/** What an issue's column names: an Annex IX field, a target year's column ("targets.2021"), or neither. */
export function issueColumn(column: string): { field: XlsxColumn } | { year: number } | null {
  if (isXlsxColumn(column)) return { field: column };
  const m = /^targets\.(\d{4})$/.exec(column);
  return m ? { year: Number(m[1]) } : null;
}

/** Sheet columns chosen for more than one field or year (a likely mistake worth pointing out). */
export function duplicateColumns(mapping: FullMapping, years: YearColumns = []): Set<number> {
  const seen = new Set<number>();
  const dup = new Set<number>();
  for (const i of [...XLSX_COLUMNS.map((c) => mapping[c]), ...years.map((y) => y.column)]) {
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
export { base64FromDataUrl } from '../lib/files';

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
