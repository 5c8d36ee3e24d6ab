// Indicators from and to an Annex IX sheet (electron/services/api/handlers/spreadsheet.ts).
import { z } from 'zod';
import { Id, Line, Year } from '../../model/primitives';
import { base64Length, method, upload } from './method';

/** The largest file a person can upload (a spreadsheet), in bytes before encoding. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Base64 of MAX_UPLOAD_BYTES, the form an upload crosses IPC and HTTP in. */
export const MAX_UPLOAD_BASE64 = base64Length(MAX_UPLOAD_BYTES);

/** An uploaded spreadsheet. */
export const UploadedFile = upload(MAX_UPLOAD_BYTES);

/** The Annex IX columns an indicator sheet may carry, in template order. */
export const XLSX_COLUMNS = [
  'name.sq', 'name.en', 'type', 'definition.sq', 'definition.en', 'unit.sq', 'unit.en',
  'baseline.value', 'baseline.year', 'targets', 'dataSource.sq', 'dataSource.en', 'frequency',
  'responsibleInstitution', 'method.sq', 'method.en', 'disaggregation.sq', 'disaggregation.en',
  'assumptions.sq', 'assumptions.en', 'milestone', 'id',
] as const;
export const XlsxColumn = z.enum(XLSX_COLUMNS);
export type XlsxColumn = z.infer<typeof XlsxColumn>;
/** A sheet column, 0-based (A = 0). */
const ColumnIndex = z.int().min(0).max(200);
/** Which sheet column feeds each Annex IX field; null = not in the sheet. */
export const XlsxMapping = z.partialRecord(XlsxColumn, ColumnIndex.nullable());
export type XlsxMapping = z.infer<typeof XlsxMapping>;
/** One column per target year, as Annex IX lays them out ("Synimi 2021", "Synimi 2022"); a year at most once. */
export const XlsxTargetColumns = z
  .array(z.strictObject({ year: Year, column: ColumnIndex }))
  .max(20)
  .refine((list) => new Set(list.map((t) => t.year)).size === list.length, { message: 'duplicate-year' });
export type XlsxTargetColumns = z.infer<typeof XlsxTargetColumns>;
/** The highest row a header may sit on: sheets carry a few title rows above it, not pages. */
export const MAX_HEADER_ROW = 30;
/** The sheet row (1-based) holding the column headers; the rows above it are titles and are not read. */
export const XlsxHeaderRow = z.int().min(1).max(MAX_HEADER_ROW);
/** How the sheet is read: header row, the field of each column, the target-year columns. Absent parts are detected. */
const layout = { headerRow: XlsxHeaderRow.optional(), targetColumns: XlsxTargetColumns.optional() };

export const XlsxRowReport = z.strictObject({
  /** The row number as the spreadsheet shows it (1-based, header included). */
  row: z.int(),
  ok: z.boolean(),
  /** What importing the row does: a new indicator, or the indicator its id column names (changed or not). */
  action: z.enum(['create', 'update', 'unchanged']),
  issues: z.array(z.strictObject({ column: z.string(), code: z.string(), message: z.string() })),
  /** The indicator's name as read, to show which row is which. */
  name: Line,
});
export const XlsxPreview = z.strictObject({
  sheetName: z.string(),
  /** The row read as headers, and the first rows of the sheet to choose another one from. */
  headerRow: XlsxHeaderRow,
  headerRows: z.array(z.strictObject({ row: XlsxHeaderRow, text: z.string() })),
  headers: z.array(z.string()),
  mapping: XlsxMapping,
  targetColumns: XlsxTargetColumns,
  /** The years of the plan's cycle: the target years a sheet is expected to carry. */
  cycleYears: z.array(Year),
  rows: z.array(XlsxRowReport),
  valid: z.int(),
  invalid: z.int(),
});
export type XlsxPreview = z.infer<typeof XlsxPreview>;

export const spreadsheetMethods = {
  /** Reads an Annex IX sheet and reports, row by row, what would be imported; writes nothing. */
  'indicator.xlsxPreview': method(z.strictObject({ commitmentId: Id, file: UploadedFile, mapping: XlsxMapping.optional(), ...layout }), XlsxPreview),
  /**
   * Imports the sheet: nothing when any row is invalid, unless validOnly asks for the valid rows.
   * A row whose id column names one of the commitment's indicators updates it; the others are added.
   */
  'indicator.xlsxImport': method(
    z.strictObject({ commitmentId: Id, file: UploadedFile, mapping: XlsxMapping, ...layout, validOnly: z.boolean() }),
    z.strictObject({ imported: z.int(), updated: z.int(), unchanged: z.int(), skipped: z.int() }),
  ),
  'indicator.xlsxExport': method(z.strictObject({ commitmentId: Id }), z.strictObject({ fileName: z.string(), dataBase64: z.string() })),
} as const;
