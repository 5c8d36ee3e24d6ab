// The Print screen's keys, as pure functions of a key press (tested without
// a DOM). Ctrl+P opens the screen from anywhere, as "Print" does in Office;
// Ctrl+Enter on the screen generates, as it submits a form in Office and
// Teams. ⌘ stands for Ctrl on a Mac.
import type { KeyPress } from '../lib/keys';

const ctrlOnly = (e: KeyPress) => (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;

export const isOpenPrintKey = (e: KeyPress): boolean => ctrlOnly(e) && e.key.toLowerCase() === 'p';

export const isGenerateKey = (e: KeyPress): boolean => ctrlOnly(e) && e.key === 'Enter';
