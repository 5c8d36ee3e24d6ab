// What makes a new cycle acceptable, pure so the dialog and the service say
// the same: an id "YYYY-YYYY" naming the years of its period, a period of one
// to four years (OGP's shortest plan is a year; no plan runs longer than
// four), after every cycle the workspace holds and overlapping none, and a
// number not taken. The service refuses on the first problem; the dialog
// shows each at its field.
import type { Cycle } from '../model/reference';

export type NewCycleField = 'id' | 'periodStart' | 'periodEnd' | 'number';

export type NewCycleProblem =
  | { field: 'id'; code: 'cycle-id-malformed'; params: { id: string } }
  | { field: 'id'; code: 'cycle-id-mismatch'; params: { id: string; expected: string } }
  | { field: 'id'; code: 'cycle-exists'; params: { id: string } }
  | { field: 'periodEnd'; code: 'cycle-period-too-short' | 'cycle-period-too-long'; params: { start: string; end: string } }
  | { field: 'periodStart'; code: 'cycle-overlaps'; params: { cycle: string; start: string; end: string } }
  | { field: 'periodStart'; code: 'cycle-not-after'; params: { cycle: string; end: string } }
  | { field: 'number'; code: 'cycle-number-taken'; params: { number: number; cycle: string } };

export interface NewCycle {
  id: string;
  periodStart: string;
  periodEnd: string;
  number: number;
}

const CYCLE_ID = /^(\d{4})-(\d{4})$/;

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

/** The id a period is named by: "2023-2025" for 2023-09-01 … 2025-08-31. */
export const cycleIdFor = (periodStart: string, periodEnd: string) => `${periodStart.slice(0, 4)}-${periodEnd.slice(0, 4)}`;

/**
 * Every problem of a proposed cycle against those held, in the order the
 * fields are read. The dates are well-formed ISO days (the contract's schema
 * checked them). A period counts its last day: 2023-09-01 … 2024-08-31 is one year.
 */
export function newCycleProblems(input: NewCycle, held: readonly Cycle[]): NewCycleProblem[] {
  const out: NewCycleProblem[] = [];
  const { id, periodStart: start, periodEnd: end } = input;
  const m = CYCLE_ID.exec(id);
  if (!m) out.push({ field: 'id', code: 'cycle-id-malformed', params: { id } });
  else if (id !== cycleIdFor(start, end)) out.push({ field: 'id', code: 'cycle-id-mismatch', params: { id, expected: cycleIdFor(start, end) } });
  else if (held.some((c) => c.id === id)) out.push({ field: 'id', code: 'cycle-exists', params: { id } });

  const dayAfterEnd = addDays(end, 1);
  if (dayAfterEnd < addYears(start, 1)) out.push({ field: 'periodEnd', code: 'cycle-period-too-short', params: { start, end } });
  else if (dayAfterEnd > addYears(start, 4)) out.push({ field: 'periodEnd', code: 'cycle-period-too-long', params: { start, end } });

  const overlapping = held.find((c) => start <= c.periodEnd && end >= c.periodStart);
  const latest = [...held].sort((a, b) => (a.periodEnd < b.periodEnd ? 1 : -1))[0];
  if (overlapping) out.push({ field: 'periodStart', code: 'cycle-overlaps', params: { cycle: overlapping.id, start: overlapping.periodStart, end: overlapping.periodEnd } });
  else if (latest && start <= latest.periodEnd) out.push({ field: 'periodStart', code: 'cycle-not-after', params: { cycle: latest.id, end: latest.periodEnd } });

  const sameNumber = held.find((c) => c.number === input.number);
  if (sameNumber) out.push({ field: 'number', code: 'cycle-number-taken', params: { number: input.number, cycle: sameNumber.id } });
  return out;
}

/** The cycle being drafted: the one whose period starts last. Every earlier one is read-only. */
export function openCycle<C extends Pick<Cycle, 'id' | 'periodStart'>>(cycles: readonly C[]): C | undefined {
  return cycles.reduce<C | undefined>((best, c) => (!best || c.periodStart > best.periodStart ? c : best), undefined);
}
