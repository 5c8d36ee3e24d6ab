// Turning what a person types into model values and back: amounts ("1 500 000",
// "2500,50"), measured values (a number or a short statement such as "law
// adopted"), years, and an indicator's targets, one per year of the cycle.
import type { IndicatorFields } from '../../../shared/model/plan';
import type { Lang } from '../../../shared/model/primitives';

export type MeasureValue = number | string | null;
export type Target = IndicatorFields['targets'][number];

/** The code the editor files for an amount that is not a number (translated in ui.editor.errors). */
export const NOT_A_NUMBER = 'ui-not-a-number';

const NUMBER = /^[-+−]?\d+(?:[.,]\d+)?$/;

/** "55" → 55, "4,5" → 4.5, "law adopted" → "law adopted", "" → null. */
export function parseMeasure(text: string): MeasureValue {
  const s = text.trim();
  if (s === '') return null;
  if (NUMBER.test(s)) return Number(s.replace(',', '.').replace('−', '-'));
  return s;
}

export function formatMeasure(v: MeasureValue | undefined): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'number' ? String(v) : v;
}

/**
 * An amount of money: digits with spaces (or non-breaking spaces, or
 * apostrophes) between thousands and one decimal separator, dot or comma.
 * Returns the number, null for an empty box, or undefined when the text is
 * not an amount. A minus sign is kept, so the schema's "negative" message is
 * the one shown.
 */
export function parseAmount(text: string): number | null | undefined {
  const s = text.replace(/[\s\u00a0\u202f']/g, '');
  if (s === '') return null;
  if (!NUMBER.test(s)) return undefined;
  const n = Number(s.replace(',', '.').replace('−', '-'));
  return Number.isFinite(n) ? n : undefined;
}

/** 1500000.5 → "1 500 000,5" (sq) / "1 500 000.5" (en): groups of three split by spaces, read the same in both. */
export function formatAmount(v: number | null | undefined, lang: Lang): string {
  if (v === null || v === undefined) return '';
  if (Math.abs(v) >= 1e21) return String(v);
  const [int, dec] = String(Math.abs(v)).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${v < 0 ? '-' : ''}${grouped}${dec ? `${lang === 'sq' ? ',' : '.'}${dec}` : ''}`;
}

/** The calendar years a cycle covers: 2020-09-01 … 2022-08-31 → [2020, 2021, 2022]. */
export function cycleYears(periodStart: string, periodEnd: string): number[] {
  const from = Number(periodStart.slice(0, 4));
  const to = Number(periodEnd.slice(0, 4));
  if (!Number.isInteger(from) || !Number.isInteger(to) || to < from || to - from > 20) return [];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** The targets with one year's value set (or removed when empty), sorted by year. */
export function setTarget(targets: readonly Target[], year: number, value: MeasureValue): Target[] {
  const rest = targets.filter((t) => t.year !== year);
  const next = value === null ? rest : [...rest, { year, value }];
  return next.sort((a, b) => a.year - b.year);
}

export function targetFor(targets: readonly Target[], year: number): MeasureValue {
  return targets.find((t) => t.year === year)?.value ?? null;
}
