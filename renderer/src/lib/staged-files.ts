// Files larger than one message, handed to the service and fetched back a
// chunk at a time through the contract's staging methods (the same in
// Electron and browser mode). A bundle with its attachments runs to hundreds
// of megabytes, which one base64 message through either bridge cannot carry.
import { STAGE_CHUNK_BYTES } from '../../../shared/api/contract';
import type { ApiClient } from '../../../shared/api/client';
import type { Result } from '../../../shared/api/result';
import { bytesFromBase64, downloadBlob, readFileAsBase64 } from './files';

type StagingApi = Pick<ApiClient, 'staging.begin' | 'staging.append' | 'staging.read' | 'staging.discard'>;

/** Progress of a transfer, 0…1, for a progress bar. */
export type OnProgress = (fraction: number) => void;

/** Hands `file` over; its staged id names it in bundle.preview and bundle.import. A failure frees what was sent. */
export async function stageFile(api: StagingApi, file: Blob, name: string, onProgress?: OnProgress): Promise<Result<{ stagedId: string }>> {
  const begun = await api['staging.begin']({ name: name.slice(-255), size: file.size });
  if (!begun.ok) return begun;
  const { stagedId } = begun.value;
  for (let offset = 0; offset < file.size; offset += STAGE_CHUNK_BYTES) {
    let dataBase64: string;
    try {
      dataBase64 = await readFileAsBase64(file.slice(offset, offset + STAGE_CHUNK_BYTES));
    } catch {
      void api['staging.discard']({ stagedId });
      return { ok: false, error: { code: 'file-unreadable', details: { params: { path: name } } } };
    }
    const sent = await api['staging.append']({ stagedId, offset, dataBase64 });
    if (!sent.ok) {
      void api['staging.discard']({ stagedId });
      return sent;
    }
    onProgress?.(sent.value.received / file.size);
  }
  return { ok: true, value: { stagedId } };
}

/** Fetches a file the service staged (an export) and hands it to the browser's download; the staged copy is freed either way. */
export async function downloadStaged(api: StagingApi, stagedId: string, fileName: string, onProgress?: OnProgress): Promise<Result<{ size: number }>> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  try {
    for (;;) {
      const r = await api['staging.read']({ stagedId, offset });
      if (!r.ok) return r;
      const bytes = bytesFromBase64(r.value.dataBase64);
      parts.push(bytes);
      offset += bytes.length;
      onProgress?.(r.value.size === 0 ? 1 : offset / r.value.size);
      if (offset >= r.value.size || bytes.length === 0) break;
    }
  } finally {
    void api['staging.discard']({ stagedId });
  }
  downloadBlob(fileName, new Blob(parts, { type: 'application/octet-stream' }));
  return { ok: true, value: { size: offset } };
}
