// The Print screen's keys, as pure functions of a key press (tested without
// a DOM). Ctrl+P opens the screen from anywhere, as "Print" does in Office;
// Ctrl+Enter on the screen generates, as it submits a form in Office and
// Teams. Both are declared with every other shortcut in lib/shortcuts.ts.
import type { KeyPress } from '../lib/keys';
import { isShortcut } from '../lib/shortcuts';

export const isOpenPrintKey = (e: KeyPress): boolean => isShortcut('print', e);

export const isGenerateKey = (e: KeyPress): boolean => isShortcut('generate', e);
