// Turns uploaded bytes into plain rows of cells, refusing anything that is
// not a reasonably sized .xlsx before the spreadsheet parser touches it.
// Everything here happens before any database transaction starts.
import type ExcelJS from 'exceljs';
import { newWorkbook } from './workbook';
import { AppError } from '../../../shared/api/errors';
import { checkZip } from './zip';
import { MAX_HEADER_ROW, MAX_UPLOAD_BYTES } from '../../../shared/api/contract';
import { headerScore } from './columns';

export const MAX_FILE_BYTES = MAX_UPLOAD_BYTES;
/** A commitment holds at most 500 indicators; a longer sheet is not an indicator table. */
export const MAX_DATA_ROWS = 500;
/** The mapping addresses columns 0..200. */
const MAX_COLUMNS = 201;
const MAX_INFLATED = 100 * 1024 * 1024;
const MAX_ENTRIES = 2000;
const MAX_HEADER = 200;

/** A cell as validation sees it; `problem` marks a cell whose value cannot be used. */
export type RawCell = string | number | null | { problem: 'formula' | 'cell-error' };

export interface SheetRow {
  /** As the spreadsheet numbers it (header = 1). */
  row: number;
  cells: RawCell[];
}

export interface Sheet {
  name: string;
  /** The row read as headers; the rows above it are titles, the rows below it data. */
  headerRow: number;
  headers: string[];
  /** The first rows with anything in them, to offer as the header row. */
  headerRows: { row: number; text: string }[];
  rows: SheetRow[];
}

/** How many of the first rows are offered as the header row. */
const HEADER_CANDIDATES = 10;

export const fileRefused = (code: string, message: string, params?: Record<string, string | number>) =>
  new AppError('invalid-input', { issues: [{ path: 'file', code, message }], ...(params ? { params } : {}) });

const notASpreadsheet = () => fileRefused('not-a-spreadsheet', 'The file is not an .xlsx workbook');

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Text safe to show back (headers, row names): no control characters, bounded. */
export function displayText(s: string, max: number): string {
  const clean = s.replace(CONTROL, '').normalize('NFC').trim();
  if (clean.length <= max) return clean;
  let cut = clean.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** How a kind of sheet is read: how many data rows it may hold, and how its header row is recognised. */
export interface SheetOptions {
  maxRows?: number;
  headerScore?: (headers: readonly string[]) => number;
}

/** The bytes of an upload, its size checked before and after decoding. */
export function decodeUpload(dataBase64: string): Buffer {
  // Checked before decoding, so an oversized upload is never held twice.
  if (Math.floor((dataBase64.length * 3) / 4) > MAX_FILE_BYTES + 2) {
    throw fileRefused('file-too-large', 'The file is larger than 10 MB', { max: MAX_FILE_BYTES });
  }
  const buf = Buffer.from(dataBase64, 'base64');
  if (buf.length > MAX_FILE_BYTES) throw fileRefused('file-too-large', 'The file is larger than 10 MB', { max: MAX_FILE_BYTES });
  return buf;
}

export function rawCell(v: ExcelJS.CellValue): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : { problem: 'cell-error' };
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { problem: 'cell-error' } : v.toISOString().slice(0, 10);
  if ('error' in v) return { problem: 'cell-error' };
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) {
    // What the person saw is the cached result; without one there is nothing to import.
    const r = v.result;
    if (r === undefined || r === null) return { problem: 'formula' };
    return rawCell(r);
  }
  if ('hyperlink' in v) return rawCell(v.text as ExcelJS.CellValue);
  return { problem: 'cell-error' };
}

export const isEmptyCell = (c: RawCell) => c === null || (typeof c === 'string' && c.trim() === '');

const headerCell = (c: RawCell) => (typeof c === 'string' || typeof c === 'number' ? displayText(String(c), MAX_HEADER) : '');

