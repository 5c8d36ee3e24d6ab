// Desktop bootstrap: the only file that wires Electron objects to the small
// modules next to it. Order matters and is spelled out: options and scheme
// privileges before ready; security hooks before the first web contents;
// services, protocol and IPC before the window loads; flush, then close the
// database, on the way out.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, screen, session, shell } from 'electron';
import { AppError } from '../../shared/api/errors';
import { createI18n, DEFAULT_LANG, isLang } from '../../shared/i18n';
import type { Lang } from '../../shared/model/primitives';
import { createPlani, type Plani } from '../services/app';
import { type AppLog, createLog, logsDir, NO_LOG } from '../services/log/rotating-log';
import type { ApiCaller } from '../services/api/dispatch';
import { registerApiHandlers } from './ipc';
import { installCloseFlush, installQuitHandler, requestFlush } from './lifecycle';
import { APP_INDEX_URL } from './app-origin';
import { aboutBox, contextMenuFor, menuScreenHash, menuTemplateFor } from './menu';
import { registerAppProtocol, registerAppScheme } from './protocol';
import { usableSafeStorage } from './safe-storage';
import { hardenSession, installSecurity } from './security';
import { electronNativeBinding, parseDesktopArgs, portableUserDataDir, serviceLocations } from './startup';
import { createMainWindow, focusWindow, windowStateOf } from './window';
import { bundlePathFromArgv } from './launch-path';
import { stageLocalBundle } from '../services/staging/local-file';
import { stagedImportHash } from '../../shared/route/staged-bundle';
import { placeWindow, readWindowState, writeWindowState } from './window-state';

const RENDERER_DIR = join(__dirname, '..', 'renderer');
const PRELOAD = join(__dirname, 'preload.cjs');

app.setName('Plani');
const args = parseDesktopArgs(process.argv);
// Before the single-instance lock, which lives in the userData folder.
const userDataDir = args.userDataDir ?? portableUserDataDir(process.env);
if (userDataDir) app.setPath('userData', userDataDir);
app.enableSandbox();
registerAppScheme(protocol);

if (!app.requestSingleInstanceLock()) {
  // Another Plani already has this profile open; it gets focused instead.
  app.quit();
} else {
  runApp();
}

