// Cycles: the list, starting the next one, the workspace's current one, and carrying a commitment forward.
import { CycleService } from '../../cycles/cycle-service';
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

type CycleMethods = 'cycle.list' | 'cycle.start' | 'cycle.select' | 'commitment.carryForward';

export function cycleHandlers(ctx: PlaniContext): Pick<Handlers, CycleMethods> {
  const service = async () => new CycleService(await ctx.workspace(), ctx.clock);
  return {
    'cycle.list': async () => (await service()).list(),
    'cycle.start': async (input) => (await service()).start(input),
    'cycle.select': async ({ id }) => (await service()).select(id),
    'commitment.carryForward': async ({ id }) => (await service()).carryForward(id),
  };
}
