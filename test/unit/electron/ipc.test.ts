import { afterEach, describe, expect, it } from 'vitest';
import { isOwnMainFrame, registerApiHandlers } from '../../../electron/main/ipc';
import { apiChannel } from '../../../electron/preload/channels';
import { METHOD_NAMES } from '../../../shared/api/contract';
import { tempWorkspace, type TempWorkspace } from '../../helpers/temp-workspace';
import { FakeIpcMain, mainFrame, subFrame } from './fakes/electron';

let ws: TempWorkspace | null = null;
afterEach(async () => {
  await ws?.cleanup();
  ws = null;
});

async function setup(init = true) {
  ws = await tempWorkspace(init ? { role: 'lfp', institution: 'MD' } : undefined);
  const ipc = new FakeIpcMain();
  const registered = registerApiHandlers(ipc, ws.plani);
  return { ws, ipc, registered };
}

describe('isOwnMainFrame', () => {
  it('accepts only the top frame of app://plani', () => {
    expect(isOwnMainFrame(mainFrame())).toBe(true);
    expect(isOwnMainFrame(mainFrame('app://plani/index.html#/commitments'))).toBe(true);
    expect(isOwnMainFrame(subFrame())).toBe(false);
    expect(isOwnMainFrame(mainFrame('app://evil/index.html'))).toBe(false);
    expect(isOwnMainFrame(mainFrame('https://evil.example/'))).toBe(false);
    expect(isOwnMainFrame(mainFrame('file:///C:/plani/index.html'))).toBe(false);
    // Decided: an uncommitted frame (empty URL) and about:blank are refused.
    expect(isOwnMainFrame(mainFrame(''))).toBe(false);
    expect(isOwnMainFrame(mainFrame('about:blank'))).toBe(false);
    expect(isOwnMainFrame(null)).toBe(false);
    expect(isOwnMainFrame(undefined)).toBe(false);
  });
});

describe('registerApiHandlers', () => {
  it('registers every contract method exactly once, on its own channel', async () => {
    const { ipc, registered } = await setup(false);
    expect(registered).toEqual([...METHOD_NAMES]);
    expect(ipc.registrations).toEqual(METHOD_NAMES.map(apiChannel));
    expect(new Set(ipc.registrations).size).toBe(ipc.registrations.length);
  });

  it('answers the app frame through the dispatcher', async () => {
    const { ipc } = await setup();
    const info = (await ipc.invoke(apiChannel('app.info'), mainFrame(), {})) as { ok: boolean; value: { workspace: { institution: { code: string } } } };
    expect(info.ok).toBe(true);
    expect(info.value.workspace.institution.code).toBe('MD');
  });

  it('refuses foreign frames with forbidden, and they change nothing', async () => {
    const { ipc, ws } = await setup();
    for (const frame of [subFrame(), mainFrame('https://evil.example/'), mainFrame(''), mainFrame('app://evil/'), null]) {
      expect(await ipc.invoke(apiChannel('preferences.set'), frame, { language: 'en' })).toEqual({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await ws.ok('preferences.get', {})).toEqual({ language: 'sq' });
  });

  it('gives invalid-input for malformed input and changes nothing', async () => {
    const { ipc, ws } = await setup();
    const created = await ws.ok('commitment.create', { componentCode: 'anti-corruption', title: { sq: 'Titulli' } });
    const before = await ws.ok('commitment.get', { id: created.id });

    const malformed: Array<[string, unknown]> = [
      ['preferences.set', { language: 'fr' }],
      ['preferences.set', 'en'],
      ['preferences.set', { language: 'en', extra: true }],
      ['commitment.update', { id: created.id, changes: { title: { sq: 'x'.repeat(100_000) } } }],
      ['commitment.update', { id: created.id, changes: { title: { sq: 'bad\u0000char' } } }],
      ['commitment.update', { id: created.id }],
      ['commitment.delete', { id: 42 }],
      ['commitment.create', null],
    ];
    for (const [method, input] of malformed) {
      const r = (await ipc.invoke(apiChannel(method as (typeof METHOD_NAMES)[number]), mainFrame(), input)) as { ok: boolean; error?: { code: string } };
      expect(r.ok, method).toBe(false);
      expect(r.error?.code, `${method} ${JSON.stringify(input).slice(0, 60)}`).toBe('invalid-input');
    }
    expect(await ws.ok('preferences.get', {})).toEqual({ language: 'sq' });
    expect(await ws.ok('commitment.get', { id: created.id })).toEqual(before);
    const overview = await ws.ok('plan.overview', {});
    expect(overview.components.flatMap((c) => c.commitments)).toHaveLength(1);
  });

  it('turns a transport failure into an internal envelope instead of a rejection', async () => {
    const ipc = new FakeIpcMain();
    registerApiHandlers(ipc, { call: () => Promise.reject(new Error('boom')) });
    expect(await ipc.invoke(apiChannel('app.info'), mainFrame(), {})).toEqual({ ok: false, error: { code: 'internal' } });
  });
});
