// IPC registration: one loop over the contract, one handler per method. Every
// handler checks who is calling, then hands the raw input (typed unknown) to
// the dispatcher, which parses it with the method's schema.
import { METHOD_NAMES, type MethodName } from '../../shared/api/contract';
import { fail, type Result } from '../../shared/api/result';
import type { ApiCaller } from '../services/api/dispatch';
import { apiChannel } from '../preload/channels';
import { isAppUrl } from './app-origin';

/** The parts of WebFrameMain the sender check reads. */
export interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
}
export interface InvokeEventLike {
  readonly senderFrame: FrameLike | null | undefined;
}
/** The part of Electron's ipcMain used here; tests pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
}

/**
 * True only for the top-level frame of a page served from app://plani.
 * An empty URL (a frame that has not committed a navigation yet; reported
 * under some test drivers) and about:blank are refused: nothing legitimate
 * calls the API before our page has loaded, and failing closed costs one
 * 'forbidden' answer that the UI shows, never a silent grant. A missing
 * senderFrame (navigated away or destroyed mid-call) is refused too.
 */
export function isOwnMainFrame(frame: FrameLike | null | undefined): boolean {
  if (frame === null || frame === undefined) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

export const FORBIDDEN: Result<never> = fail({ code: 'forbidden' });

export function registerApiHandlers(ipcMain: IpcMainLike, api: ApiCaller): MethodName[] {
  const registered: MethodName[] = [];
  for (const method of METHOD_NAMES) {
    ipcMain.handle(apiChannel(method), async (event, rawInput: unknown) => {
      if (!isOwnMainFrame(event.senderFrame)) return FORBIDDEN;
      try {
        return await api.call(method, rawInput);
      } catch {
        // call() already wraps handler failures; this only guards the transport.
        return fail({ code: 'internal' });
      }
    });
    registered.push(method);
  }
  return registered;
}
