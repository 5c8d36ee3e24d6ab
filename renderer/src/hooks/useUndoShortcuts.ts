// Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z (⌘ on a Mac) for the editor's session
// history, wherever the focus is in the editor (or nowhere in particular) —
// also inside a text box, where the last change of that box is the last
// field change anyway, so one undo model applies everywhere. Dialogs and
// text boxes outside the editor (the search box) keep their own undo.
import { useEffect, type RefObject } from 'react';
import { undoCommandOf, type UndoCommand } from '../lib/keys';

export type { UndoCommand };

/** Whether a key press with this target belongs to the editor rooted at `root`. */
export function isEditorTarget(target: EventTarget | null, root: Element | null, doc: Document = document): boolean {
  if (!(target instanceof Element) || target === doc.body || target === doc.documentElement) return true;
  if (target.closest('[role="dialog"], [role="alertdialog"]')) return false;
  // Inside the editor, or on something that is not a place to type (a link, a button of the shell).
  if (root?.contains(target)) return true;
  return !target.matches('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
}

export function useUndoShortcuts(enabled: boolean, root: RefObject<Element | null>, run: (command: UndoCommand) => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const command = undoCommandOf(e);
      if (!command || !isEditorTarget(e.target, root.current)) return;
      e.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, root, run]);
}
