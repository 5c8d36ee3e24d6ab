// The object the preload exposes as window.plani (shape: shared/api/bridge.ts),
// built from an ipcRenderer-like object so it is tested without Electron.
import type { PlaniBridge } from '../../shared/api/bridge';
import { isMethodName } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import { apiChannel, FLUSH_DONE_CHANNEL, FLUSH_REQUEST_CHANNEL } from './channels';

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: (...args: unknown[]) => void): unknown;
}

export function createPlaniBridge(ipc: IpcRendererLike): PlaniBridge {
  let flushHandler: (() => Promise<void>) | null = null;

  // Listening from the start (not from setFlushHandler) means a window that
  // closes before the UI registered its handler answers at once instead of
  // making the user wait for the main process's timeout.
  ipc.on(FLUSH_REQUEST_CHANNEL, () => {
    const handler = flushHandler;
    void (async () => {
      try {
        if (handler) await handler();
      } catch {
        // A failed save must not hold the window open; the UI reports it itself.
      } finally {
        ipc.send(FLUSH_DONE_CHANNEL);
      }
    })();
  });

  return Object.freeze({
    runtime: 'electron' as const,
    invoke(method: string, input: unknown): Promise<Result<unknown>> {
      // Refused here as well as in main, so a typo never reaches IPC at all.
      if (!isMethodName(method)) return Promise.resolve({ ok: false, error: { code: 'unknown-method' } });
      // A rejected invoke (no handler, main process shutting down) becomes an
      // envelope too: the renderer only ever deals with Results.
      return (ipc.invoke(apiChannel(method), input) as Promise<Result<unknown>>).catch(
        (): Result<unknown> => ({ ok: false, error: { code: 'internal' } }),
      );
    },
    setFlushHandler(handler: () => Promise<void>): void {
      if (typeof handler !== 'function') return;
      flushHandler = handler;
    },
  });
}
