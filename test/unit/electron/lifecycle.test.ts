import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  installCloseFlush,
  installQuitHandler,
  requestFlush,
  type ClosableWindow,
  type IpcEventsLike,
  type QuittableApp,
} from '../../../electron/main/lifecycle';
import { FLUSH_DONE_CHANNEL, FLUSH_REQUEST_CHANNEL } from '../../../electron/preload/channels';
import { EventEmitter } from 'node:events';
import { fakeEvent, FakeIpcMain, FakeWebContents, mainFrame, subFrame } from './fakes/electron';

const ipcOf = (ipc: FakeIpcMain) => ipc as unknown as IpcEventsLike;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('requestFlush', () => {
  it('sends the request and resolves when this page answers', async () => {
    const ipc = new FakeIpcMain();
    const contents = new FakeWebContents();
    const p = requestFlush(ipcOf(ipc), contents, 3000);
    expect(contents.sent).toEqual([FLUSH_REQUEST_CHANNEL]);
    ipc.emit(FLUSH_DONE_CHANNEL, { sender: contents, senderFrame: mainFrame() });
    await expect(p).resolves.toBe('done');
    expect(ipc.listenerCount(FLUSH_DONE_CHANNEL)).toBe(0);
  });

  it('ignores answers from other pages or sub-frames, then times out after 3 s', async () => {
    const ipc = new FakeIpcMain();
    const contents = new FakeWebContents();
    const p = requestFlush(ipcOf(ipc), contents);
    ipc.emit(FLUSH_DONE_CHANNEL, { sender: new FakeWebContents(), senderFrame: mainFrame() });
    ipc.emit(FLUSH_DONE_CHANNEL, { sender: contents, senderFrame: subFrame() });
    ipc.emit(FLUSH_DONE_CHANNEL, { sender: contents, senderFrame: mainFrame('https://evil.example/') });
    await vi.advanceTimersByTimeAsync(2999);
    let settled = false;
    void p.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(p).resolves.toBe('timeout');
    expect(ipc.listenerCount(FLUSH_DONE_CHANNEL)).toBe(0);
  });

  it('does not wait for a page that is already gone', async () => {
    const contents = new FakeWebContents();
    contents.destroyed = true;
    await expect(requestFlush(ipcOf(new FakeIpcMain()), contents)).resolves.toBe('gone');
  });
});

class FakeWindow extends EventEmitter implements ClosableWindow {
  readonly webContents = new FakeWebContents();
  closeCalls = 0;
  destroyed = false;
  close(): void {
    this.closeCalls++;
    const e = fakeEvent();
    this.emit('close', e);
    if (!e.defaultPrevented) this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

describe('installCloseFlush', () => {
  it('holds the close until the renderer has flushed, once, then closes', async () => {
    const ipc = new FakeIpcMain();
    const win = new FakeWindow();
    installCloseFlush(win, ipcOf(ipc));

    win.close(); // the user clicks ✕
    expect(win.destroyed).toBe(false);
    win.close(); // and again while saving
    expect(win.webContents.sent).toEqual([FLUSH_REQUEST_CHANNEL]);

    ipc.emit(FLUSH_DONE_CHANNEL, { sender: win.webContents, senderFrame: mainFrame() });
    await vi.runAllTimersAsync();
    expect(win.destroyed).toBe(true);
    expect(win.closeCalls).toBe(3);
  });

  it('closes after the timeout when the renderer never answers', async () => {
    const ipc = new FakeIpcMain();
    const win = new FakeWindow();
    installCloseFlush(win, ipcOf(ipc), 3000);
    win.close();
    await vi.advanceTimersByTimeAsync(3000);
    expect(win.destroyed).toBe(true);
  });
});

describe('installQuitHandler', () => {
  it('closes the services once before letting the app quit', async () => {
    const app = new EventEmitter() as EventEmitter & QuittableApp & { quits: number };
    app.quits = 0;
    let closes = 0;
    let release!: () => void;
    app.quit = () => {
      app.quits++;
      const e = fakeEvent();
      app.emit('will-quit', e);
    };
    installQuitHandler(app, () => {
      closes++;
      return new Promise<void>((r) => (release = r));
    });

    const first = fakeEvent();
    app.emit('will-quit', first);
    expect(first.defaultPrevented).toBe(true);
    const second = fakeEvent();
    app.emit('will-quit', second); // quit pressed again while closing
    expect(second.defaultPrevented).toBe(true);
    expect(closes).toBe(1);

    release();
    await vi.runAllTimersAsync();
    expect(app.quits).toBe(1);
    const after = fakeEvent();
    app.emit('will-quit', after);
    expect(after.defaultPrevented).toBe(false);
  });

  it('still quits when closing fails', async () => {
    const app = new EventEmitter() as EventEmitter & QuittableApp;
    let quit = false;
    app.quit = () => (quit = true);
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    installQuitHandler(app, () => Promise.reject(new Error('disk gone')));
    app.emit('will-quit', fakeEvent());
    await vi.runAllTimersAsync();
    expect(quit).toBe(true);
    spy.mockRestore();
  });
});
