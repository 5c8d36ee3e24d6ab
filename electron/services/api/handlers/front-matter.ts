// The plan's front matter (front-matter/service.ts).
import { FrontMatterService } from '../../front-matter/service';
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

type FrontMatterMethods = 'frontMatter.get' | 'frontMatter.update';

export function frontMatterHandlers(ctx: PlaniContext): Pick<Handlers, FrontMatterMethods> {
  const service = async () => new FrontMatterService(await ctx.workspace(), ctx.clock);
  return {
    'frontMatter.get': async ({ cycleId }) => (await service()).get(cycleId),
    'frontMatter.update': async ({ id, changes }) => (await service()).update(id, changes),
  };
}
