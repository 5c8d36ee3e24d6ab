// SCAFFOLD (not yet implemented): replace with the real handlers.
import { AppError } from '../../../../shared/api/errors';
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

type DraftingMethods = 'milestone.create' | 'milestone.update' | 'milestone.delete' | 'milestone.reorder' | 'indicator.create' | 'indicator.update' | 'indicator.delete' | 'indicator.reorder';

export function draftingHandlers(_ctx: PlaniContext): Pick<Handlers, DraftingMethods> {
  const todo = async (): Promise<never> => {
    throw new AppError('internal');
  };
  return Object.fromEntries((['milestone.create', 'milestone.update', 'milestone.delete', 'milestone.reorder', 'indicator.create', 'indicator.update', 'indicator.delete', 'indicator.reorder'] as const).map((m) => [m, todo])) as unknown as Pick<Handlers, DraftingMethods>;
}
