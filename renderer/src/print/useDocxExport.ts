// The Print screen's Word export: one docx.export call, then the browser's
// download of the file (the same in Electron and browser mode). No job and
// no preview: the file is made in a few seconds at most.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorDto } from '../../../shared/api/errors';
import type { DocxRequest } from '../../../shared/model/print';
import { bytesFromBase64, downloadBytes } from '../lib/files';
import { useServices } from '../services/services';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export type DocxExportState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'exporting' }
  | { readonly phase: 'saved'; readonly fileName: string; readonly bytes: number }
  | { readonly phase: 'failed'; readonly error: AppErrorDto };

export function useDocxExport(): { state: DocxExportState; exportDocx(req: DocxRequest): void } {
  const { api } = useServices();
  const [state, setState] = useState<DocxExportState>({ phase: 'idle' });
  const busy = useRef(false);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  const exportDocx = useCallback(
    (req: DocxRequest) => {
      if (busy.current) return;
      busy.current = true;
      setState({ phase: 'exporting' });
      void api['docx.export'](req).then((r) => {
        busy.current = false;
        // Left the screen meanwhile: no download the person no longer expects.
        if (!live.current) return;
        if (!r.ok) return setState({ phase: 'failed', error: r.error });
        downloadBytes(r.value.fileName, bytesFromBase64(r.value.dataBase64), DOCX_MIME);
        setState({ phase: 'saved', fileName: r.value.fileName, bytes: r.value.bytes });
      });
    },
    [api],
  );
  return { state, exportDocx };
}
