// Milestones and indicators of a commitment.
import { IndicatorService } from '../../plan/indicators';
import { MilestoneService } from '../../plan/milestones';
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

type DraftingMethods =
  | 'milestone.create'
  | 'milestone.update'
  | 'milestone.delete'
  | 'milestone.reorder'
  | 'indicator.create'
  | 'indicator.update'
  | 'indicator.delete'
  | 'indicator.reorder';

export function draftingHandlers(ctx: PlaniContext): Pick<Handlers, DraftingMethods> {
  const milestones = async () => new MilestoneService(await ctx.workspace(), ctx.clock);
  const indicators = async () => new IndicatorService(await ctx.workspace(), ctx.clock);
  return {
    'milestone.create': async ({ commitmentId }) => (await milestones()).create(commitmentId),
    'milestone.update': async ({ id, changes }) => (await milestones()).update(id, changes),
    'milestone.delete': async ({ id }) => (await milestones()).delete(id),
    'milestone.reorder': async ({ commitmentId, order }) => (await milestones()).reorder(commitmentId, order),
    'indicator.create': async ({ commitmentId, milestoneId }) => (await indicators()).create(commitmentId, milestoneId ?? null),
    'indicator.update': async ({ id, changes }) => (await indicators()).update(id, changes),
    'indicator.delete': async ({ id }) => (await indicators()).delete(id),
    'indicator.reorder': async ({ commitmentId, order }) => (await indicators()).reorder(commitmentId, order),
  };
}
