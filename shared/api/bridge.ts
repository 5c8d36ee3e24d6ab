// The object Electron's preload exposes to the renderer as `window.plani`:
// one frozen object, never ipcRenderer itself. Declared here once; the
// preload builds it and the renderer's IPC transport consumes it.
import type { Result } from './result';

export interface PlaniBridge {
  readonly runtime: 'electron';
  /** Calls one contract method; resolves with the Result envelope, never rejects. */
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  /**
   * Registers what to run before the window closes or reloads: the main
   * process asks, waits for the returned promise, then closes.
   */
  setFlushHandler(handler: () => Promise<void>): void;
}
