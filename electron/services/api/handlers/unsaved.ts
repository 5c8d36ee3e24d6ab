// Values typed but not saved yet, kept in the workspace (plan/unsaved-values.ts).
import { UnsavedValueService } from '../../plan/unsaved-values';
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

type UnsavedMethods = 'unsaved.list' | 'unsaved.keep' | 'unsaved.forget';

export function unsavedHandlers(ctx: PlaniContext): Pick<Handlers, UnsavedMethods> {
  const service = async () => new UnsavedValueService(await ctx.workspace(), ctx.clock);
  return {
    'unsaved.list': async () => (await service()).list(),
    'unsaved.keep': async (value) => (await service()).keep(value),
    'unsaved.forget': async ({ refs }) => (await service()).forget(refs),
  };
}
