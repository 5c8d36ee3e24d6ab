// SCAFFOLD (not yet implemented): replace with the real handlers.
import { AppError } from '../../../../shared/api/errors';
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

type BundleMethods =
  | 'key.show'
  | 'bundle.export'
  | 'bundle.preview'
  | 'bundle.import'
  | 'bundle.log'
  | 'trust.list'
  | 'trust.revoke'
  | 'consolidation.overview'
  | 'review.set'
  | 'feedback.get';

export function bundleHandlers(_ctx: PlaniContext): Pick<Handlers, BundleMethods> {
  const todo = async (): Promise<never> => {
    throw new AppError('internal');
  };
  const names: BundleMethods[] = ['key.show', 'bundle.export', 'bundle.preview', 'bundle.import', 'bundle.log', 'trust.list', 'trust.revoke', 'consolidation.overview', 'review.set', 'feedback.get'];
  return Object.fromEntries(names.map((m) => [m, todo])) as unknown as Pick<Handlers, BundleMethods>;
}
