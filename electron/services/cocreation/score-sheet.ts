// A scorer's Excel score sheet: the round's ideas down, its criteria across,
// each cell limited by data validation to the round's scale. A hidden sheet
// ("Plani") carries the round's id, the scorer's name, and the criteria and
// ideas in the order the sheet lays them out, so a filled sheet comes back to
// the right round and scorer, and a sheet whose rows or columns no longer
// match the round is refused rather than read into the wrong cells.
import type ExcelJS from 'exceljs';
import { newWorkbook } from '../spreadsheet/workbook';
import { AppError } from '../../../shared/api/errors';
import { columnLetter } from '../../../shared/format/column-letter';
import type { PrioritizationRound } from '../../../shared/model/cocreation';
import type { RoundIdea } from '../../../shared/api/contract';
import { neutralise } from '../spreadsheet/export';
import { windowsSafe } from '../spreadsheet/file-name';
import { loadWorkbook, rawCell, type RawCell } from '../spreadsheet/sheet-file';

export const SCORES_SHEET = 'Pikët';
export const META_SHEET = 'Plani';
const FORMAT = 'plani-score-sheet/1';
/** Row of the column headers; ideas start below it. */
const HEADER_ROW = 3;
/** Columns before the first criterion: number, idea. */
const LEAD_COLUMNS = 2;
const MAX_IDEAS = 5000;

const cellName = (row: number, column: number) => `${columnLetter(column)}${row}`;

const bilingual = (t: { sq: string; en: string }) => (t.sq && t.en && t.sq !== t.en ? `${t.sq} / ${t.en}` : t.sq || t.en);

export interface SheetLabels {
  title: string;
  number: string;
  idea: string;
  gate: string;
  errorTitle: string;
  error: string;
}

