// The Annex IX indicator sheet: preview, import and export.
import { SpreadsheetService } from '../../spreadsheet/spreadsheet';
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

type SpreadsheetMethods = 'indicator.xlsxPreview' | 'indicator.xlsxImport' | 'indicator.xlsxExport';

export function spreadsheetHandlers(ctx: PlaniContext): Pick<Handlers, SpreadsheetMethods> {
  const sheets = async () => new SpreadsheetService(await ctx.workspace(), ctx.clock);
  return {
    'indicator.xlsxPreview': async ({ commitmentId, file, ...reading }) => (await sheets()).preview(commitmentId, file.dataBase64, reading),
    'indicator.xlsxImport': async ({ commitmentId, file, validOnly, ...reading }) => (await sheets()).import(commitmentId, file.dataBase64, reading, validOnly),
    'indicator.xlsxExport': async ({ commitmentId }) => (await sheets()).export(commitmentId),
  };
}
