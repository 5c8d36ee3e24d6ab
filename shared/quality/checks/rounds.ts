// A prioritization round whose weights do not add up to 100 %: its totals are
// still comparable (they are divided by the sum of the weights), but a
// published matrix whose weights say 90 % reads as a mistake.
import { weightPermille, weightsAddUp } from '../../cocreation/prioritization';
import { fieldKeys, finding, type RoundCheck, roundTarget } from '../check';

export const roundWeights: RoundCheck = {
  id: 'round-weights',
  severity: 'warning',
  scope: 'round',
  run(round) {
    if (weightsAddUp(round.criteria)) return [];
    return [finding(roundWeights, roundTarget(round, 'criteria'), { fieldKey: fieldKeys.round('criteria'), sum: weightPermille(round.criteria) / 10 })];
  },
};
