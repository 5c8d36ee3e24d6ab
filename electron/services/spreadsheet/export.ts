// Writes a commitment's indicators as an Annex IX sheet: one header row
// (both languages), one row per indicator, in the column order import reads.
// Targets go one column per year of the cycle, as Annex IX lays them out;
// the last column, hidden, holds each indicator's id, so that importing the
// sheet again updates these indicators instead of adding copies.
import { newWorkbook } from './workbook';
import { XLSX_COLUMNS, type XlsxColumn } from '../../../shared/api/contract';
import type { Commitment, Indicator } from '../../../shared/model/plan';
import { bilingual, FREQUENCY_LABELS, headerText, targetHeader, TYPE_LABELS } from './columns';

/**
 * Spreadsheet formula injection (OWASP "CSV injection"): text beginning with
 * = + - @ tab or CR can run as a formula once the sheet is re-saved or
 * copied elsewhere (CSV). exceljs stores strings as strings, never as
 * formulas, but the sheet travels; the apostrophe keeps it text everywhere.
 */
export function neutralise(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

type CellOut = string | number | null;
const text = (s: string): CellOut => (s === '' ? null : neutralise(s));
const measure = (v: Indicator['baseline']['value']): CellOut => (v === null ? null : typeof v === 'number' ? v : text(v));

type Written = Exclude<XlsxColumn, 'targets'>;

function rowOf(i: Indicator, milestoneSeq: ReadonlyMap<string, number>): Record<Written, CellOut> {
  return {
    'name.sq': text(i.name.sq),
    'name.en': text(i.name.en),
    type: bilingual(TYPE_LABELS[i.type]),
    'definition.sq': text(i.definition.sq),
    'definition.en': text(i.definition.en),
    'unit.sq': text(i.unit.sq),
    'unit.en': text(i.unit.en),
    'baseline.value': measure(i.baseline.value),
    'baseline.year': i.baseline.year,
    'dataSource.sq': text(i.dataSource.sq),
    'dataSource.en': text(i.dataSource.en),
    frequency: i.frequency === null ? null : bilingual(FREQUENCY_LABELS[i.frequency]),
    responsibleInstitution: i.responsibleInstitution,
    'method.sq': text(i.method.sq),
    'method.en': text(i.method.en),
    'disaggregation.sq': text(i.disaggregation.sq),
    'disaggregation.en': text(i.disaggregation.en),
    'assumptions.sq': text(i.assumptions.sq),
    'assumptions.en': text(i.assumptions.en),
    milestone: i.milestoneId === null ? null : (milestoneSeq.get(i.milestoneId) ?? null),
    id: i.id,
  };
}

const yearKey = (year: number) => `target.${year}`;

const NARROW: ReadonlySet<XlsxColumn> = new Set(['type', 'baseline.value', 'baseline.year', 'frequency', 'responsibleInstitution', 'milestone']);

/** The sheet for a commitment whose cycle runs over `years`. */
export async function indicatorWorkbook(c: Commitment, years: readonly number[], now: Date): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = 'Plani';
  wb.created = now;
  wb.modified = now;
  const sheet = wb.addWorksheet('Treguesit', { views: [{ state: 'frozen', ySplit: 1 }] });
  // The target years stand where the single targets column stands in the template.
  sheet.columns = XLSX_COLUMNS.flatMap((key) =>
    key === 'targets'
      ? years.map((y) => ({ key: yearKey(y), header: targetHeader(y), width: 16 }))
      : [{ key, header: headerText(key), width: NARROW.has(key) ? 16 : 36, hidden: key === 'id' }],
  );
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  const seqs = new Map(c.milestones.map((m) => [m.id, m.seq]));
  for (const i of c.indicators) {
    const targets = Object.fromEntries(years.map((y) => [yearKey(y), measure(i.targets.find((t) => t.year === y)?.value ?? null)]));
    sheet.addRow({ ...rowOf(i, seqs), ...targets }).alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
