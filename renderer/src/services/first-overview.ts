// The plan overview the first screen shows, asked for as soon as the
// workspace (and so its current cycle) is known, rather than after the shell
// has rendered once: the two no longer wait for each other. The shell takes
// it once; every later refresh asks afresh.
import type { ApiClient } from '../../../shared/api/client';

type OverviewApi = Pick<ApiClient, 'plan.overview'>;
type OverviewResult = ReturnType<OverviewApi['plan.overview']>;

let pending: { cycleId: string; result: OverviewResult } | null = null;

export function prefetchOverview(api: OverviewApi, cycleId: string): void {
  pending = { cycleId, result: api['plan.overview']({ cycleId }) };
}

/** The prefetched overview of that cycle, once; null when there is none (or it was for another cycle). */
export function takePrefetchedOverview(cycleId: string): OverviewResult | null {
  const p = pending;
  pending = null;
  return p && p.cycleId === cycleId ? p.result : null;
}
