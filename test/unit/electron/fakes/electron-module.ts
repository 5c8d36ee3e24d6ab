// A stand-in for the whole 'electron' module, for loading the real bootstrap
// (electron/main/index.ts) in plain Node via vi.mock('electron'). It records
// what the bootstrap did so the test can assert the wiring and its order.
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeIpcMain, FakeWebContents } from './electron';

export const calls: string[] = [];
const userData = mkdtempSync(join(tmpdir(), 'plani-userdata-'));
let readyResolve!: () => void;
const ready = new Promise<void>((r) => (readyResolve = r));

class FakeApp extends EventEmitter {
  paths: Record<string, string> = { userData };
  quitCalls = 0;
  exitCode: number | null = null;
  isPackaged = false;
  setName(name: string) {
    calls.push(`app.setName:${name}`);
  }
  setPath(name: string, value: string) {
    calls.push(`app.setPath:${name}`);
    this.paths[name] = value;
  }
  getPath(name: string) {
    return this.paths[name] ?? userData;
  }
  getVersion() {
    return '0.1.0';
  }
  enableSandbox() {
    calls.push('app.enableSandbox');
  }
  requestSingleInstanceLock() {
    calls.push('app.requestSingleInstanceLock');
    return true;
  }
  whenReady() {
    return ready;
  }
  /** Test control: what Electron does when it has started. */
  becomeReady() {
    calls.push('ready');
    readyResolve();
  }
  quit() {
    this.quitCalls++;
    const e = { defaultPrevented: false, preventDefault: () => (e.defaultPrevented = true) };
    this.emit('will-quit', e);
  }
  exit(code: number) {
    this.exitCode = code;
  }
}
export const app = new FakeApp();

export const protocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: unknown[]) {
    calls.push('protocol.registerSchemesAsPrivileged');
    this.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>) {
    calls.push(`protocol.handle:${scheme}`);
    this.handlers.set(scheme, handler);
  },
};

export const session = {
  defaultSession: {
    permissionRequest: null as unknown,
    permissionCheck: null as unknown,
    beforeRequest: null as unknown,
    setPermissionRequestHandler(h: unknown) {
      calls.push('session.setPermissionRequestHandler');
      this.permissionRequest = h;
    },
    setPermissionCheckHandler(h: unknown) {
      this.permissionCheck = h;
    },
    webRequest: {
      onBeforeRequest(_filter: unknown, h: unknown) {
        session.defaultSession.beforeRequest = h;
      },
    },
  },
};

export const shell = { opened: [] as string[], openExternal: async (url: string) => void shell.opened.push(url) };
export const ipcMain = new FakeIpcMain();

export class BrowserWindow extends EventEmitter {
  static all: BrowserWindow[] = [];
  readonly webContents: FakeWebContents & { reloads: number; reload(): void };
  loaded: string[] = [];
  shown = 0;
  destroyed = false;
  constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
    super();
    calls.push('new BrowserWindow');
    const wc = new FakeWebContents() as FakeWebContents & { reloads: number; reload(): void };
    wc.reloads = 0;
    wc.reload = () => void wc.reloads++;
    this.webContents = wc;
    BrowserWindow.all.push(this);
    app.emit('web-contents-created', {}, wc);
  }
  loadURL(url: string) {
    this.loaded.push(url);
    return Promise.resolve();
  }
  show() {
    this.shown++;
  }
  close() {
    const e = { defaultPrevented: false, preventDefault: () => (e.defaultPrevented = true) };
    this.emit('close', e);
    if (!e.defaultPrevented) {
      this.destroyed = true;
      this.emit('closed');
      if (BrowserWindow.all.every((w) => w.destroyed)) app.emit('window-all-closed');
    }
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {}
  maximize() {}
  isMaximized() {
    return false;
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: 1366, height: 768 };
  }
}

/** No OS secret store in the fake: keys stay with the keyring file. */
export const safeStorage = { isEncryptionAvailable: () => false, encryptString: (s: string) => Buffer.from(s), decryptString: (b: Buffer) => b.toString() };

/** One laptop screen. */
export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1366, height: 728 } }] };

type Template = Array<{ label?: string; submenu?: Array<{ id?: string; label?: string; click?: () => void }> }>;
export const Menu = {
  current: null as Template | null,
  buildFromTemplate: (t: Template) => t,
  setApplicationMenu(m: Template) {
    calls.push('Menu.setApplicationMenu');
    Menu.current = m;
  },
};

export const dialog = {
  boxes: [] as unknown[],
  errors: [] as Array<[string, string]>,
  showMessageBox: async (...args: unknown[]) => {
    dialog.boxes.push(args[args.length - 1]);
    return { response: 0 };
  },
  showErrorBox: (title: string, content: string) => void dialog.errors.push([title, content]),
};

export const contextBridge = {};
export const ipcRenderer = {};
export default { app, protocol, session, shell, ipcMain, BrowserWindow, Menu, dialog, contextBridge, ipcRenderer, screen, safeStorage };
