// The application menu, built from the Node-side i18n instance so it follows
// the interface language. No developer items: ministry staff never need them.
import type { MenuItemConstructorOptions } from 'electron';
import type { Lang } from '../../shared/model/primitives';
import { createI18n } from '../../shared/i18n';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface MenuActions {
  quit(): void;
  /** Reload after the renderer has saved (see lifecycle.requestFlush). */
  reload(): void;
  about(): void;
}

export function buildMenuTemplate(t: Translate, actions: MenuActions): MenuItemConstructorOptions[] {
  return [
    {
      label: t('desktop.menu.file'),
      submenu: [{ id: 'quit', label: t('desktop.menu.quit'), accelerator: 'CmdOrCtrl+Q', click: () => actions.quit() }],
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
      submenu: [{ id: 'about', label: t('desktop.menu.about'), click: () => actions.about() }],
    },
  ];
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
