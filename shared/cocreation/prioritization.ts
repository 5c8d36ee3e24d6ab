// The prioritization matrix's arithmetic, computed from a round's raw scores
// (results are never stored: domain.md). The printed matrix and the future
// co-creation screens use this one definition, so paper and screen agree.
//
// Definitions:
// - A score counts when its criterion belongs to the round and its value lies
//   within the round's scale [min, max]; any other score is ignored (and
//   counted in `ignored`, so a screen can say so) rather than distorting a mean.
// - Mean of a criterion for an idea: the arithmetic mean of its counted scores,
//   one per scorer (the store keys scores by idea, criterion and scorer), with
//   their count and spread (max − min) so disagreement between scorers shows.
// - Weighted total: Σ (weight × mean) / Σ weight over the criteria whose
//   weight is above 0 and that have a mean. It is on the round's own scale
//   whatever the weights add up to. A criterion nobody scored is left out of
//   both sums (not counted as 0) and listed in `unscored`; an idea with no
//   weighted criterion scored has no total.
// - Gate: a criterion with `gate: true`. It fails when its mean is below the
//   midpoint of the scale, (min + max) / 2; a mean exactly at the midpoint
//   passes. A gate nobody scored has state 'unscored' and excludes nothing:
//   only a gate that was applied and failed removes an idea from the ranking.
// - Rank: the ideas with a total and no failed gate, by total, highest first.
//   Totals are compared at the printed precision (TOTAL_DECIMALS), so ideas
//   that look equal on paper share a rank; ranks then skip as in a standings
//   table (1, 2, 2, 4). An idea that failed a gate keeps its means and total
//   (it is still listed) but has no rank.
// - Order of the results: ranked ideas by rank, then the ideas that failed a
//   gate by total, then those without a total; every tie broken by idea id,
//   so the order never depends on the order scores were stored in.
import type { PrioritizationRound } from '../model/cocreation';

/** Decimals totals and means are printed with, and compared at for ties. */
export const TOTAL_DECIMALS = 2;

export type GateState = 'passed' | 'failed' | 'unscored';

export interface CriterionResult {
  criterionId: string;
  /** Mean of the counted scores; null when nobody scored this criterion. */
  mean: number | null;
  /** How many scorers' values the mean is made of. */
  count: number;
  /** Highest minus lowest counted score; null without scores. */
  spread: number | null;
}

export interface IdeaResult {
  ideaId: string;
  /** One entry per criterion of the round, in the round's order. */
  criteria: CriterionResult[];
  /** One entry per gate criterion, in the round's order. */
  gates: { criterionId: string; state: GateState }[];
  /** False when at least one gate was scored and failed. */
  passedGates: boolean;
  /** Weighted total on the round's scale; null when no weighted criterion was scored. */
  total: number | null;
  /** 1 = best; null when not ranked (a failed gate or no total). */
  rank: number | null;
  /** Weighted criteria left out of the total because nobody scored them. */
  unscored: string[];
  /** Distinct scorers who scored this idea on any criterion. */
  scorers: number;
}

export interface RoundResult {
  /** A gate's mean below this value fails it. */
  midpoint: number;
  /** Every idea scored in the round (at least one counted score), in result order. */
  ideas: IdeaResult[];
  /** Scores not counted: unknown criterion or a value outside the scale. */
  ignored: number;
}

export type ScoredRound = Pick<PrioritizationRound, 'criteria' | 'scale' | 'scores'>;

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A value at the printed precision, as an integer (no floating-point ties lost or invented). */
export const totalKey = (total: number): number => Math.round(total * 10 ** TOTAL_DECIMALS);

/** The midpoint of a scale: gates whose mean is below it fail. */
export const scaleMidpoint = (scale: { min: number; max: number }): number => (scale.min + scale.max) / 2;

// Summing in ascending order makes the mean independent of the order the
// scores were stored in (floating-point addition is not associative).
function summarise(values: number[]): Omit<CriterionResult, 'criterionId'> {
  if (values.length === 0) return { mean: null, count: 0, spread: null };
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((n, v) => n + v, 0);
  return { mean: sum / sorted.length, count: sorted.length, spread: sorted[sorted.length - 1]! - sorted[0]! };
}

function scoreIdea(round: ScoredRound, ideaId: string, values: Map<string, number[]>, scorers: number, midpoint: number): IdeaResult {
  const criteria = round.criteria.map((c) => ({ criterionId: c.id, ...summarise(values.get(c.id) ?? []) }));
  let weighted = 0;
  let weights = 0;
  const unscored: string[] = [];
  const gates: IdeaResult['gates'] = [];
  round.criteria.forEach((c, i) => {
    const { mean } = criteria[i]!;
    if (c.weight > 0) {
      if (mean === null) unscored.push(c.id);
      else {
        weighted += c.weight * mean;
        weights += c.weight;
      }
    }
    if (c.gate) gates.push({ criterionId: c.id, state: mean === null ? 'unscored' : mean < midpoint ? 'failed' : 'passed' });
  });
  return {
    ideaId,
    criteria,
    gates,
    passedGates: gates.every((g) => g.state !== 'failed'),
    total: weights > 0 ? weighted / weights : null,
    rank: null,
    unscored,
    scorers,
  };
}

/** Means, gates, weighted totals and ranks of every idea scored in a round (see the definitions above). */
export function scoreRound(round: ScoredRound): RoundResult {
  const midpoint = scaleMidpoint(round.scale);
  const criterionIds = new Set(round.criteria.map((c) => c.id));
  const byIdea = new Map<string, { values: Map<string, number[]>; scorers: Set<string> }>();
  let ignored = 0;
  for (const s of round.scores) {
    if (!criterionIds.has(s.criterionId) || !(s.value >= round.scale.min && s.value <= round.scale.max)) {
      ignored++;
      continue;
    }
    let entry = byIdea.get(s.ideaId);
    if (!entry) byIdea.set(s.ideaId, (entry = { values: new Map(), scorers: new Set() }));
    const list = entry.values.get(s.criterionId);
    if (list) list.push(s.value);
    else entry.values.set(s.criterionId, [s.value]);
    entry.scorers.add(s.scorer);
  }
  const ideas = [...byIdea].map(([ideaId, e]) => scoreIdea(round, ideaId, e.values, e.scorers.size, midpoint));

  const ranked = ideas.filter((r) => r.passedGates && r.total !== null);
  ranked.sort((a, b) => totalKey(b.total!) - totalKey(a.total!) || compareIds(a.ideaId, b.ideaId));
  ranked.forEach((r, i) => {
    const prev = ranked[i - 1];
    r.rank = prev && totalKey(prev.total!) === totalKey(r.total!) ? prev.rank : i + 1;
  });
  const group = (r: IdeaResult) => (r.rank !== null ? 0 : r.total !== null ? 1 : 2);
  ideas.sort(
    (a, b) =>
      group(a) - group(b) ||
      (a.rank ?? 0) - (b.rank ?? 0) ||
      (a.total !== null && b.total !== null ? totalKey(b.total) - totalKey(a.total) : 0) ||
      compareIds(a.ideaId, b.ideaId),
  );
  return { midpoint, ideas, ignored };
}
