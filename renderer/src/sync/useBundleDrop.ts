// A .plani file dropped anywhere on the window starts its check and import:
// it is staged (handed to the service) and the role's import screen opens
// with it. A drop a screen's own drop zone took (attachments, the import
// screen's box) is left to it; anything else dropped on the window is
// refused rather than opened by the browser.
import { useEffect } from 'react';
import { MAX_BUNDLE_FILE_BYTES } from '../../../shared/api/contract';
import type { WorkspaceRole } from '../../../shared/model/reference';
import type { ApiClient } from '../../../shared/api/client';
import type { Route } from '../lib/route';
import { stageFile } from '../lib/staged-files';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
export const isBundleName = (name: string) => /\.plani$/i.test(name);

/** The role's import screen, with the staged file. */
export function importRouteFor(role: WorkspaceRole, staged: { id: string; name: string; size: number }): Route {
  return { view: role === 'poc' ? 'bundle-import' : 'bundles', staged };
}

export function useBundleDrop(api: ApiClient, role: WorkspaceRole, navigate: (route: Route) => void, onRefused: (name: string) => void): void {
  useEffect(() => {
    const onDragOver = (e: DragEvent) => {
      if (!hasFiles(e) || e.defaultPrevented) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e) || e.defaultPrevented) return;
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      if (!isBundleName(file.name) || file.size === 0 || file.size > MAX_BUNDLE_FILE_BYTES) return onRefused(file.name);
      void stageFile(api, file, file.name).then((staged) => {
        if (staged.ok) navigate(importRouteFor(role, { id: staged.value.stagedId, name: file.name.slice(-255), size: file.size }));
        else onRefused(file.name);
      });
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [api, role, navigate, onRefused]);
}
