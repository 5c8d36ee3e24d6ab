// The POC's edits of the reference data (reference/service.ts).
import { ReferenceDataService } from '../../reference/service';
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

type ReferenceDataMethods =
  | 'referenceData.get'
  | 'referenceData.saveCycle'
  | 'referenceData.saveInstitution'
  | 'referenceData.removeInstitution'
  | 'referenceData.saveComponent'
  | 'referenceData.removeComponent'
  | 'referenceData.saveTerm'
  | 'referenceData.removeTerm';

export function referenceDataHandlers(ctx: PlaniContext): Pick<Handlers, ReferenceDataMethods> {
  const service = async () => new ReferenceDataService(await ctx.workspace(), ctx.clock);
  return {
    'referenceData.get': async () => (await service()).get(),
    'referenceData.saveCycle': async ({ cycle }) => (await service()).saveCycle(cycle),
    'referenceData.saveInstitution': async ({ institution }) => (await service()).saveInstitution(institution),
    'referenceData.removeInstitution': async ({ code }) => (await service()).removeInstitution(code),
    'referenceData.saveComponent': async ({ component }) => (await service()).saveComponent(component),
    'referenceData.removeComponent': async ({ id }) => (await service()).removeComponent(id),
    'referenceData.saveTerm': async (term) => (await service()).saveTerm(term),
    'referenceData.removeTerm': async ({ kind, code }) => (await service()).removeTerm(kind, code),
  };
}
