// The prioritization arithmetic the printed matrix and the co-creation
// screens share: means over scorers, weighted totals normalised by the
// weights, gates at the scale's midpoint, shared ranks for equal totals.
import { describe, expect, it } from 'vitest';
import { scaleMidpoint, scoreRound, type ScoredRound, totalKey } from '../../../shared/cocreation/prioritization';

type Criterion = ScoredRound['criteria'][number];
const crit = (id: string, weight: number, gate = false): Criterion => ({ id, name: { sq: id, en: id }, description: { sq: '', en: '' }, weight, gate });

/** scores: idea -> criterion -> one value per scorer (scorer names s0, s1, …). */
function round(criteria: Criterion[], scores: Record<string, Record<string, number[]>>, scale = { min: 1, max: 5 }): ScoredRound {
  return {
    criteria,
    scale,
    scores: Object.entries(scores).flatMap(([ideaId, byCrit]) =>
      Object.entries(byCrit).flatMap(([criterionId, values]) => values.map((value, i) => ({ ideaId, criterionId, scorer: `s${i}`, value, comment: '' }))),
    ),
  };
}

const CRITERIA = [crit('impact', 0.6), crit('lens', 0, true), crit('feasibility', 0.4)];

describe('scoreRound', () => {
  it('takes the mean per criterion over scorers, with count and spread', () => {
    const r = scoreRound(round(CRITERIA, { a: { impact: [5, 4, 3], lens: [4, 4, 4], feasibility: [2, 4, 3] } }));
    expect(r.ideas).toHaveLength(1);
    const a = r.ideas[0]!;
    expect(a.criteria.map((c) => [c.criterionId, c.mean, c.count, c.spread])).toEqual([
      ['impact', 4, 3, 2],
      ['lens', 4, 3, 0],
      ['feasibility', 3, 3, 2],
    ]);
    expect(a.scorers).toBe(3);
  });

  it('normalises the weighted total by the weights, whatever they add up to', () => {
    // 0.6 × 4.5 + 0.4 × 4 = 4.3 (weights add up to 1)
    const one = scoreRound(round(CRITERIA, { a: { impact: [5, 4], lens: [5, 5], feasibility: [4, 4] } }));
    expect(one.ideas[0]!.total).toBeCloseTo(4.3, 10);
    // The same proportions as 3 and 2 give the same total.
    const scaled = scoreRound(round([crit('impact', 0.3), crit('feasibility', 0.2)], { a: { impact: [5, 4], feasibility: [4, 4] } }));
    expect(scaled.ideas[0]!.total).toBeCloseTo(4.3, 10);
  });

  it('leaves an unscored criterion out of the total instead of counting it as zero', () => {
    const r = scoreRound(round(CRITERIA, { a: { impact: [4, 4] } }));
    const a = r.ideas[0]!;
    expect(a.total).toBe(4);
    expect(a.unscored).toEqual(['feasibility']);
    expect(a.gates).toEqual([{ criterionId: 'lens', state: 'unscored' }]);
    expect(a.rank).toBe(1); // an unapplied gate excludes nothing
  });

  it('fails a gate whose mean is below the midpoint; the idea is listed with its total but not ranked', () => {
    const r = scoreRound(
      round(CRITERIA, {
        pass: { impact: [3, 3], lens: [3, 3], feasibility: [3, 3] }, // exactly the midpoint passes
        fail: { impact: [5, 5], lens: [2, 3], feasibility: [5, 5] }, // 2.5 < 3
      }),
    );
    expect(scaleMidpoint({ min: 1, max: 5 })).toBe(3);
    const byId = Object.fromEntries(r.ideas.map((i) => [i.ideaId, i]));
    expect(byId.pass!.passedGates).toBe(true);
    expect(byId.pass!.rank).toBe(1);
    expect(byId.fail!.passedGates).toBe(false);
    expect(byId.fail!.gates).toEqual([{ criterionId: 'lens', state: 'failed' }]);
    expect(byId.fail!.total).toBe(5);
    expect(byId.fail!.rank).toBeNull();
    // Ranked ideas come before those that failed a gate, even with a higher total.
    expect(r.ideas.map((i) => i.ideaId)).toEqual(['pass', 'fail']);
  });

  it('gives ties the same rank and skips the next (1, 2, 2, 4), comparing at the printed precision', () => {
    const r = scoreRound(
      round(CRITERIA, {
        top: { impact: [5, 4], feasibility: [4, 4] }, // 4.3
        x: { impact: [4, 4], feasibility: [3, 3] }, // 2.4 + 1.2 = 3.6000000000000005 in floating point
        y: { impact: [3, 3], feasibility: [5, 4] }, // 1.8 + 1.8 = 3.5999999999999996
        last: { impact: [1, 1], feasibility: [1, 2] },
      }),
    );
    const x = r.ideas.find((i) => i.ideaId === 'x')!;
    const y = r.ideas.find((i) => i.ideaId === 'y')!;
    expect(x.total).not.toBe(y.total); // different doubles…
    expect(totalKey(x.total!)).toBe(totalKey(y.total!)); // …equal on paper
    expect(r.ideas.map((i) => [i.ideaId, i.rank])).toEqual([
      ['top', 1],
      ['x', 2],
      ['y', 2],
      ['last', 4],
    ]);
  });

  it('ignores scores outside the scale or on an unknown criterion, and says how many', () => {
    const r = scoreRound(round(CRITERIA, { a: { impact: [4, 9, 0], nope: [3], feasibility: [2] } }));
    expect(r.ignored).toBe(3);
    expect(r.ideas[0]!.criteria[0]).toEqual({ criterionId: 'impact', mean: 4, count: 1, spread: 0 });
  });

  it('gives an idea without any weighted score no total and no rank, and lists it last', () => {
    const r = scoreRound(round(CRITERIA, { only: { lens: [4, 4] }, a: { impact: [2, 2] } }));
    expect(r.ideas.map((i) => [i.ideaId, i.total, i.rank])).toEqual([
      ['a', 2, 1],
      ['only', null, null],
    ]);
  });

  it('does not depend on the order scores were stored in', () => {
    const base = round(CRITERIA, {
      b: { impact: [0.1 + 3, 4.7, 2.2], feasibility: [3.3, 1.1, 4.9] },
      a: { impact: [4.4, 1.3, 3.9], feasibility: [2.6, 4.1, 1.7] },
    });
    const reversed = { ...base, scores: [...base.scores].reverse() };
    expect(scoreRound(reversed)).toEqual(scoreRound(base));
  });

  it('works on other scales (0–10: midpoint 5)', () => {
    const r = scoreRound(round([crit('g', 0, true), crit('v', 1)], { a: { g: [4, 5], v: [8] }, b: { g: [5, 5], v: [6] } }, { min: 0, max: 10 }));
    expect(r.midpoint).toBe(5);
    expect(r.ideas.map((i) => [i.ideaId, i.rank, i.passedGates])).toEqual([
      ['b', 1, true],
      ['a', null, false],
    ]);
  });

  it('returns nothing for a round without scores', () => {
    expect(scoreRound(round(CRITERIA, {}))).toEqual({ midpoint: 3, ideas: [], ignored: 0 });
  });
});
