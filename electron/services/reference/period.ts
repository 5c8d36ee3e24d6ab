// A cycle's period as OGP allows it: an action plan runs at least one year and
// at most four, and two cycles never overlap. Pure, used by the reference-data
// edits of a cycle (and open to the start of a new cycle).
import type { Cycle } from '../../../shared/model/reference';

export type PeriodIssue = 'end-before-start' | 'too-short' | 'too-long' | 'overlap';

/** `date` plus `years` whole years, minus one day (a year from 2020-09-01 ends 2021-08-31). */
function yearsOn(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export function periodIssue(cycle: Pick<Cycle, 'id' | 'periodStart' | 'periodEnd'>, others: readonly Cycle[]): { issue: PeriodIssue; other?: string } | null {
  const { periodStart: start, periodEnd: end } = cycle;
  if (end <= start) return { issue: 'end-before-start' };
  if (end < yearsOn(start, 1)) return { issue: 'too-short' };
  if (end > yearsOn(start, 4)) return { issue: 'too-long' };
  const hit = others.find((o) => o.id !== cycle.id && o.periodStart <= end && start <= o.periodEnd);
  return hit ? { issue: 'overlap', other: hit.id } : null;
}
