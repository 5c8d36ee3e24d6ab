// An idea file as rows of cells: the .xlsx export of an online form (through
// the indicator sheets' reader and its size, zip-bomb and formula guards) or
// its .csv export. A CSV is read as UTF-8 when its bytes are valid UTF-8
// (with or without a BOM) and as Windows-1250 otherwise, which is what Excel
// on an Albanian Windows writes; its separator (comma, semicolon or tab) is
// the one the header line uses most outside quotes. Quoted fields may hold
// separators, doubled quotes and line breaks.
import { decodeUpload, fileRefused, isEmptyCell, type RawCell, readSheet, type Sheet, type SheetOptions, type SheetRow, sheetOf } from '../spreadsheet/sheet-file';

export type CsvEncoding = 'utf-8' | 'windows-1250';
export type CsvSeparator = ',' | ';' | '\t';

export interface IdeaSheet extends Sheet {
  kind: 'xlsx' | 'csv';
  encoding: CsvEncoding | null;
  separator: CsvSeparator | null;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const MAX_COLUMNS = 201;
const MAX_CELL = 100_000;

/** The text of CSV bytes and the encoding it was read in. */
export function decodeCsv(bytes: Buffer): { text: string; encoding: CsvEncoding } {
  const body = bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1250').decode(bytes), encoding: 'windows-1250' };
  }
}

/** The separator the first line uses most, counting only outside quotes; a comma when it uses none. */
export function detectSeparator(text: string): CsvSeparator {
  const counts: Record<CsvSeparator, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as CsvSeparator]++;
  }
  const best = (Object.keys(counts) as CsvSeparator[]).sort((a, b) => counts[b] - counts[a])[0]!;
  return counts[best] > 0 ? best : ',';
}

/**
 * Records of CSV text (RFC 4180, as the form tools and Excel write it), each
 * with the line it starts on, so a report names the row a spreadsheet shows.
 */
export function parseCsv(text: string, sep: CsvSeparator): { line: number; cells: string[] }[] {
  const out: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === sep) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      out.push({ line: start, cells });
      cells = [];
      cell = '';
      line++;
      start = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    out.push({ line: start, cells });
  }
  return out;
}

/** A CSV cell as validation sees it: text; one that would run as a formula in a spreadsheet is marked. */
function csvCell(s: string): RawCell {
  if (s.length > MAX_CELL) return s.slice(0, MAX_CELL);
  return /^=/.test(s.trim()) ? { problem: 'formula' } : s;
}

function readCsv(bytes: Buffer, headerRow: number | undefined, opts: SheetOptions): IdeaSheet {
  if (bytes.includes(0)) throw fileRefused('not-a-spreadsheet', 'The file is neither an .xlsx workbook nor a CSV text');
  const { text, encoding } = decodeCsv(bytes);
  const separator = detectSeparator(text);
  const maxRows = opts.maxRows ?? Infinity;
  const filled: SheetRow[] = [];
  let tooMany = false;
  for (const [i, rec] of parseCsv(text, separator).entries()) {
    const cells = rec.cells.slice(0, MAX_COLUMNS).map(csvCell);
    if (cells.every(isEmptyCell)) continue;
    // Numbered by record, as a spreadsheet opening the file shows them (a quoted line break stays in its cell).
    filled.push({ row: i + 1, cells });
    if (filled.length > maxRows + 30) {
      tooMany = true;
      break;
    }
  }
  return { ...sheetOf('CSV', filled, headerRow, opts, tooMany), kind: 'csv', encoding, separator };
}

/** Reads an uploaded idea file, .xlsx (by its zip signature) or CSV. */
export async function readIdeaFile(dataBase64: string, headerRow: number | undefined, opts: SheetOptions): Promise<IdeaSheet> {
  const bytes = decodeUpload(dataBase64);
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) return { ...(await readSheet(dataBase64, headerRow, opts)), kind: 'xlsx', encoding: null, separator: null };
  return readCsv(bytes, headerRow, opts);
}
