// The plan as a whole: OGP recommends 5 to 15 commitments per action plan,
// enough to matter and few enough to implement and monitor.
import { finding, PLAN_TARGET, type PlanCheck } from '../check';

export const MIN_COMMITMENTS = 5;
export const MAX_COMMITMENTS = 15;

export const commitmentCount: PlanCheck = {
  id: 'commitment-count',
  severity: 'warning',
  scope: 'plan',
  run(plan) {
    const total = plan.commitments.length;
    if (total >= MIN_COMMITMENTS && total <= MAX_COMMITMENTS) return [];
    return [finding(commitmentCount, PLAN_TARGET, { total, min: MIN_COMMITMENTS, max: MAX_COMMITMENTS })];
  },
};
