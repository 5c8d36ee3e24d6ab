// Shutdown in a fixed order: the renderer saves what it has (flush), the
// window closes, then the database is closed before the process exits.
import { FLUSH_DONE_CHANNEL, FLUSH_REQUEST_CHANNEL } from '../preload/channels';
import { isOwnMainFrame, type FrameLike } from './ipc';

export const FLUSH_TIMEOUT_MS = 3000;

export interface FlushableContents {
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}
export interface FlushDoneEvent {
  readonly sender: unknown;
  readonly senderFrame: FrameLike | null | undefined;
}
export interface IpcEventsLike {
  on(channel: string, listener: (event: FlushDoneEvent, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: FlushDoneEvent, ...args: unknown[]) => void): unknown;
}

export type FlushOutcome = 'done' | 'timeout' | 'gone';

/**
 * Asks the renderer to save pending edits and waits for its answer, at most
 * timeoutMs: a hung or crashed page must never keep the window open. Only
 * an answer from this page's own main frame counts.
 */
export function requestFlush(ipc: IpcEventsLike, contents: FlushableContents, timeoutMs = FLUSH_TIMEOUT_MS): Promise<FlushOutcome> {
  if (contents.isDestroyed()) return Promise.resolve('gone');
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (outcome: FlushOutcome) => {
      if (timer !== undefined) clearTimeout(timer);
      ipc.removeListener(FLUSH_DONE_CHANNEL, onDone);
      resolve(outcome);
    };
    const onDone = (event: FlushDoneEvent) => {
      if (event.sender === contents && isOwnMainFrame(event.senderFrame)) finish('done');
    };
    ipc.on(FLUSH_DONE_CHANNEL, onDone);
    timer = setTimeout(() => finish('timeout'), timeoutMs);
    try {
      contents.send(FLUSH_REQUEST_CHANNEL);
    } catch {
      finish('gone');
    }
  });
}

export interface ClosableWindow {
  readonly webContents: FlushableContents;
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

/**
 * Holds the first close of the window until the renderer has flushed (or
 * the timeout passed), then closes it for real. Repeated clicks while
 * waiting are absorbed rather than starting a second flush.
 */
export function installCloseFlush(win: ClosableWindow, ipc: IpcEventsLike, timeoutMs = FLUSH_TIMEOUT_MS): void {
  let state: 'open' | 'flushing' | 'closing' = 'open';
  win.on('close', (event) => {
    if (state === 'closing') return;
    event.preventDefault();
    if (state === 'flushing') return;
    state = 'flushing';
    void requestFlush(ipc, win.webContents, timeoutMs).then(() => {
      state = 'closing';
      if (!win.isDestroyed()) win.close();
    });
  });
}

export interface QuittableApp {
  on(event: 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

/**
 * Closes the database once, after the windows are gone and before the
 * process exits. 'will-quit' cannot await, so the first one is held, the
 * store closed, and quit() called again.
 */
export function installQuitHandler(app: QuittableApp, closeServices: () => Promise<void>): void {
  let state: 'running' | 'closing' | 'closed' = 'running';
  app.on('will-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    closeServices()
      .catch((err: unknown) => console.error('[plani] closing the workspace failed:', err))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}
