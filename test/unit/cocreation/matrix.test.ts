// The parts of the prioritization arithmetic the screens, the CLI and the
// score sheets share beyond scoreRound: quadrants, weights, the scale.
import { describe, expect, it } from 'vitest';
import { defaultCriteria } from '../../../shared/cocreation/default-criteria';
import { disagrees, liveResults, normaliseWeights, quadrantOf, scoreProblem, weightPermille, weightsAddUp } from '../../../shared/cocreation/prioritization';

describe('the impact × feasibility quadrants', () => {
  it('split at the midpoint, a mean exactly on it counting as high', () => {
    expect(quadrantOf(3, 3, 3)).toBe('quick-win');
    expect(quadrantOf(4.5, 2.99, 3)).toBe('strategic');
    expect(quadrantOf(2.99, 5, 3)).toBe('fill-in');
    expect(quadrantOf(1, 1, 3)).toBe('drop');
    expect(quadrantOf(null, 5, 3)).toBeNull();
    expect(quadrantOf(5, null, 3)).toBeNull();
  });
});

describe('weights', () => {
  it('add up to 100 % without floating-point noise, and normalise on request only', () => {
    expect(weightsAddUp(defaultCriteria())).toBe(true);
    expect(weightsAddUp([{ weight: 0.1 }, { weight: 0.2 }, { weight: 0.7 }])).toBe(true);
    const three = [{ weight: 1 }, { weight: 1 }, { weight: 1 }];
    const normalised = normaliseWeights(three)!;
    expect(normalised.map((c) => c.weight)).toEqual([0.334, 0.333, 0.333]);
    expect(weightPermille(normalised)).toBe(1000);
    expect(three.map((c) => c.weight)).toEqual([1, 1, 1]);
    expect(normaliseWeights([{ weight: 0 }, { weight: 0 }])).toBeNull();
  });
});

describe('the scale', () => {
  it('takes whole numbers inside it, and says why it refuses the others', () => {
    const scale = { min: 1, max: 5 };
    expect([1, 5].map((v) => scoreProblem(v, scale))).toEqual([null, null]);
    expect([0, 6, -1].map((v) => scoreProblem(v, scale))).toEqual(['score-outside-scale', 'score-outside-scale', 'score-outside-scale']);
    expect(scoreProblem(2.5, scale)).toBe('score-not-whole');
    expect(disagrees(2, scale)).toBe(true);
    expect(disagrees(1, scale)).toBe(false);
    expect(disagrees(null, scale)).toBe(false);
  });
});

describe('live results', () => {
  it('list every idea of the round, the unscored last, and leave out scores of ideas taken out', () => {
    const criteria = defaultCriteria();
    const score = (ideaId: string, criterionId: string, value: number) => ({ ideaId, criterionId, scorer: 'Ana', value, comment: '' });
    const round = { criteria, scale: { min: 1, max: 5 }, scores: [score('b', 'impact', 4), score('b', 'feasibility', 2), score('gone', 'impact', 5)] };
    const results = liveResults(round, ['c', 'b', 'a']);
    expect(results.ideas.map((r) => [r.ideaId, r.rank])).toEqual([
      ['b', 1],
      ['a', null],
      ['c', null],
    ]);
    expect(results.matrix.map((m) => [m.ideaId, m.quadrant])).toEqual([
      ['b', 'strategic'],
      ['a', null],
      ['c', null],
    ]);
    expect(results.axes).toBe(true);
    expect(liveResults({ ...round, criteria: criteria.filter((c) => c.id !== 'feasibility') }, ['b']).axes).toBe(false);
  });
});
