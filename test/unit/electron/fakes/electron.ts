// Plain-object stand-ins for the Electron objects the main-process modules
// receive. Only what the modules touch is modelled; the tests never load
// the Electron runtime.
import { EventEmitter } from 'node:events';
import { APP_INDEX_URL } from '../../../../electron/main/app-origin';
import type { FrameLike, IpcMainLike, InvokeEventLike } from '../../../../electron/main/ipc';

export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}
export const fakeEvent = <T extends object>(extra?: T): FakeEvent & T => {
  const e = {
    defaultPrevented: false,
    preventDefault() {
      e.defaultPrevented = true;
    },
    ...(extra ?? ({} as T)),
  };
  return e;
};

export const mainFrame = (url: string = APP_INDEX_URL): FrameLike => ({ url, parent: null });
export const subFrame = (url: string = APP_INDEX_URL): FrameLike => ({ url, parent: mainFrame() });

type InvokeListener = Parameters<IpcMainLike['handle']>[1];

/** ipcMain: handle() registrations plus the event-emitter side used for flush-done. */
export class FakeIpcMain extends EventEmitter implements IpcMainLike {
  readonly handlers = new Map<string, InvokeListener>();
  readonly registrations: string[] = [];
  handle(channel: string, listener: InvokeListener): void {
    this.registrations.push(channel);
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  /** What ipcRenderer.invoke would resolve with, for a call from `frame`. */
  async invoke(channel: string, frame: FrameLike | null, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const event: InvokeEventLike = { senderFrame: frame };
    return handler(event, ...args);
  }
}

/** webContents: records what was sent and which listeners were attached. */
export class FakeWebContents extends EventEmitter {
  readonly sent: string[] = [];
  destroyed = false;
  url = APP_INDEX_URL;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  send(channel: string): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push(channel);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getURL(): string {
    return this.url;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeShell {
  readonly opened: string[] = [];
  async openExternal(url: string): Promise<void> {
    this.opened.push(url);
  }
}
