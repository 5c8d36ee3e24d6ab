// The autosave state, for the save indicator and the editor's error bar.
// Changes themselves go through EditorSession (editor/session.ts), which
// validates them and records undo history before handing them to the queue.
import { useSyncExternalStore } from 'react';
import type { KeptEntry, SaveStatus } from '../services/autosave/save-queue';
import { useServices } from '../services/services';

/** The save state of one record. */
export function useSaveStatus(id: string): SaveStatus {
  const { saves } = useServices();
  return useSyncExternalStore(saves.subscribe, () => saves.getStatus(id));
}

/** The save state of a commitment together with its milestones and indicators. */
export function useCommitmentSaveStatus(commitmentId: string): SaveStatus {
  const { saves } = useServices();
  return useSyncExternalStore(saves.subscribe, () => saves.getGroupStatus(commitmentId));
}

/** The values of a commitment (and its milestones and indicators) that could not be saved and are kept. */
export function useKeptValues(commitmentId: string): readonly KeptEntry[] {
  const { saves } = useServices();
  return useSyncExternalStore(saves.subscribe, () => saves.keptIn(commitmentId));
}
