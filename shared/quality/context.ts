// What the checks know besides the record they look at. Callers hand in
// today's date as text: checks never read the clock, so the same records give
// the same findings in the renderer, the CLI and the tests.
import type { Cycle, ReferenceData } from '../model/reference';

export interface CheckContext {
  /**
   * The plan's cycle. Omitted: the commitment's own cycle is looked up in
   * `reference.cycles`. Null or unknown: checks against the plan period are
   * skipped (nothing to compare with), the others still run.
   */
  cycle?: Cycle | null;
  reference: ReferenceData;
  /** 'YYYY-MM-DD', the caller's today. */
  today: string;
}

/** A CheckContext with everything the checks compare against worked out once per run. */
export interface QualityContext {
  readonly cycle: Cycle | null;
  readonly cycleStart: string | null;
  readonly cycleEnd: string | null;
  readonly startYear: number | null;
  readonly endYear: number | null;
  readonly today: string;
  readonly institutions: ReadonlySet<string>;
  readonly ogpValues: ReadonlySet<string>;
  /**
   * The ids of every commitment of the plan, when the whole plan is checked;
   * null when one record is checked alone (nothing to look a commitment up in).
   */
  readonly commitmentIds: ReadonlySet<string> | null;
}

interface ReferenceSets {
  institutions: ReadonlySet<string>;
  ogpValues: ReadonlySet<string>;
}

// The renderer re-checks a commitment on every keystroke with the same
// reference object; the sets are built once per reference snapshot.
const setsCache = new WeakMap<ReferenceData, ReferenceSets>();

function referenceSets(reference: ReferenceData): ReferenceSets {
  let sets = setsCache.get(reference);
  if (!sets) {
    sets = {
      institutions: new Set(reference.institutions.map((i) => i.code)),
      ogpValues: new Set(reference.terms.filter((t) => t.kind === 'ogp-value').map((t) => t.code)),
    };
    setsCache.set(reference, sets);
  }
  return sets;
}

export function prepareContext(ctx: CheckContext, cycleId?: string): QualityContext {
  const cycle = ctx.cycle !== undefined ? ctx.cycle : (ctx.reference.cycles.find((c) => c.id === cycleId) ?? null);
  return {
    cycle,
    cycleStart: cycle?.periodStart ?? null,
    cycleEnd: cycle?.periodEnd ?? null,
    startYear: cycle ? Number(cycle.periodStart.slice(0, 4)) : null,
    endYear: cycle ? Number(cycle.periodEnd.slice(0, 4)) : null,
    today: ctx.today,
    commitmentIds: null,
    ...referenceSets(ctx.reference),
  };
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date; pure arithmetic, no time zone. */
export function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

export function isoFromDayNumber(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
