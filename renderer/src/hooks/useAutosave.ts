import { useCallback, useSyncExternalStore } from 'react';
import type { Lang } from '../../../shared/model/primitives';
import { useServices } from '../app/services';
import type { BilingualKey, SaveStatus } from '../autosave/save-queue';

export function useSaveStatus(id: string): SaveStatus {
  const { saves } = useServices();
  return useSyncExternalStore(saves.subscribe, () => saves.getStatus(id));
}

/** Autosave for one commitment: call `edit` on every keystroke; the queue debounces and saves. */
export function useAutosave(id: string) {
  const { saves } = useServices();
  const status = useSaveStatus(id);
  const edit = useCallback((field: BilingualKey, lang: Lang, value: string) => saves.edit(id, field, lang, value), [saves, id]);
  const retry = useCallback(() => saves.retry(id), [saves, id]);
  return { status, edit, retry };
}