function runApp(): void {
  let win: BrowserWindow | null = null;
  let plani: Plani | null = null;
  let lang: Lang = DEFAULT_LANG;
  let log: AppLog = NO_LOG;
  // Main-process failures go to the log file (codes and stack frames only, see services/log/redact.ts).
  process.on('uncaughtException', (err) => {
    log.write('error', 'main.uncaught', {}, err);
    console.error('[plani] uncaught exception:', err);
  });
  process.on('unhandledRejection', (reason) => {
    log.write('error', 'main.unhandled-rejection', {}, reason);
    console.error('[plani] unhandled rejection:', reason);
  });

  installSecurity(app, shell);
  // A second launch (a .plani double-clicked while Plani runs) hands its path to this window.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusWindow(win);
    const path = bundlePathFromArgv(argv, workingDirectory);
    if (path) void openBundle(path);
  });

  /** Stages a bundle named by a path and opens the role's import screen with it; a path that is not a readable bundle is said in a dialog. */
  const openBundle = async (path: string) => {
    const target = win;
    if (target === null || target.isDestroyed() || plani === null) return;
    try {
      const info = await plani.call('app.info', {});
      const role = info.ok ? (info.value as { workspace: { role: 'poc' | 'lfp' } | null }).workspace?.role : undefined;
      if (!role) return;
      const staged = stageLocalBundle(plani.context.staging, path);
      if (!target.isDestroyed()) await target.webContents.loadURL(`${APP_INDEX_URL}${stagedImportHash(role, staged)}`);
    } catch (err) {
      const i18n = createI18n(lang);
      const message = err instanceof AppError ? i18n.t(`errors.${err.code}`, err.details?.params ?? {}) : i18n.t('errors.internal');
      log.write('warn', 'launch.bundle-refused', { code: err instanceof AppError ? err.code : 'internal' });
      if (!target.isDestroyed()) void dialog.showMessageBox(target, { type: 'warning', message, buttons: [i18n.t('desktop.about.ok')] }).catch(() => undefined);
    }
  };
  app.on('window-all-closed', () => app.quit());

  const applyMenu = () => {
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplateFor(lang, {
          quit: () => app.quit(),
          reload: () => {
            const target = win;
            if (target === null || target.isDestroyed()) return;
            void requestFlush(ipcMain, target.webContents).then(() => {
              if (!target.isDestroyed()) target.webContents.reload();
            });
          },
          open: (screenName) => {
            const target = win;
            if (target === null || target.isDestroyed() || plani === null) return;
            void plani.call('app.info', {}).then((info) => {
              const role = info.ok ? ((info.value as { workspace: { role: 'poc' | 'lfp' } | null }).workspace?.role ?? null) : null;
              // Only the fragment changes: a same-document navigation, the page and what is typed in it stay.
              if (!target.isDestroyed()) void target.webContents.loadURL(`${APP_INDEX_URL}${menuScreenHash(screenName, role)}`);
            });
          },
          showLogFolder: () => {
            if (plani) void shell.openPath(logsDir(plani.context.workspaceDir));
          },
          about: () => {
            const box = aboutBox(lang, app.getVersion());
            const shown = win ? dialog.showMessageBox(win, box) : dialog.showMessageBox(box);
            void shown.catch(() => undefined);
          },
        }),
      ),
    );
  };

  const start = async () => {
    hardenSession(session.defaultSession);
    const locations = serviceLocations(args, app.getPath('userData'));
    const nativeBinding = electronNativeBinding(
      { isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, mainDir: __dirname },
      existsSync,
    );
    log = createLog({ dir: logsDir(locations.workspaceDir) });
    log.write('info', 'app.start', { version: app.getVersion(), packaged: app.isPackaged, platform: process.platform });
    const services = createPlani({
      mode: 'electron',
      log,
      // New keys sealed by the OS (DPAPI on Windows), so a copy of the profile folder does not carry an open key.
      keyAccess: { safeStorage: usableSafeStorage(safeStorage, process.platform) },
      appVersion: app.getVersion(),
      ...locations,
      nativeBinding,
      // shell.openPath answers with an error text rather than throwing.
      openWithViewer: async (path) => {
        const problem = await shell.openPath(path);
        if (problem) throw new Error(problem);
      },
    });
    plani = services;
    installQuitHandler(app, () => services.close());

    registerAppProtocol(protocol, RENDERER_DIR);
    const api: ApiCaller = {
      call: async (method, input) => {
        const result = await services.call(method, input);
        // The menu follows the interface language the user just chose.
        if (method === 'preferences.set' && result.ok) {
          const next = (result.value as { language?: unknown }).language;
          if (isLang(next) && next !== lang) {
            lang = next;
            applyMenu();
          }
        }
        return result;
      },
    };
    registerApiHandlers(ipcMain, api);

    const prefs = await services.call('preferences.get', {});
    if (prefs.ok && isLang((prefs.value as { language?: unknown }).language)) lang = (prefs.value as { language: Lang }).language;
    applyMenu();

    const userData = app.getPath('userData');
    const place = placeWindow(readWindowState(userData), screen.getAllDisplays().map((d) => d.workArea));
    win = createMainWindow(BrowserWindow, PRELOAD, place);
    const shown = win;
    shown.on('close', () => writeWindowState(userData, windowStateOf(shown)));
    installCloseFlush(win, ipcMain);
    // Started by a double-click on a .plani: once the window has loaded, its import opens.
    const launchBundle = bundlePathFromArgv(process.argv, process.cwd());
    if (launchBundle) shown.webContents.once('did-finish-load', () => void openBundle(launchBundle));
    win.on('closed', () => {
      win = null;
    });
    // The right-click menu on text: what the field allows (Cut, Copy, Paste, Select all), in the chosen language.
    win.webContents.on('context-menu', (_event, params) => {
      const template = contextMenuFor(lang, params);
      if (template.length > 0) Menu.buildFromTemplate(template).popup();
    });
    win.webContents.on('render-process-gone', (_event, details) => {
      log.write('error', 'renderer.gone', { reason: details.reason, exitCode: details.exitCode });
      console.error(`[plani] renderer gone: ${details.reason}`);
    });
  };

  app
    .whenReady()
    .then(start)
    .catch(async (err: unknown) => {
      log.write('error', 'main.start-failed', { code: err instanceof AppError ? err.code : 'internal' }, err);
      const i18n = createI18n(lang);
      const t = i18n.t.bind(i18n);
      const message = err instanceof AppError ? t(`errors.${err.code}`, err.details?.params ?? {}) : String(err);
      dialog.showErrorBox(t('desktop.startupError.title'), `${message}\n\n${t('desktop.startupError.detail', { path: serviceLocations(args, app.getPath('userData')).workspaceDir })}`);
      await plani?.close().catch(() => undefined);
      app.exit(1);
    });
}
