// Turning what a person types into model values and back: measured values (a
// number or a short statement such as "law adopted"), years, and an
// indicator's targets, one per year of the cycle. Amounts and dates are read
// and written by shared/format (the printed annexes write them the same way).
import { formatNumber, parseAmount } from '../../../shared/format/amounts';
import type { IndicatorFields } from '../../../shared/model/plan';
import type { Lang } from '../../../shared/model/primitives';

export type MeasureValue = number | string | null;
export type Target = IndicatorFields['targets'][number];

/** The code the editor files for an amount that is not a number (translated in ui.editor.errors). */
export const NOT_A_NUMBER = 'ui-not-a-number';
/** The code the editor files for a date it cannot read or that does not exist (translated in ui.editor.errors). */
export const NOT_A_DATE = 'ui-not-a-date';

/**
 * "55" → 55, "4,5" → 4.5, "1.500" → 1500 in Albanian (numbers read as
 * amounts are, shared/format/amounts.ts), "law adopted" → "law adopted",
 * "" → null.
 */
export function parseMeasure(text: string, lang: Lang): MeasureValue {
  const s = text.trim();
  if (s === '') return null;
  const n = parseAmount(s, lang);
  return typeof n === 'number' ? n : s;
}

export function formatMeasure(v: MeasureValue | undefined, lang: Lang): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'number' ? formatNumber(v, lang) : v;
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
