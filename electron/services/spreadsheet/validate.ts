// Row-by-row validation of an Annex IX sheet: each row is mapped into an
// indicator's fields and parsed with the same schema the API uses
// (IndicatorFields), plus the rules that need the commitment: years inside
// its cycle, milestone numbers that exist, institutions that exist.
//
// Issue codes are what the UI translates: the field codes of
// shared/i18n/*/errors.ts (`validation.*`) where they fit, short new ones
// otherwise (see SHEET_CODES).
import type { z } from 'zod';
import type { XlsxColumn } from '../../../shared/api/contract';
import { validation } from '../../../shared/i18n/sq/errors';
import { IndicatorFields } from '../../../shared/model/plan';
import { displayText, type RawCell, type Sheet, type SheetRow } from './sheet-file';
import { frequency, indicatorType } from './columns';

/** Codes this module adds to the `validation.*` ones. */
export const SHEET_CODES = [
  'required',
  'bad-year',
  'year-outside-cycle',
  'bad-targets',
  'duplicate-year',
  'too-many',
  'unknown-type',
  'unknown-frequency',
  'unknown-institution',
  'unknown-milestone',
  'formula',
  'cell-error',
] as const;
type SheetCode = (typeof SHEET_CODES)[number] | keyof typeof validation;

export interface RowIssue {
  column: string;
  code: string;
  message: string;
}

export interface RowReport {
  row: number;
  ok: boolean;
  issues: RowIssue[];
  name: { sq: string; en: string };
}

export interface CheckedRow {
  report: RowReport;
  /** The indicator's fields when the row is valid. */
  fields: IndicatorFields | null;
}

/** What the rows are checked against: read from the database for one commitment. */
export interface RowContext {
  startYear: number;
  endYear: number;
  /** Milestone number (seq) -> id. */
  milestones: ReadonlyMap<number, string>;
  /** Folded institution code or acronym -> code. */
  institutions: ReadonlyMap<string, string>;
  leadInstitution: string | null;
}

const MAX_TARGETS = 20;
const NUMERIC = /^-?\d+(\.\d+)?$/;
/** The OWASP prefix the export adds before = + - @ tab CR; taken off again on the way in. */
const NEUTRALISED = /^'(?=[=+\-@\t\r])/;

const TEXT_FIELDS = ['name', 'definition', 'unit', 'dataSource', 'method', 'disaggregation', 'assumptions'] as const;

function columnOf(path: readonly PropertyKey[]): string {
  const [head, next] = path;
  if (head === 'milestoneId') return 'milestone';
  if (head === 'targets') return 'targets';
  if (head === 'baseline' && typeof next === 'string') return `baseline.${next}`;
  if ((TEXT_FIELDS as readonly PropertyKey[]).includes(head!) && (next === 'sq' || next === 'en')) return `${String(head)}.${next}`;
  return String(head ?? '');
}

/** The translatable code of a schema issue: the custom message when it is one of ours. */
function codeOf(issue: z.core.$ZodIssue): string {
  const known = (m: string) => Object.prototype.hasOwnProperty.call(validation, m);
  if (known(issue.message)) return issue.message;
  if (issue.code === 'invalid_union') {
    for (const branch of issue.errors) for (const i of branch) if (known(i.message)) return i.message;
  }
  return 'generic';
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_big') return `Longer than ${String(issue.maximum)} characters`;
  if (issue.message === 'control-characters') return 'Contains control or text-direction characters';
  return issue.message;
}

export function checkRows(sheet: Sheet, mapping: Record<XlsxColumn, number | null>, ctx: RowContext): CheckedRow[] {
  return sheet.rows.map((r) => checkRow(r, mapping, ctx));
}

