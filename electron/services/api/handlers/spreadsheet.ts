// SCAFFOLD (not yet implemented): replace with the real handlers.
import { AppError } from '../../../../shared/api/errors';
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

type SpreadsheetMethods = 'indicator.xlsxPreview' | 'indicator.xlsxImport' | 'indicator.xlsxExport';

export function spreadsheetHandlers(_ctx: PlaniContext): Pick<Handlers, SpreadsheetMethods> {
  const todo = async (): Promise<never> => {
    throw new AppError('internal');
  };
  return Object.fromEntries((['indicator.xlsxPreview', 'indicator.xlsxImport', 'indicator.xlsxExport'] as const).map((m) => [m, todo])) as unknown as Pick<Handlers, SpreadsheetMethods>;
}
