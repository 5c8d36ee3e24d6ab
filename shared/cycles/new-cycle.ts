// What makes a new cycle acceptable, pure so the dialog and the service say
// the same: an id "YYYY-YYYY" naming the years of its period, a period as
// OGP allows it (period.ts: the same rule an edit of a cycle's period reads),
// after every cycle the workspace holds, and a number not taken. The service
// refuses on the first problem; the dialog shows each at its field.
import type { Cycle } from '../model/reference';
import { periodLengthProblem, periodOverlap, type PeriodProblem } from './period';

export type NewCycleField = 'id' | 'periodStart' | 'periodEnd' | 'number';

export type NewCycleProblem =
  | { field: 'id'; code: 'cycle-id-malformed'; params: { id: string } }
  | { field: 'id'; code: 'cycle-id-mismatch'; params: { id: string; expected: string } }
  | { field: 'id'; code: 'cycle-exists'; params: { id: string } }
  | PeriodProblem
  | { field: 'periodStart'; code: 'cycle-not-after'; params: { cycle: string; end: string } }
  | { field: 'number'; code: 'cycle-number-taken'; params: { number: number; cycle: string } };

export interface NewCycle {
  id: string;
  periodStart: string;
  periodEnd: string;
  number: number;
}

const CYCLE_ID = /^(\d{4})-(\d{4})$/;

/** The id a period is named by: "2023-2025" for 2023-09-01 … 2025-08-31. */
export const cycleIdFor = (periodStart: string, periodEnd: string) => `${periodStart.slice(0, 4)}-${periodEnd.slice(0, 4)}`;

/**
 * Every problem of a proposed cycle against those held, in the order the
 * fields are read. The dates are well-formed ISO days (the contract's schema
 * checked them).
 */
export function newCycleProblems(input: NewCycle, held: readonly Cycle[]): NewCycleProblem[] {
  const out: NewCycleProblem[] = [];
  const { id, periodStart: start, periodEnd: end } = input;
  const m = CYCLE_ID.exec(id);
  if (!m) out.push({ field: 'id', code: 'cycle-id-malformed', params: { id } });
  else if (id !== cycleIdFor(start, end)) out.push({ field: 'id', code: 'cycle-id-mismatch', params: { id, expected: cycleIdFor(start, end) } });
  else if (held.some((c) => c.id === id)) out.push({ field: 'id', code: 'cycle-exists', params: { id } });

  const length = periodLengthProblem(start, end);
  if (length) out.push(length);

  const overlapping = periodOverlap({ periodStart: start, periodEnd: end }, held);
  const latest = [...held].sort((a, b) => (a.periodEnd < b.periodEnd ? 1 : -1))[0];
  if (overlapping) out.push(overlapping);
  else if (latest && start <= latest.periodEnd) out.push({ field: 'periodStart', code: 'cycle-not-after', params: { cycle: latest.id, end: latest.periodEnd } });

  const sameNumber = held.find((c) => c.number === input.number);
  if (sameNumber) out.push({ field: 'number', code: 'cycle-number-taken', params: { number: input.number, cycle: sameNumber.id } });
  return out;
}

/** The cycle being drafted: the one whose period starts last. Every earlier one is read-only. */
export function openCycle<C extends Pick<Cycle, 'id' | 'periodStart'>>(cycles: readonly C[]): C | undefined {
  return cycles.reduce<C | undefined>((best, c) => (!best || c.periodStart > best.periodStart ? c : best), undefined);
}