export async function scoreWorkbook(
  round: PrioritizationRound,
  ideas: readonly RoundIdea[],
  scorer: string,
  labels: SheetLabels,
  now: Date,
): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = 'Plani';
  wb.created = now;
  wb.modified = now;
  const sheet = wb.addWorksheet(SCORES_SHEET, { views: [{ state: 'frozen', xSplit: LEAD_COLUMNS, ySplit: HEADER_ROW }] });
  sheet.getCell(1, 1).value = neutralise(labels.title);
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = 48;
  const header = sheet.getRow(HEADER_ROW);
  header.getCell(1).value = labels.number;
  header.getCell(2).value = labels.idea;
  round.criteria.forEach((c, j) => {
    const name = neutralise(bilingual(c.name));
    header.getCell(LEAD_COLUMNS + j + 1).value = c.gate ? `${name} (${labels.gate})` : `${name} (${Math.round(c.weight * 1000) / 10} %)`;
    sheet.getColumn(LEAD_COLUMNS + j + 1).width = 18;
  });
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  const mine = new Map(round.scores.filter((s) => s.scorer === scorer).map((s) => [`${s.ideaId}\u0000${s.criterionId}`, s.value]));
  const validation: ExcelJS.DataValidation = {
    type: 'whole',
    operator: 'between',
    allowBlank: true,
    formulae: [round.scale.min, round.scale.max],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: labels.errorTitle,
    error: labels.error,
  };
  ideas.forEach((idea, i) => {
    const row = sheet.getRow(HEADER_ROW + 1 + i);
    row.getCell(1).value = i + 1;
    row.getCell(2).value = neutralise(bilingual(idea.title));
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    round.criteria.forEach((c, j) => {
      const cell = row.getCell(LEAD_COLUMNS + j + 1);
      cell.value = mine.get(`${idea.id}\u0000${c.id}`) ?? null;
      cell.dataValidation = validation;
    });
  });

  const meta = wb.addWorksheet(META_SHEET, { state: 'hidden' });
  meta.addRow(['format', FORMAT]);
  meta.addRow(['round', round.id]);
  meta.addRow(['scorer', neutralise(scorer)]);
  meta.addRow(['criteria', ...round.criteria.map((c) => c.id)]);
  meta.addRow(['ideas', ...ideas.map((i) => i.id)]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const scoreSheetFileName = (scorer: string, stage: string) => `piket-${windowsSafe(stage, 30)}-${windowsSafe(scorer, 60) || 'vleresues'}.xlsx`;

/** What a filled sheet says, before it is checked against the round. */
export interface FilledSheet {
  roundId: string;
  scorer: string;
  criteria: string[];
  ideas: string[];
  /** One per idea row: its values by criterion position, as read. */
  rows: { row: number; number: RawCell; values: RawCell[] }[];
}

/** A refusal that names the cell, e.g. "D7" or "Plani!B2". */
export const sheetRefused = (code: 'sheet-not-score-sheet' | 'sheet-other-round' | 'sheet-ideas-changed' | 'sheet-criteria-changed' | 'sheet-bad-value', params: Record<string, string | number>) =>
  new AppError(code, { params });

const asText = (c: RawCell) => (typeof c === 'string' ? c.trim() : typeof c === 'number' ? String(c) : '');
/** The apostrophe neutralise() adds in front of = + - @ is taken off again. */
const unneutralise = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

export async function readScoreSheet(dataBase64: string): Promise<FilledSheet> {
  const wb = await loadWorkbook(dataBase64);
  const meta = wb.getWorksheet(META_SHEET);
  const sheet = wb.getWorksheet(SCORES_SHEET);
  const metaRow = (n: number) => {
    const row = meta?.getRow(n);
    return row ? Array.from({ length: Math.max(row.cellCount, 1) }, (_, i) => asText(rawCell(row.getCell(i + 1).value))) : [];
  };
  if (!meta || !sheet || metaRow(1)[1] !== FORMAT || metaRow(2)[0] !== 'round' || metaRow(3)[0] !== 'scorer') {
    throw sheetRefused('sheet-not-score-sheet', { cell: `${META_SHEET}!B1` });
  }
  const criteria = metaRow(4).slice(1).filter((s) => s !== '');
  const ideas = metaRow(5).slice(1).filter((s) => s !== '');
  if (ideas.length > MAX_IDEAS) throw sheetRefused('sheet-ideas-changed', { cell: `${META_SHEET}!B5` });
  const rows: FilledSheet['rows'] = [];
  // Every row below the header up to the last one used, so a row added at the end is seen too.
  const last = Math.min(sheet.rowCount, HEADER_ROW + MAX_IDEAS + 1);
  for (let r = HEADER_ROW + 1; r <= last; r++) {
    const row = sheet.getRow(r);
    const values = criteria.map((_, j) => rawCell(row.getCell(LEAD_COLUMNS + j + 1).value));
    const number = rawCell(row.getCell(1).value);
    const title = rawCell(row.getCell(2).value);
    if (number === null && title === null && values.every((v) => v === null)) continue;
    rows.push({ row: r, number, values });
  }
  return { roundId: metaRow(2)[1] ?? '', scorer: unneutralise(metaRow(3)[1] ?? ''), criteria, ideas, rows };
}

/**
 * The cells of a filled sheet for `round` with `ideaIds` (the round as it is
 * now): refused, naming the cell, when its criteria or its rows no longer match, or a value is not a whole number
 * inside the scale.
 */
export function sheetCells(
  sheet: FilledSheet,
  round: PrioritizationRound,
  ideaIds: readonly string[],
): { ideaId: string; criterionId: string; value: number | null }[] {
  const ids = round.criteria.map((c) => c.id);
  const firstCriterion = sheet.criteria.findIndex((c, j) => c !== ids[j]);
  if (firstCriterion >= 0 || sheet.criteria.length !== ids.length) {
    throw sheetRefused('sheet-criteria-changed', { cell: cellName(HEADER_ROW, LEAD_COLUMNS + Math.max(0, firstCriterion >= 0 ? firstCriterion : Math.min(sheet.criteria.length, ids.length))) });
  }
  // The round's ideas as they are now, in the sheet's order: a sheet exported before an idea was added or taken out no longer fits.
  const changedAt = sheet.ideas.findIndex((id, i) => id !== ideaIds[i]);
  if (changedAt >= 0 || sheet.ideas.length !== ideaIds.length) {
    const at = changedAt >= 0 ? changedAt : Math.min(sheet.ideas.length, ideaIds.length);
    throw sheetRefused('sheet-ideas-changed', { cell: cellName(HEADER_ROW + 1 + at, 1) });
  }
  // Rows sorted, moved or added in Excel: the numbers in column A no longer run 1, 2, 3 …
  if (sheet.rows.length !== sheet.ideas.length) {
    const extra = sheet.rows[sheet.ideas.length] ?? sheet.rows[sheet.rows.length - 1];
    throw sheetRefused('sheet-ideas-changed', { cell: cellName(extra?.row ?? HEADER_ROW + 1, 0) });
  }
  const out: { ideaId: string; criterionId: string; value: number | null }[] = [];
  sheet.rows.forEach((row, i) => {
    if (row.row !== HEADER_ROW + 1 + i || asText(row.number) !== String(i + 1)) throw sheetRefused('sheet-ideas-changed', { cell: cellName(row.row, 0) });
    row.values.forEach((raw, j) => {
      const cell = cellName(row.row, LEAD_COLUMNS + j);
      const text = asText(raw);
      if (raw === null || (typeof raw === 'string' && text === '')) {
        out.push({ ideaId: sheet.ideas[i]!, criterionId: ids[j]!, value: null });
        return;
      }
      const value = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
      if (!Number.isInteger(value) || value < round.scale.min || value > round.scale.max) {
        throw sheetRefused('sheet-bad-value', { cell, value: typeof raw === 'object' ? '#' : text.slice(0, 40), min: round.scale.min, max: round.scale.max });
      }
      out.push({ ideaId: sheet.ideas[i]!, criterionId: ids[j]!, value });
    });
  });
  return out;
}
