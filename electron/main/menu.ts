// The application menu, built from the Node-side i18n instance so it follows
// the interface language. No developer items: ministry staff never need them.
import type { MenuItemConstructorOptions } from 'electron';
import type { Lang } from '../../shared/model/primitives';
import { createI18n } from '../../shared/i18n';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The screens the File menu opens; index.ts turns them into the role's route. */
export type MenuScreen = 'open-bundle' | 'export-bundle' | 'print' | 'backups';

export interface MenuActions {
  quit(): void;
  /** Reload after the renderer has saved (see lifecycle.requestFlush). */
  reload(): void;
  about(): void;
  /** Shows a screen of the window (File: open bundle, export bundle, print, backups). */
  open?(screen: MenuScreen): void;
  /** Help: the folder of the log file, in the system's file manager. */
  showLogFolder?(): void;
}

export function buildMenuTemplate(t: Translate, actions: MenuActions): MenuItemConstructorOptions[] {
  const open = (screen: MenuScreen) => () => actions.open?.(screen);
  return [
    {
      label: t('desktop.menu.file'),
      submenu: [
        { id: 'open-bundle', label: t('desktop.menu.openBundle'), accelerator: 'CmdOrCtrl+O', click: open('open-bundle') },
        { id: 'export-bundle', label: t('desktop.menu.exportBundle'), accelerator: 'CmdOrCtrl+E', click: open('export-bundle') },
        // The page's own Ctrl+P opens the same screen (ui shortcuts); the menu only shows it.
        { id: 'print', label: t('desktop.menu.print'), accelerator: 'CmdOrCtrl+P', registerAccelerator: false, click: open('print') },
        { id: 'backups', label: t('desktop.menu.backups'), click: open('backups') },
        { type: 'separator' },
        { id: 'quit', label: t('desktop.menu.quit'), accelerator: 'CmdOrCtrl+Q', click: () => actions.quit() },
      ],
    },
    {
      label: t('desktop.menu.edit'),
      // Roles: Chromium does the work in whatever field has the focus. The
      // shortcuts are shown but not taken from the page (registerAccelerator:
      // false), so Ctrl+Z reaches the editor's own undo as in browser mode.
      submenu: [
        { id: 'undo', label: t('desktop.menu.undo'), role: 'undo', registerAccelerator: false },
        { id: 'redo', label: t('desktop.menu.redo'), role: 'redo', registerAccelerator: false },
        { type: 'separator' },
        { id: 'cut', label: t('desktop.menu.cut'), role: 'cut', registerAccelerator: false },
        { id: 'copy', label: t('desktop.menu.copy'), role: 'copy', registerAccelerator: false },
        { id: 'paste', label: t('desktop.menu.paste'), role: 'paste', registerAccelerator: false },
        { id: 'select-all', label: t('desktop.menu.selectAll'), role: 'selectAll', registerAccelerator: false },
      ],
    },
    {
      label: t('desktop.menu.view'),
      submenu: [
        { id: 'reload', label: t('desktop.menu.reload'), accelerator: 'CmdOrCtrl+R', click: () => actions.reload() },
        { type: 'separator' },
        { id: 'actual-size', label: t('desktop.menu.actualSize'), role: 'resetZoom' },
        { id: 'zoom-in', label: t('desktop.menu.zoomIn'), role: 'zoomIn' },
        { id: 'zoom-out', label: t('desktop.menu.zoomOut'), role: 'zoomOut' },
        { type: 'separator' },
        { id: 'full-screen', label: t('desktop.menu.toggleFullScreen'), role: 'togglefullscreen' },
      ],
    },
    {
      label: t('desktop.menu.help'),
      submenu: [
        { id: 'log-folder', label: t('desktop.menu.logFolder'), click: () => actions.showLogFolder?.() },
        { type: 'separator' },
        { id: 'about', label: t('desktop.menu.about'), click: () => actions.about() },
      ],
    },
  ];
}

/** What the right-click on a page offers: the editing commands a text field allows, Copy on selected text, nothing elsewhere. */
export interface ContextParams {
  isEditable: boolean;
  selectionText: string;
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean; canUndo: boolean; canRedo: boolean };
}

export function contextMenuTemplate(t: Translate, params: ContextParams): MenuItemConstructorOptions[] {
  const f = params.editFlags;
  if (params.isEditable) {
    return [
      { id: 'undo', label: t('desktop.menu.undo'), role: 'undo', enabled: f.canUndo },
      { id: 'redo', label: t('desktop.menu.redo'), role: 'redo', enabled: f.canRedo },
      { type: 'separator' },
      { id: 'cut', label: t('desktop.menu.cut'), role: 'cut', enabled: f.canCut },
      { id: 'copy', label: t('desktop.menu.copy'), role: 'copy', enabled: f.canCopy },
      { id: 'paste', label: t('desktop.menu.paste'), role: 'paste', enabled: f.canPaste },
      { type: 'separator' },
      { id: 'select-all', label: t('desktop.menu.selectAll'), role: 'selectAll', enabled: f.canSelectAll },
    ];
  }
  if (params.selectionText.trim() !== '') return [{ id: 'copy', label: t('desktop.menu.copy'), role: 'copy', enabled: f.canCopy }];
  return [];
}

export function contextMenuFor(lang: Lang, params: ContextParams): MenuItemConstructorOptions[] {
  const i18n = createI18n(lang);
  return contextMenuTemplate((key, options) => i18n.t(key, options) as string, params);
}

/** The route of a File-menu screen for this workspace's role (the POC imports submissions, an LFP feedback). */
export function menuScreenHash(screen: MenuScreen, role: 'poc' | 'lfp' | null): string {
  if (screen === 'print') return '#/print';
  if (screen === 'backups') return '#/backups';
  // An LFP both exports its submission and imports the POC's feedback on "#/bundles".
  if (screen === 'open-bundle') return role === 'poc' ? '#/import' : role === 'lfp' ? '#/bundles' : '#/';
  return role === 'poc' ? '#/consolidated' : role === 'lfp' ? '#/bundles' : '#/';
}

export function menuTemplateFor(lang: Lang, actions: MenuActions): MenuItemConstructorOptions[] {
  const i18n = createI18n(lang);
  return buildMenuTemplate((key, options) => i18n.t(key, options) as string, actions);
}

export interface AboutBox {
  title: string;
  message: string;
  detail: string;
  buttons: string[];
}

export function aboutBox(lang: Lang, version: string): AboutBox {
  const i18n = createI18n(lang);
  const t = (key: string, options?: Record<string, unknown>) => i18n.t(key, options) as string;
  return {
    title: t('desktop.about.title'),
    message: t('desktop.about.message', { version }),
    detail: t('desktop.about.detail'),
    buttons: [t('desktop.about.ok')],
  };
}
