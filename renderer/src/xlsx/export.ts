// Export of a commitment's indicators as an Annex IX sheet: the service
// builds the workbook, the renderer saves it the way a browser saves any
// download (lib/files.ts).
import type { ApiClient } from '../../../shared/api/client';
import type { Result } from '../../../shared/api/result';
import { downloadBase64 } from '../lib/files';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Exports the commitment's indicators and starts the download; the error, if any, for the caller to show. */
export async function exportIndicatorSheet(api: ApiClient, commitmentId: string): Promise<Result<{ fileName: string }>> {
  const result = await api['indicator.xlsxExport']({ commitmentId });
  if (!result.ok) return result;
  downloadBase64(result.value.fileName, result.value.dataBase64, XLSX_MIME);
  return { ok: true, value: { fileName: result.value.fileName } };
}
