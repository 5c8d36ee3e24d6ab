// The one main window. Its options are the security baseline, so they live
// in a pure function the tests pin down.
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { APP_INDEX_URL } from './app-origin';
import type { WindowState } from './window-state';

export const WINDOW_TITLE = 'Plani';

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      // Albanian dictionaries are not shipped with Chromium; a spell checker
      // underlining every Albanian word would be worse than none.
      spellcheck: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  };
}

type WindowCtor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export function createMainWindow(BrowserWindowClass: WindowCtor, preloadPath: string, place: WindowState | null = null): BrowserWindow {
  const options = mainWindowOptions(preloadPath);
  const win = new BrowserWindowClass(place ? { ...options, x: place.x, y: place.y, width: place.width, height: place.height } : options);
  win.once('ready-to-show', () => {
    if (place?.maximized) win.maximize();
    win.show();
  });
  win.loadURL(APP_INDEX_URL).catch((err: unknown) => console.error('[plani] could not load the window:', err));
  return win;
}

/** Brings the existing window forward when a second instance is started. */
export function focusWindow(win: Pick<BrowserWindow, 'isDestroyed' | 'isMinimized' | 'restore' | 'show' | 'focus'> | null): void {
  if (win === null || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

/** What is remembered of the window when it closes (its normal bounds, even when maximized). */
export function windowStateOf(win: Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized'>): WindowState {
  const b = win.getNormalBounds();
  return { x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() };
}
