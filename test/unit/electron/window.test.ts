import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { createMainWindow, focusWindow, mainWindowOptions } from '../../../electron/main/window';

describe('mainWindowOptions', () => {
  const o = mainWindowOptions('/app/dist/electron/preload.cjs');

  // Written out here rather than imported from window.ts: the test is the baseline's second witness.
  const ON = ['sandbox', 'contextIsolation', 'webSecurity'] as const;
  const OFF = ['nodeIntegration', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'webviewTag', 'spellcheck', 'allowRunningInsecureContent'] as const;

  it('keeps the renderer sandboxed and isolated', () => {
    expect(o.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      ...Object.fromEntries(ON.map((k) => [k, true])),
      ...Object.fromEntries(OFF.map((k) => [k, false])),
    });
    expect(o.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('opens hidden at 1366×768, never narrower than 1024, titled Plani', () => {
    expect(o).toMatchObject({ show: false, width: 1366, height: 768, minWidth: 1024, title: 'Plani' });
  });
});

class FakeBrowserWindow extends EventEmitter {
  static last: FakeBrowserWindow | null = null;
  loaded: string[] = [];
  shown = 0;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeBrowserWindow.last = this;
  }
  loadURL(url: string) {
    this.loaded.push(url);
    return Promise.resolve();
  }
  show() {
    this.shown++;
  }
}

describe('createMainWindow', () => {
  it('loads app://plani/index.html and shows the window only when ready', () => {
    createMainWindow(FakeBrowserWindow as unknown as new (o: BrowserWindowConstructorOptions) => BrowserWindow, '/p.cjs');
    const w = FakeBrowserWindow.last!;
    expect(w.options.webPreferences?.preload).toBe('/p.cjs');
    expect(w.loaded).toEqual(['app://plani/index.html']);
    expect(w.shown).toBe(0);
    w.emit('ready-to-show');
    expect(w.shown).toBe(1);
  });
});

describe('focusWindow', () => {
  it('restores a minimised window and focuses it; ignores a missing one', () => {
    const calls: string[] = [];
    const win = {
      isDestroyed: () => false,
      isMinimized: () => true,
      restore: () => calls.push('restore'),
      show: () => calls.push('show'),
      focus: () => calls.push('focus'),
    };
    focusWindow(win);
    expect(calls).toEqual(['restore', 'show', 'focus']);
    expect(() => focusWindow(null)).not.toThrow();
  });
});
