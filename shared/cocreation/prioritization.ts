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

// ---------------------------------------------------------------------------
// The impact × feasibility matrix, the weights and the scale (the screens,
// the CLI and the score sheets use these; research-domain.md §c.2).
//
// - The matrix reads two criteria by id: IMPACT_CRITERION and
//   FEASIBILITY_CRITERION (their names and weights are editable, their ids
//   are not). An idea is "high" on an axis when that criterion's mean is at
//   or above the scale's midpoint (3.0 on 1–5); a mean missing on either axis
//   places it in no quadrant.
// - Weights are shares (0.25 = 25 %). They "add up to 100 %" when their sum,
//   in tenths of a percent, is 1000; anything else is reported and offered
//   for normalising, never changed silently.
// - A score is a whole number inside the round's scale.

export const IMPACT_CRITERION = 'impact';
export const FEASIBILITY_CRITERION = 'feasibility';

export const QUADRANTS = ['quick-win', 'strategic', 'fill-in', 'drop'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** Where an idea with these axis means sits; null when either is missing. */
export function quadrantOf(impact: number | null, feasibility: number | null, midpoint: number): Quadrant | null {
  if (impact === null || feasibility === null) return null;
  const high = impact >= midpoint;
  const doable = feasibility >= midpoint;
  return high ? (doable ? 'quick-win' : 'strategic') : doable ? 'fill-in' : 'drop';
}

/** Whether a round's criteria give the matrix its two axes. */
export const hasMatrixAxes = (criteria: readonly { id: string }[]): boolean =>
  criteria.some((c) => c.id === IMPACT_CRITERION) && criteria.some((c) => c.id === FEASIBILITY_CRITERION);

/** Sum of the weights in tenths of a percent (1000 = 100 %), free of floating-point noise. */
export const weightPermille = (criteria: readonly { weight: number }[]): number => Math.round(criteria.reduce((n, c) => n + c.weight, 0) * 1000);

export const weightsAddUp = (criteria: readonly { weight: number }[]): boolean => weightPermille(criteria) === 1000;

/**
 * The same criteria with their weights scaled to add up to 100 %, each in
 * tenths of a percent; what rounding leaves over goes to the largest weight.
 * Null when there is nothing to scale (every weight 0).
 */
export function normaliseWeights<C extends { weight: number }>(criteria: readonly C[]): C[] | null {
  const sum = criteria.reduce((n, c) => n + c.weight, 0);
  if (!(sum > 0)) return null;
  const permille = criteria.map((c) => Math.round((c.weight / sum) * 1000));
  const left = 1000 - permille.reduce((n, p) => n + p, 0);
  if (left !== 0) {
    let largest = 0;
    permille.forEach((p, i) => (p > permille[largest]! ? (largest = i) : undefined));
    permille[largest]! += left;
  }
  return criteria.map((c, i) => ({ ...c, weight: permille[i]! / 1000 }));
}

export type ScoreProblem = 'score-not-whole' | 'score-outside-scale';

/** Why a value cannot be a score on this scale, or null when it can. */
export function scoreProblem(value: number, scale: { min: number; max: number }): ScoreProblem | null {
  if (!Number.isInteger(value)) return 'score-not-whole';
  return value < scale.min || value > scale.max ? 'score-outside-scale' : null;
}

/** Scorers disagree on a criterion when their scores lie half the scale or more apart. */
export const disagrees = (spread: number | null, scale: { min: number; max: number }): boolean => spread !== null && spread >= (scale.max - scale.min) / 2;

export interface MatrixEntry {
  ideaId: string;
  rank: number | null;
  total: number | null;
  passedGates: boolean;
  impact: number | null;
  feasibility: number | null;
  quadrant: Quadrant | null;
}

export interface LiveResults extends RoundResult {
  /** One entry per idea of the round (scored or not), in result order, then the unscored by id. */
  matrix: MatrixEntry[];
  /** Whether the round has both axes of the matrix. */
  axes: boolean;
  weightsAddUp: boolean;
}

const EMPTY_RESULT = (ideaId: string, round: ScoredRound): IdeaResult => ({
  ideaId,
  criteria: round.criteria.map((c) => ({ criterionId: c.id, mean: null, count: 0, spread: null })),
  gates: round.criteria.filter((c) => c.gate).map((c) => ({ criterionId: c.id, state: 'unscored' as const })),
  passedGates: true,
  total: null,
  rank: null,
  unscored: round.criteria.filter((c) => c.weight > 0).map((c) => c.id),
  scorers: 0,
});

/**
 * Everything the results screen and `round results` show for the ideas that
 * entered a round: scoreRound's figures for those ideas (scores of ideas
 * taken out of the round are left aside), the ideas nobody scored yet, and
 * each idea's place in the matrix.
 */
export function liveResults(round: ScoredRound, ideaIds: readonly string[]): LiveResults {
  const inRound = new Set(ideaIds);
  const result = scoreRound({ ...round, scores: round.scores.filter((s) => inRound.has(s.ideaId)) });
  const seen = new Set(result.ideas.map((r) => r.ideaId));
  const unscored = [...inRound].filter((id) => !seen.has(id)).sort(compareIds);
  const ideas = [...result.ideas, ...unscored.map((id) => EMPTY_RESULT(id, round))];
  const at = (r: IdeaResult, id: string) => r.criteria.find((c) => c.criterionId === id)?.mean ?? null;
  const matrix = ideas.map((r) => {
    const impact = at(r, IMPACT_CRITERION);
    const feasibility = at(r, FEASIBILITY_CRITERION);
    return { ideaId: r.ideaId, rank: r.rank, total: r.total, passedGates: r.passedGates, impact, feasibility, quadrant: quadrantOf(impact, feasibility, result.midpoint) };
  });
  return { ...result, ideas, matrix, axes: hasMatrixAxes(round.criteria), weightsAddUp: weightsAddUp(round.criteria) };
}
