// A cycle's period as OGP allows it, the one rule every place reads: the new-
// cycle dialog, cycle.start and the POC's edit of a cycle in the reference
// data (referenceData.saveCycle). A period ends after it starts, runs one to
// four years counting its last day (2023-09-01 … 2024-08-31 is one year; 29
// February counts to 28 February) and overlaps no other cycle (a cycle never
// overlaps itself). Pure; the problems carry the error code the service
// refuses with and the field the dialog shows it at.
import type { Cycle } from '../model/reference';

export type PeriodField = 'periodStart' | 'periodEnd';

export type PeriodProblem =
  | { field: 'periodEnd'; code: 'cycle-period-end-before-start' | 'cycle-period-too-short' | 'cycle-period-too-long'; params: { start: string; end: string } }
  | { field: 'periodStart'; code: 'cycle-overlaps'; params: { cycle: string; start: string; end: string } };

/** The ISO day `years` years after `iso` (29 February falls back to 28 February). */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + years, m - 1, d));
  if (date.getUTCDate() !== d) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

/** The ISO day `days` days after `iso` (negative: before). */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Whether `start` … `end` runs the length OGP allows (the dates are well-formed ISO days). */
export function periodLengthProblem(start: string, end: string): PeriodProblem | null {
  if (end <= start) return { field: 'periodEnd', code: 'cycle-period-end-before-start', params: { start, end } };
  const dayAfterEnd = addDays(end, 1);
  if (dayAfterEnd < addYears(start, 1)) return { field: 'periodEnd', code: 'cycle-period-too-short', params: { start, end } };
  if (dayAfterEnd > addYears(start, 4)) return { field: 'periodEnd', code: 'cycle-period-too-long', params: { start, end } };
  return null;
}

/** The first of `others` (itself excepted, by id) whose period shares a day with this one. */
export function periodOverlap(period: { id?: string; periodStart: string; periodEnd: string }, others: readonly Cycle[]): PeriodProblem | null {
  const hit = others.find((c) => c.id !== period.id && period.periodStart <= c.periodEnd && period.periodEnd >= c.periodStart);
  return hit ? { field: 'periodStart', code: 'cycle-overlaps', params: { cycle: hit.id, start: hit.periodStart, end: hit.periodEnd } } : null;
}

/** The first problem of a cycle's period against the others held: its length, then an overlap. */
export function periodProblem(period: { id?: string; periodStart: string; periodEnd: string }, others: readonly Cycle[]): PeriodProblem | null {
  return periodLengthProblem(period.periodStart, period.periodEnd) ?? periodOverlap(period, others);
}
