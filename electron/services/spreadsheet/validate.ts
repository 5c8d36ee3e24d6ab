// Row-by-row validation of an Annex IX sheet: each row is mapped into an
// indicator's fields and parsed with the same schema the API uses
// (IndicatorFields), plus the rules that need the commitment: years inside
// its cycle, milestone numbers that exist, institutions that exist, and
// the indicator a row's id column names.
//
// A row that names one of the commitment's indicators is read over that
// indicator: the columns the sheet maps replace its fields (an empty cell
// empties the field), the others keep what it has, and the whole result is
// what the schema checks.
//
// Issue codes are what the UI translates: the field codes of
// shared/i18n/*/errors.ts (`validation.*`) where they fit, short new ones
// otherwise (see SHEET_CODES).
import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import type { XlsxColumn, XlsxTargetColumns } from '../../../shared/api/contract';
import { validation } from '../../../shared/i18n/sq/errors';
import { type Indicator, IndicatorFields } from '../../../shared/model/plan';
import { Id } from '../../../shared/model/primitives';
import { displayText, type RawCell, type Sheet, type SheetRow } from './sheet-file';
import { type FullMapping, frequency, indicatorType } from './columns';

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
  'bad-id',
  'duplicate-id',
  'other-commitment',
] as const;
type SheetCode = (typeof SHEET_CODES)[number] | keyof typeof validation;

export interface RowIssue {
  column: string;
  code: string;
  message: string;
}

export type RowAction = 'create' | 'update' | 'unchanged';

export interface RowReport {
  row: number;
  ok: boolean;
  action: RowAction;
  issues: RowIssue[];
  name: { sq: string; en: string };
}

export interface CheckedRow {
  report: RowReport;
  /** The indicator's fields when the row is valid. */
  fields: IndicatorFields | null;
  /** The indicator the row updates (its id column names one of the commitment's). */
  updates: Indicator | null;
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
  /** The commitment's indicators by id. */
  indicators: ReadonlyMap<string, Indicator>;
  /** Ids the sheet names that are indicators of other commitments. */
  elsewhere: ReadonlySet<string>;
}