/**
 * The header row when none is given: of the first rows, the one most of
 * whose cells read as known headers (Annex IX sheets carry a title or two
 * above it); the first row with anything in it when none reads at all.
 */
function detectHeaderRow(candidates: readonly SheetRow[], scoreOf: (headers: readonly string[]) => number): number {
  let best: { row: number; score: number } | null = null;
  for (const r of candidates) {
    const score = scoreOf(r.cells.map(headerCell));
    if (best === null || score > best.score) best = { row: r.row, score };
  }
  if (best === null) return 1;
  return best.score > 0 ? best.row : candidates[0]!.row;
}

/**
 * The uploaded workbook, once its size, its ZIP structure and its inflated
 * size have passed the guards; every reader of an uploaded .xlsx starts here.
 */
export async function loadWorkbook(dataBase64: string): Promise<ExcelJS.Workbook> {
  const buf = decodeUpload(dataBase64);
  const zip = checkZip(buf, { maxEntries: MAX_ENTRIES, maxInflated: MAX_INFLATED });
  if (!zip.ok) {
    if (zip.reason === 'too-large') throw fileRefused('file-too-large', 'The workbook unpacks to more than 100 MB', { max: MAX_INFLATED });
    throw notASpreadsheet();
  }
  if (!zip.names.includes('[Content_Types].xml') || !zip.names.includes('xl/workbook.xml')) throw notASpreadsheet();

  const wb = await newWorkbook();
  try {
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch {
    throw notASpreadsheet();
  }
  return wb;
}

/** Reads the first worksheet: the header row (given, or detected), then every non-empty row below it. */
export async function readSheet(dataBase64: string, headerRow?: number, opts: SheetOptions = {}): Promise<Sheet> {
  const wb = await loadWorkbook(dataBase64);
  const ws = wb.worksheets[0];
  if (!ws) throw notASpreadsheet();

  const width = Math.min(Math.max(ws.columnCount, 1), MAX_COLUMNS);
  const cellsOf = (r: ExcelJS.Row) => Array.from({ length: width }, (_, i) => rawCell(r.getCell(i + 1).value));
  const maxRows = opts.maxRows ?? MAX_DATA_ROWS;

  // Title rows may sit above the header, so up to MAX_HEADER_ROW more rows than data rows are read.
  const filled: SheetRow[] = [];
  let tooMany = false;
  ws.eachRow({ includeEmpty: false }, (r, n) => {
    if (tooMany) return;
    const cells = cellsOf(r);
    if (cells.every(isEmptyCell)) return;
    if (filled.length >= maxRows + MAX_HEADER_ROW) tooMany = true;
    else filled.push({ row: n, cells });
  });
  return sheetOf(ws.name, filled, headerRow, { ...opts, maxRows }, tooMany);
}

/**
 * A sheet from its non-empty rows (a worksheet's, a CSV file's): the header
 * row given or detected among the first rows, the rows below it as data.
 */
export function sheetOf(name: string, filled: readonly SheetRow[], headerRow: number | undefined, opts: SheetOptions = {}, tooMany = false): Sheet {
  const maxRows = opts.maxRows ?? MAX_DATA_ROWS;
  const candidates = filled.filter((r) => r.row <= MAX_HEADER_ROW).slice(0, HEADER_CANDIDATES);
  const at = headerRow ?? detectHeaderRow(candidates, opts.headerScore ?? headerScore);
  const headers = (filled.find((r) => r.row === at)?.cells ?? []).map(headerCell);
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  const rows = filled.filter((r) => r.row > at);
  if (tooMany || rows.length > maxRows) throw fileRefused('too-many-rows', `The sheet has more than ${maxRows} rows`, { max: maxRows });
  const headerRows = candidates.map((r) => ({ row: r.row, text: displayText(r.cells.map(headerCell).filter((h) => h !== '').join(' · '), 120) }));
  return { name: displayText(name, 100), headerRow: at, headers, headerRows, rows };
}
