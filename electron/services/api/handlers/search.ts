// Full-text search over the drafted plan.
import { searchPlan } from '../../search/search';
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

type SearchMethods = 'search.query';

export function searchHandlers(ctx: PlaniContext): Pick<Handlers, SearchMethods> {
  return {
    'search.query': async ({ q, limit }) => ({ hits: await searchPlan((await ctx.workspace()).store.db, q, limit) }),
  };
}