function checkRow(r: SheetRow, mapping: Record<XlsxColumn, number | null>, ctx: RowContext): CheckedRow {
  const issues: RowIssue[] = [];
  const flag = (column: string, code: SheetCode, message: string) => {
    if (!issues.some((i) => i.column === column && i.code === code)) issues.push({ column, code, message });
  };
  const cell = (c: XlsxColumn): RawCell => {
    const i = mapping[c];
    return i === null ? null : (r.cells[i] ?? null);
  };
  /** The cell as text ('' when empty or unusable). */
  const text = (c: XlsxColumn): string => {
    const v = cell(c);
    if (v === null) return '';
    if (typeof v === 'object') {
      flag(c, v.problem, v.problem === 'formula' ? 'A formula without a computed value' : 'The cell holds a spreadsheet error');
      return '';
    }
    return String(v).trim().replace(NEUTRALISED, '');
  };
  const pair = (f: (typeof TEXT_FIELDS)[number]) => ({ sq: text(`${f}.sq` as XlsxColumn), en: text(`${f}.en` as XlsxColumn) });

  const measure = (v: string | number): string | number => (typeof v === 'number' ? v : NUMERIC.test(v) ? Number(v) : v);
  const year = (column: XlsxColumn, raw: string | number, max: number, min = 1990): number | null => {
    const y = typeof raw === 'number' ? raw : /^\d{4}$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isInteger(y) || y < 1990 || y > 2100) {
      flag(column, 'bad-year', `Not a year: ${displayText(String(raw), 20)}`);
      return null;
    }
    if (y < min || y > max) {
      const span = min === 1990 ? `the cycle ends in ${max}` : `the cycle runs ${min}–${max}`;
      flag(column, 'year-outside-cycle', `Year ${y} is outside the cycle (${span})`);
      return null;
    }
    return y;
  };

  const name = pair('name');

  const typeRaw = text('type');
  let type = indicatorType(typeRaw);
  if (typeRaw === '') type = 'output';
  else if (type === null) flag('type', 'unknown-type', `Unknown indicator type: ${displayText(typeRaw, 40)}`);

  const freqRaw = text('frequency');
  const freq = freqRaw === '' ? null : frequency(freqRaw);
  if (freqRaw !== '' && freq === null) flag('frequency', 'unknown-frequency', `Unknown frequency: ${displayText(freqRaw, 40)}`);

  // A baseline is usually measured before the cycle starts (2019 for 2020-2022), so only its end bounds it.
  const baseValueCell = cell('baseline.value');
  const baseValueText = typeof baseValueCell === 'number' ? baseValueCell : text('baseline.value');
  const baseYearCell = cell('baseline.year');
  const baseYearText = typeof baseYearCell === 'number' ? baseYearCell : text('baseline.year');
  const baseline = {
    value: baseValueText === '' ? null : measure(baseValueText),
    year: baseYearText === '' ? null : year('baseline.year', baseYearText, ctx.endYear),
  };

  const targets: { year: number; value: string | number }[] = [];
  const targetsCell = cell('targets');
  const targetsText = typeof targetsCell === 'number' ? String(targetsCell) : text('targets');
  for (const part of targetsText.split(/[;\n]/).map((s) => s.trim()).filter((s) => s !== '')) {
    const m = /^(\d{4})\s*[:=]\s*(\S.*)$/s.exec(part);
    if (!m) {
      flag('targets', 'bad-targets', 'Targets are written as “2021: 40; 2022: 60”');
      continue;
    }
    const y = year('targets', m[1]!, ctx.endYear, ctx.startYear);
    if (y === null) continue;
    if (targets.some((t) => t.year === y)) flag('targets', 'duplicate-year', `Year ${y} has two targets`);
    else targets.push({ year: y, value: measure(m[2]!.trim()) });
  }
  if (targets.length > MAX_TARGETS) flag('targets', 'too-many', `At most ${MAX_TARGETS} targets`);

  const instRaw = text('responsibleInstitution');
  let responsibleInstitution = ctx.leadInstitution;
  if (instRaw !== '') {
    responsibleInstitution = ctx.institutions.get(foldCode(instRaw)) ?? null;
    if (responsibleInstitution === null) flag('responsibleInstitution', 'unknown-institution', `Unknown institution: ${displayText(instRaw, 40)}`);
  }

  const msCell = cell('milestone');
  const msText = typeof msCell === 'number' ? String(msCell) : text('milestone');
  let milestoneId: string | null = null;
  if (msText !== '') {
    milestoneId = /^\d{1,5}$/.test(msText) ? (ctx.milestones.get(Number(msText)) ?? null) : null;
    if (milestoneId === null) flag('milestone', 'unknown-milestone', `No milestone number ${displayText(msText, 20)} in this commitment`);
  }

  if (name.sq === '' && name.en === '' && !issues.some((i) => i.column.startsWith('name.'))) {
    flag(mapping['name.sq'] === null && mapping['name.en'] !== null ? 'name.en' : 'name.sq', 'required', 'The indicator has no name');
  }

  const parsed = IndicatorFields.safeParse({
    milestoneId,
    name,
    type: type ?? 'output',
    definition: pair('definition'),
    unit: pair('unit'),
    baseline,
    targets: targets.slice(0, MAX_TARGETS),
    dataSource: pair('dataSource'),
    frequency: freq,
    responsibleInstitution,
    method: pair('method'),
    disaggregation: pair('disaggregation'),
    assumptions: pair('assumptions'),
  });
  if (!parsed.success) {
    for (const i of parsed.error.issues) flag(columnOf(i.path), codeOf(i) as SheetCode, messageOf(i));
  }

  const ok = issues.length === 0 && parsed.success;
  return {
    report: { row: r.row, ok, issues, name: { sq: displayText(name.sq, 500), en: displayText(name.en, 500) } },
    fields: ok && parsed.success ? parsed.data : null,
  };
}

/** Institution codes and acronyms compare without case or accents ("akshi" = "AKSHI"). */
export const foldCode = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').trim().toUpperCase();
