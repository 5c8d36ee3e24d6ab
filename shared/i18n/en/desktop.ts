import type { Catalogue } from '../types';
import type { desktop as sqDesktop } from '../sq/desktop';

export const desktop: Catalogue<typeof sqDesktop> = {
  menu: {
    file: '&File',
    quit: 'Quit',
    edit: '&Edit',
    openBundle: 'Open Bundle…',
    exportBundle: 'Export Bundle…',
    print: 'Print / Export PDF…',
    backups: 'Backups…',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    logFolder: 'Open Log Folder',
    view: '&View',
    reload: 'Reload',
    actualSize: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Toggle Full Screen',
    help: '&Help',
    about: 'About Plani',
  },
  about: {
    title: 'About Plani',
    message: 'Plani {{version}}',
    detail: 'Drafting the Open Government Partnership (OGP) National Action Plan, offline, in Albanian and English.',
    ok: 'OK',
  },
  startupError: {
    title: 'Plani cannot start',
    detail: 'Workspace: {{path}}',
  },
};
