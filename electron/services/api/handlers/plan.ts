// The plan overview, commitments, and loading a whole interchange file.
import { importInterchangeBytes } from '../../interchange';
import { CommitmentService } from '../../plan/commitments';
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

type PlanMethods = 'plan.overview' | 'commitment.get' | 'commitment.create' | 'commitment.update' | 'commitment.delete' | 'commitment.discardUntouched' | 'plan.import';

export function planHandlers(ctx: PlaniContext): Pick<Handlers, PlanMethods> {
  const commitments = async () => new CommitmentService(await ctx.workspace(), ctx.clock);
  return {
    'plan.overview': async ({ cycleId }) => (await commitments()).overview(cycleId),
    'commitment.get': async ({ id }) => (await commitments()).get(id),
    'commitment.create': async (input) => (await commitments()).create(input),
    'commitment.update': async ({ id, changes }) => (await commitments()).update(id, changes),
    'commitment.delete': async ({ id }) => (await commitments()).delete(id),
    'commitment.discardUntouched': async ({ id }) => (await commitments()).discardUntouched(id),
    'plan.import': async ({ file }) => ({ counts: await importInterchangeBytes((await ctx.workspace()).store, Buffer.from(file.dataBase64, 'base64'), ctx.clock) }),
  };
}
