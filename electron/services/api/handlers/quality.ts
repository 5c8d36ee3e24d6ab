// SCAFFOLD (not yet implemented): replace with the real handlers.
import { AppError } from '../../../../shared/api/errors';
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

type QualityMethods = 'quality.plan';

export function qualityHandlers(_ctx: PlaniContext): Pick<Handlers, QualityMethods> {
  const todo = async (): Promise<never> => {
    throw new AppError('internal');
  };
  return Object.fromEntries((['quality.plan'] as const).map((m) => [m, todo])) as unknown as Pick<Handlers, QualityMethods>;
}
