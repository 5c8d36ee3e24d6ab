// What every form of a record that stands alone (an idea, a consultation
// event) does around its fields: open the record in a session once the kept
// unsaved values are read back; follow its snapshot and save state; undo and
// redo inside the form; put the cursor on a field a link names; and delete
// it, forgetting whatever the save queue still held for it.
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { ok, type Result } from '../../../shared/api/result';
import { useLoad } from '../hooks/useLoad';
import { useUndoShortcuts, type UndoCommand } from '../hooks/useUndoShortcuts';
import { parseFieldKey } from '../lib/field-key';
import { focusField } from '../lib/focus-field';
import type { SaveQueue } from '../services/autosave/save-queue';
import { useNotify } from '../services/notices';
import { useServices } from '../services/services';
import type { RecordSession } from './record-session';

type Owned = { readonly id: string; readonly owner: string };

/** Loads the record and opens its session; reloads when `id` changes. */
export function useRecordSession<T extends Owned, S extends RecordSession<T>>(id: string, get: () => Promise<Result<T>>, open: (saves: SaveQueue, record: T) => S) {
  const { saves } = useServices();
  return useLoad(async () => {
    const [record] = await Promise.all([get(), saves.ensureRestored()]);
    return record.ok ? ok(open(saves, record.value)) : record;
  }, [id]);
}

export function useStandaloneRecord<T extends Owned>(session: RecordSession<T>, canEdit: (owner: string) => boolean, focus: string | undefined) {
  const { saves } = useServices();
  const snap = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const record = snap.shown;
  const editable = canEdit(record.owner);
  const env = useMemo(() => ({ session, editable }), [session, editable]);
  const status = useSyncExternalStore(saves.subscribe, () => saves.getStatus(record.id));
  const rootRef = useRef<HTMLDivElement>(null);
  const runHistory = useCallback((command: UndoCommand) => void (command === 'undo' ? session.undo() : session.redo()), [session]);
  useUndoShortcuts(editable, rootRef, runHistory);
  // A search hit or a link names a field: the cursor goes there once the form is drawn.
  useEffect(() => {
    const ref = focus ? parseFieldKey(focus) : null;
    if (ref) void focusField(ref);
  }, [focus]);
  return { record, editable, env, status, rootRef };
}

/** Asking, then deleting: `deleting` is 'ask' while the confirmation is open, 'busy' while the call runs. */
export function useDeleteRecord(id: string, del: () => Promise<Result<unknown>>, onDeleted: (id: string) => void) {
  const { saves } = useServices();
  const notify = useNotify();
  const [deleting, setDeleting] = useState<'ask' | 'busy' | null>(null);
  const remove = async () => {
    setDeleting('busy');
    const r = await del();
    setDeleting(null);
    if (!r.ok) return notify(r.error);
    saves.discard(id);
    onDeleted(id);
  };
  return { deleting, ask: () => setDeleting('ask'), cancel: () => setDeleting(null), remove };
}
