// SCAFFOLD (not yet implemented): replace with the real handlers.
import { AppError } from '../../../../shared/api/errors';
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

type SearchMethods = 'search.query';

export function searchHandlers(_ctx: PlaniContext): Pick<Handlers, SearchMethods> {
  const todo = async (): Promise<never> => {
    throw new AppError('internal');
  };
  return Object.fromEntries((['search.query'] as const).map((m) => [m, todo])) as unknown as Pick<Handlers, SearchMethods>;
}
