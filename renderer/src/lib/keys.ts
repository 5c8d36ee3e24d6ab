// Key presses as plain values, so shortcuts are tested without a DOM; and which
// undo command a key press means.
export type UndoCommand = 'undo' | 'redo';

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** Ctrl+Z → undo; Ctrl+Y and Ctrl+Shift+Z → redo (⌘ instead of Ctrl on a Mac); anything else → null. */
export function undoCommandOf(e: KeyPress): UndoCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}
