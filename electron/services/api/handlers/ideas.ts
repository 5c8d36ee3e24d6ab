// The ideas register and its import from form exports.
import { IdeaService } from '../../cocreation/ideas';
import { IdeaImportService } from '../../cocreation/ideas-import';
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

type IdeaMethods = 'idea.list' | 'idea.get' | 'idea.create' | 'idea.update' | 'idea.delete' | 'idea.merge' | 'idea.importPreview' | 'idea.import';

export function ideaHandlers(ctx: PlaniContext): Pick<Handlers, IdeaMethods> {
  const ideas = async () => new IdeaService(await ctx.workspace(), ctx.clock);
  const imports = async () => new IdeaImportService(await ctx.workspace(), ctx.clock);
  return {
    'idea.list': async ({ filter, sort }) => (await ideas()).list(filter, sort),
    'idea.get': async ({ id }) => (await ideas()).get(id),
    'idea.create': async (input) => (await ideas()).create(input),
    'idea.update': async ({ id, changes }) => (await ideas()).update(id, changes),
    'idea.delete': async ({ id }) => (await ideas()).delete(id),
    'idea.merge': async ({ id, intoId }) => (await ideas()).merge(id, intoId),
    'idea.importPreview': async ({ componentCode, file, mapping, headerRow }) =>
      (await imports()).preview({ componentCode, dataBase64: file.dataBase64, mapping, headerRow }),
    'idea.import': async ({ componentCode, file, mapping, headerRow, validOnly }) =>
      (await imports()).import({ componentCode, dataBase64: file.dataBase64, mapping, headerRow }, validOnly),
  };
}
