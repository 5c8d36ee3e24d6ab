// The Annex IX indicator sheet: preview, import and export.
import { SpreadsheetService } from '../../spreadsheet/spreadsheet';
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

type SpreadsheetMethods = 'indicator.xlsxPreview' | 'indicator.xlsxImport' | 'indicator.xlsxExport';

export function spreadsheetHandlers(ctx: PlaniContext): Pick<Handlers, SpreadsheetMethods> {
  const sheets = async () => new SpreadsheetService(await ctx.workspace(), ctx.clock);
  return {
    'indicator.xlsxPreview': async ({ commitmentId, file, mapping }) => (await sheets()).preview(commitmentId, file.dataBase64, mapping),
    'indicator.xlsxImport': async ({ commitmentId, file, mapping, validOnly }) =>
      (await sheets()).import(commitmentId, file.dataBase64, mapping, validOnly),
    'indicator.xlsxExport': async ({ commitmentId }) => (await sheets()).export(commitmentId),
  };
}
