// Indicators from and to an Annex IX sheet (electron/services/api/handlers/spreadsheet.ts).
import { z } from 'zod';
import { Id, Line } from '../../model/primitives';
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
  'assumptions.sq', 'assumptions.en', 'milestone',
] as const;
export const XlsxColumn = z.enum(XLSX_COLUMNS);
export type XlsxColumn = z.infer<typeof XlsxColumn>;
/** Which sheet column (0-based) feeds each Annex IX field; null = not in the sheet. */
export const XlsxMapping = z.partialRecord(XlsxColumn, z.int().min(0).max(200).nullable());
export type XlsxMapping = z.infer<typeof XlsxMapping>;

export const XlsxRowReport = z.strictObject({
  /** The row number as the spreadsheet shows it (1-based, header included). */
  row: z.int(),
  ok: z.boolean(),
  issues: z.array(z.strictObject({ column: z.string(), code: z.string(), message: z.string() })),
  /** The indicator's name as read, to show which row is which. */
  name: Line,
});
export const XlsxPreview = z.strictObject({
  sheetName: z.string(),
  headers: z.array(z.string()),
  mapping: XlsxMapping,
  rows: z.array(XlsxRowReport),
  valid: z.int(),
  invalid: z.int(),
});
export type XlsxPreview = z.infer<typeof XlsxPreview>;

export const spreadsheetMethods = {
  /** Reads an Annex IX sheet and reports, row by row, what would be imported; writes nothing. */
  'indicator.xlsxPreview': method(z.strictObject({ commitmentId: Id, file: UploadedFile, mapping: XlsxMapping.optional() }), XlsxPreview),
  /** Imports the sheet: nothing when any row is invalid, unless validOnly asks for the valid rows. */
  'indicator.xlsxImport': method(
    z.strictObject({ commitmentId: Id, file: UploadedFile, mapping: XlsxMapping, validOnly: z.boolean() }),
    z.strictObject({ imported: z.int(), skipped: z.int() }),
  ),
  'indicator.xlsxExport': method(z.strictObject({ commitmentId: Id }), z.strictObject({ fileName: z.string(), dataBase64: z.string() })),
} as const;
