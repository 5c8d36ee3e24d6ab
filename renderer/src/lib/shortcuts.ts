// Every keyboard shortcut of the app, declared once: the keys (as shown and
// as aria-keyshortcuts announces them), where they work, and — for the keys
// a global listener handles — the test of a key press that the listener
// uses, so the list a person reads and what the keys do cannot drift apart.
// What each one does is in the catalogues (ui.shortcuts.does.<id>), in both
// languages. ⌘ stands for Ctrl on a Mac.
import type { KeyPress } from './keys';

/** Where a shortcut works; each has its heading in the list (ui.shortcuts.where.<where>). */
export type ShortcutPlace = 'everywhere' | 'search' | 'editor' | 'fields' | 'print' | 'dialogs';

/** A key as shown; Space is the only one whose name is translated (ui.shortcuts.space). */
export type ShownKeys = readonly string[];

export interface Shortcut {
  readonly id: ShortcutId;
  readonly where: ShortcutPlace;
  /** The alternatives, each as shown ("Ctrl+F", "/"). */
  readonly keys: ShownKeys;
  /** The same for assistive technology (aria-keyshortcuts), when a control carries it. */
  readonly aria?: string;
  /** For a key handled by a global listener: whether this key press is it. */
  readonly matches?: (e: KeyPress) => boolean;
}

const ctrlOnly = (e: KeyPress) => (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
const plain = (e: KeyPress) => !e.ctrlKey && !e.metaKey && !e.altKey;

export const SHORTCUT_IDS = [
  'regions',
  'search',
  'print',
  'newCommitment',
  'searchMove',
  'searchClose',
  'undo',
  'redo',
  'tab',
  'section',
  'expand',
  'calendar',
  'select',
  'tags',
  'generate',
  'escape',
] as const;
export type ShortcutId = (typeof SHORTCUT_IDS)[number];

const LIST: readonly Shortcut[] = [
  // Office's F6: the top bar, the navigation, the page, and in the editor its form, section list and quality panel.
  { id: 'regions', where: 'everywhere', keys: ['F6', 'Shift+F6'], aria: 'F6 Shift+F6', matches: (e) => e.key === 'F6' && !e.ctrlKey && !e.metaKey && !e.altKey },
  // "/" only where it is not a character being typed; the listener checks the target.
  { id: 'search', where: 'everywhere', keys: ['Ctrl+F', '/'], aria: 'Control+F /', matches: (e) => (ctrlOnly(e) && e.key.toLowerCase() === 'f') || (plain(e) && e.key === '/') },
  { id: 'print', where: 'everywhere', keys: ['Ctrl+P'], aria: 'Control+P', matches: (e) => ctrlOnly(e) && e.key.toLowerCase() === 'p' },
  // Browsers keep Ctrl+N for a new window; the desktop app passes it on.
  { id: 'newCommitment', where: 'everywhere', keys: ['Ctrl+N'], aria: 'Control+N', matches: (e) => ctrlOnly(e) && e.key.toLowerCase() === 'n' },
  { id: 'searchMove', where: 'search', keys: ['↑ ↓', 'Enter'] },
  { id: 'searchClose', where: 'search', keys: ['Esc'], matches: (e) => e.key === 'Escape' },
  { id: 'undo', where: 'editor', keys: ['Ctrl+Z'], aria: 'Control+Z' },
  { id: 'redo', where: 'editor', keys: ['Ctrl+Y', 'Ctrl+Shift+Z'], aria: 'Control+Y Control+Shift+Z' },
  { id: 'tab', where: 'editor', keys: ['Tab', 'Shift+Tab'] },
  { id: 'section', where: 'editor', keys: ['Enter', 'Space'] },
  { id: 'expand', where: 'editor', keys: ['Enter'] },
  { id: 'calendar', where: 'fields', keys: ['Alt+↓'], aria: 'Alt+ArrowDown', matches: (e) => e.altKey && !e.ctrlKey && !e.metaKey && e.key === 'ArrowDown' },
  { id: 'select', where: 'fields', keys: ['↑ ↓'] },
  { id: 'tags', where: 'fields', keys: ['Backspace'] },
  { id: 'generate', where: 'print', keys: ['Ctrl+Enter'], aria: 'Control+Enter', matches: (e) => ctrlOnly(e) && e.key === 'Enter' },
  { id: 'escape', where: 'dialogs', keys: ['Esc'] },
];

export const SHORTCUTS: ReadonlyMap<ShortcutId, Shortcut> = new Map(LIST.map((s) => [s.id, s]));

/** One declared shortcut (every id has one: the unit test holds the list to SHORTCUT_IDS). */
export function shortcut(id: ShortcutId): Shortcut {
  return SHORTCUTS.get(id)!;
}

/** Whether a key press is the shortcut `id` (false for those no global listener handles). */
export const isShortcut = (id: ShortcutId, e: KeyPress): boolean => shortcut(id).matches?.(e) ?? false;

/** The list as a person reads it: grouped by place, in the declared order. */
export function shortcutGroups(): { where: ShortcutPlace; shortcuts: Shortcut[] }[] {
  const groups: { where: ShortcutPlace; shortcuts: Shortcut[] }[] = [];
  for (const s of LIST) {
    const group = groups.find((g) => g.where === s.where);
    if (group) group.shortcuts.push(s);
    else groups.push({ where: s.where, shortcuts: [s] });
  }
  return groups;
}

/** The shortcut's keys as shown, alternatives joined by " · " (Space named in the person's language). */
export const shownKeys = (s: Shortcut, space: string): string => s.keys.map((k) => (k === 'Space' ? space : k)).join(' · ');
