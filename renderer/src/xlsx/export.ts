// Export of a commitment's indicators as an Annex IX sheet: the service
// builds the workbook, the renderer saves it the way a browser saves any
// download (a temporary object URL on an <a download>, revoked afterwards).
import type { ApiClient } from '../../../shared/api/client';
import type { Result } from '../../../shared/api/result';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function bytesFromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Hands bytes to the browser's download, under the given file name. */
export function downloadBytes(fileName: string, bytes: Uint8Array<ArrayBuffer>, mime = XLSX_MIME): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // The download has started reading the blob by the next tasks; give it a moment, then free it.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

/** Exports the commitment's indicators and starts the download; the error, if any, for the caller to show. */
export async function exportIndicatorSheet(api: ApiClient, commitmentId: string): Promise<Result<{ fileName: string }>> {
  const result = await api['indicator.xlsxExport']({ commitmentId });
  if (!result.ok) return result;
  downloadBytes(result.value.fileName, bytesFromBase64(result.value.dataBase64));
  return { ok: true, value: { fileName: result.value.fileName } };
}
