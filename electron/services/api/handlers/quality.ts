// The plan-wide quality report (the checks themselves live in shared/quality).
import { planQualityReport } from '../../quality/plan-report';
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

type QualityMethods = 'quality.plan';

export function qualityHandlers(ctx: PlaniContext): Pick<Handlers, QualityMethods> {
  return {
    'quality.plan': async ({ cycleId }) => planQualityReport(await ctx.workspace(), { cycleId, now: ctx.clock() }),
  };
}