/** What the rows are read with: the field of each column and the target-year columns. */
export interface SheetLayout {
  mapping: FullMapping;
  targetColumns: XlsxTargetColumns;
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

/** The id column's text of a row, as the row check reads it ('' when none). */
const idText = (r: SheetRow, layout: SheetLayout): string => {
  const i = layout.mapping.id;
  const v = i === null ? null : (r.cells[i] ?? null);
  return typeof v === 'string' ? v.trim().toLowerCase() : '';
};

/** The indicator ids the sheet's id column names, to look up before the rows are checked. */
export function sheetIds(sheet: Sheet, layout: SheetLayout): string[] {
  return [...new Set(sheet.rows.map((r) => idText(r, layout)).filter((id) => Id.safeParse(id).success))];
}

export function checkRows(sheet: Sheet, layout: SheetLayout, ctx: RowContext): CheckedRow[] {
  const claimed = new Set<string>();
  return sheet.rows.map((r) => checkRow(r, layout, ctx, claimed));
}

const byYear = (a: { year: number }, b: { year: number }) => a.year - b.year;

/** The fields an existing indicator has, in the shape a row is read into. */
function fieldsOf(i: Indicator): IndicatorFields {
  return Object.fromEntries(FIELD_KEYS.map((k) => [k, i[k]])) as IndicatorFields;
}
const FIELD_KEYS = Object.keys(IndicatorFields.shape) as (keyof IndicatorFields)[];

function checkRow(r: SheetRow, layout: SheetLayout, ctx: RowContext, claimed: Set<string>): CheckedRow {
  const { mapping } = layout;
  const issues: RowIssue[] = [];
  const flag = (column: string, code: SheetCode, message: string) => {
    if (!issues.some((i) => i.column === column && i.code === code)) issues.push({ column, code, message });
  };
  const mapped = (c: XlsxColumn) => mapping[c] !== null;
  const at = (i: number | null): RawCell => (i === null ? null : (r.cells[i] ?? null));
  const cell = (c: XlsxColumn): RawCell => at(mapping[c]);
  /** A cell as text ('' when empty or unusable); `column` is what an issue names. */
  const textAt = (column: string, v: RawCell): string => {
    if (v === null) return '';
    if (typeof v === 'object') {
      flag(column, v.problem, v.problem === 'formula' ? 'A formula without a computed value' : 'The cell holds a spreadsheet error');
      return '';
    }
    return String(v).trim().replace(NEUTRALISED, '');
  };
  const text = (c: XlsxColumn): string => textAt(c, cell(c));

  // The row's indicator: the one its id names, or a new one.
  let updates: Indicator | null = null;
  const id = idText(r, layout);
  const rawId = text('id');
  if (rawId !== '') {
    if (!Id.safeParse(id).success) flag('id', 'bad-id', `Not an indicator ID from Plani: ${displayText(rawId, 40)}`);
    else if (claimed.has(id)) flag('id', 'duplicate-id', 'Another row has the same indicator ID');
    else if (ctx.elsewhere.has(id)) flag('id', 'other-commitment', 'The indicator ID belongs to another commitment');
    else {
      claimed.add(id);
      updates = ctx.indicators.get(id) ?? null;
    }
  }
  const base = updates ? fieldsOf(updates) : null;
  /** What a column the sheet does not map leaves: the indicator's value, or a new indicator's. */
  const keep = <K extends keyof IndicatorFields>(k: K, fresh: IndicatorFields[K]): IndicatorFields[K] => (base ? base[k] : fresh);

  const pair = (f: (typeof TEXT_FIELDS)[number]) => {
    const kept = keep(f, { sq: '', en: '' });
    return {
      sq: mapped(`${f}.sq` as XlsxColumn) ? text(`${f}.sq` as XlsxColumn) : kept.sq,
      en: mapped(`${f}.en` as XlsxColumn) ? text(`${f}.en` as XlsxColumn) : kept.en,
    };
  };

  const measure = (v: string | number): string | number => (typeof v === 'number' ? v : NUMERIC.test(v) ? Number(v) : v);
  /** A measured value's cell: a number as it is, text as text (a number written as text becomes one). */
  const measureAt = (column: string, v: RawCell): string | number | null => {
    const t = typeof v === 'number' ? v : textAt(column, v);
    return t === '' ? null : measure(t);
  };
  const year = (column: string, raw: string | number, max: number, min = 1990): number | null => {
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
  if (typeRaw === '') type = keep('type', 'output');
  else if (type === null) flag('type', 'unknown-type', `Unknown indicator type: ${displayText(typeRaw, 40)}`);

  const freqRaw = text('frequency');
  let freq = freqRaw === '' ? null : frequency(freqRaw);
  if (freqRaw !== '' && freq === null) flag('frequency', 'unknown-frequency', `Unknown frequency: ${displayText(freqRaw, 40)}`);
  if (!mapped('frequency')) freq = keep('frequency', null);

  // A baseline is usually measured before the cycle starts (2019 for 2020-2022), so only its end bounds it.
  const keptBaseline = keep('baseline', { value: null, year: null });
  const baseYearCell = cell('baseline.year');
  const baseYearText = typeof baseYearCell === 'number' ? baseYearCell : text('baseline.year');
  const baseline = {
    value: mapped('baseline.value') ? measureAt('baseline.value', cell('baseline.value')) : keptBaseline.value,
    year: !mapped('baseline.year') ? keptBaseline.year : baseYearText === '' ? null : year('baseline.year', baseYearText, ctx.endYear),
  };

  // The single "2021: 40; 2022: 60" cell lists every target; year columns set (or, empty, clear) their own year.
  const targets = new Map<number, string | number>();
  if (!mapped('targets')) for (const t of keep('targets', [])) if (t.value !== null) targets.set(t.year, t.value);
  const targetsCell = cell('targets');
  const targetsText = typeof targetsCell === 'number' ? String(targetsCell) : text('targets');
  const listed = new Set<number>();
  for (const part of targetsText.split(/[;\n]/).map((s) => s.trim()).filter((s) => s !== '')) {
    const m = /^(\d{4})\s*[:=]\s*(\S.*)$/s.exec(part);
    if (!m) {
      flag('targets', 'bad-targets', 'Targets are written as “2021: 40; 2022: 60”');
      continue;
    }
    const y = year('targets', m[1]!, ctx.endYear, ctx.startYear);
    if (y === null) continue;
    if (listed.has(y)) flag('targets', 'duplicate-year', `Year ${y} has two targets`);
    else {
      listed.add(y);
      targets.set(y, measure(m[2]!.trim()));
    }
  }
  for (const { year: y, column } of layout.targetColumns) {
    const where = `targets.${y}`;
    const value = measureAt(where, at(column));
    if (value === null) {
      if (!listed.has(y)) targets.delete(y);
      continue;
    }
    if (listed.has(y)) flag(where, 'duplicate-year', `Year ${y} has two targets`);
    else if (year(where, y, ctx.endYear, ctx.startYear) !== null) targets.set(y, value);
  }
  if (targets.size > MAX_TARGETS) flag('targets', 'too-many', `At most ${MAX_TARGETS} targets`);

  const instRaw = text('responsibleInstitution');
  // A new indicator without one is the lead institution's; a cleared cell clears an existing one's.
  let responsibleInstitution = mapped('responsibleInstitution') && base ? null : keep('responsibleInstitution', ctx.leadInstitution);
  if (instRaw !== '') {
    responsibleInstitution = ctx.institutions.get(foldCode(instRaw)) ?? null;
    if (responsibleInstitution === null) flag('responsibleInstitution', 'unknown-institution', `Unknown institution: ${displayText(instRaw, 40)}`);
  }

  const msCell = cell('milestone');
  const msText = typeof msCell === 'number' ? String(msCell) : text('milestone');
  let milestoneId: string | null = mapped('milestone') ? null : keep('milestoneId', null);
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
    targets: [...targets].map(([y, value]) => ({ year: y, value })).sort(byYear).slice(0, MAX_TARGETS),
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
  const fields = ok && parsed.success ? parsed.data : null;
  const action: RowAction = !updates ? 'create' : fields && sameFields(fieldsOf(updates), fields) ? 'unchanged' : 'update';
  return {
    report: { row: r.row, ok, action, issues, name: { sq: displayText(name.sq, 500), en: displayText(name.en, 500) } },
    fields,
    updates,
  };
}

/** Whether a row leaves the indicator as it is (targets compared by year, as the editor keeps them). */
function sameFields(a: IndicatorFields, b: IndicatorFields): boolean {
  const norm = (f: IndicatorFields) => ({ ...f, targets: f.targets.filter((t) => t.value !== null).sort(byYear) });
  return isDeepStrictEqual(norm(a), norm(b));
}

/** Institution codes and acronyms compare without case or accents ("akshi" = "AKSHI"). */
export const foldCode = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').trim().toUpperCase();
