import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createPlaniBridge, type IpcRendererLike } from '../../../electron/preload/bridge';
import { FLUSH_DONE_CHANNEL, FLUSH_REQUEST_CHANNEL } from '../../../electron/preload/channels';

class FakeIpcRenderer extends EventEmitter implements IpcRendererLike {
  invoked: Array<[string, unknown]> = [];
  sent: string[] = [];
  reply: Promise<unknown> = Promise.resolve({ ok: true, value: 'pong' });
  invoke(channel: string, input?: unknown): Promise<unknown> {
    this.invoked.push([channel, input]);
    return this.reply;
  }
  send(channel: string): void {
    this.sent.push(channel);
  }
}

const flushed = () => new Promise((r) => setTimeout(r, 0));

describe('preload bridge', () => {
  it('is one frozen object with exactly runtime, invoke and setFlushHandler', () => {
    const bridge = createPlaniBridge(new FakeIpcRenderer());
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'runtime', 'setFlushHandler']);
    expect(bridge.runtime).toBe('electron');
    expect(JSON.stringify(Object.values(bridge))).not.toContain('ipcRenderer');
  });

  it('sends contract methods on their api: channel', async () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createPlaniBridge(ipc);
    await expect(bridge.invoke('commitment.get', { id: 'x' })).resolves.toEqual({ ok: true, value: 'pong' });
    expect(ipc.invoked).toEqual([['api:commitment.get', { id: 'x' }]]);
  });

  it('refuses unknown methods without touching IPC', async () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createPlaniBridge(ipc);
    for (const m of ['nope', '__proto__', 'constructor', 'toString', '', 'api:app.info']) {
      await expect(bridge.invoke(m, {})).resolves.toEqual({ ok: false, error: { code: 'unknown-method' } });
    }
    await expect(bridge.invoke(42 as unknown as string, {})).resolves.toEqual({ ok: false, error: { code: 'unknown-method' } });
    expect(ipc.invoked).toEqual([]);
  });

  it('turns a rejected invoke into an internal envelope', async () => {
    const ipc = new FakeIpcRenderer();
    ipc.reply = Promise.reject(new Error("No handler registered for 'api:app.info'"));
    await expect(createPlaniBridge(ipc).invoke('app.info', {})).resolves.toEqual({ ok: false, error: { code: 'internal' } });
  });

  it('answers a flush request after the handler has finished', async () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createPlaniBridge(ipc);
    let release!: () => void;
    const handler = vi.fn(() => new Promise<void>((r) => (release = r)));
    bridge.setFlushHandler(handler);
    ipc.emit(FLUSH_REQUEST_CHANNEL, { sender: 'event' });
    await flushed();
    expect(handler).toHaveBeenCalledOnce();
    expect(ipc.sent).toEqual([]);
    release();
    await flushed();
    expect(ipc.sent).toEqual([FLUSH_DONE_CHANNEL]);
  });

  it('answers at once without a handler, and even when the handler fails', async () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createPlaniBridge(ipc);
    ipc.emit(FLUSH_REQUEST_CHANNEL, {});
    await flushed();
    expect(ipc.sent).toEqual([FLUSH_DONE_CHANNEL]);
    bridge.setFlushHandler(() => Promise.reject(new Error('disk full')));
    ipc.emit(FLUSH_REQUEST_CHANNEL, {});
    await flushed();
    expect(ipc.sent).toEqual([FLUSH_DONE_CHANNEL, FLUSH_DONE_CHANNEL]);
  });
});
