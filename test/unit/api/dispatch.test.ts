import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../../../shared/api/client';
import { METHOD_NAMES, contract } from '../../../shared/api/contract';
import { type TempWorkspace, tempWorkspace } from '../../helpers/temp-workspace';

let ws: TempWorkspace;
afterEach(async () => {
  await ws?.cleanup();
});

describe('the API contract', () => {
  it('has a handler for every method and no handler outside it', async () => {
    ws = await tempWorkspace();
    expect(Object.keys(await ws.plani.handlers()).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('refuses an unknown method and anything that is not a method name', async () => {
    ws = await tempWorkspace();
    for (const m of ['nope', '__proto__', 'constructor', 42, null, undefined]) {
      const res = await ws.plani.call(m, {});
      expect(res).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    }
  });

  it('parses every input as unknown: wrong types, extra keys and missing fields are refused', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    for (const input of [null, 'x', [], { id: 5 }, { componentCode: 'anti-corruption', owner: 'MOFE' }]) {
      const res = await ws.plani.call('commitment.create', input);
      expect(res).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    const plan = await ws.ok('plan.overview', {});
    expect(plan.components.flatMap((c) => c.commitments)).toEqual([]);
  });

  it('answers "no workspace" before one exists, for every method that needs one', async () => {
    ws = await tempWorkspace();
    const res = await ws.plani.call('plan.overview', {});
    expect(res).toMatchObject({ ok: false, error: { code: 'no-workspace' } });
  });

  it('hides unexpected failures behind the internal code and reports them once', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const seen: string[] = [];
    const { dispatch } = await import('../../../electron/services/api/dispatch');
    const broken = { ...(await ws.plani.handlers()), 'plan.overview': async () => { throw new Error('disk on fire'); } };
    const res = await dispatch(broken, 'plan.overview', {}, { onUnexpected: (m) => seen.push(m) });
    expect(res).toEqual({ ok: false, error: { code: 'internal' } });
    expect(seen).toEqual(['plan.overview']);
  });

  it('builds the client by one loop over the contract', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const calls: string[] = [];
    const client = createApiClient(async (method, input) => {
      calls.push(method);
      return ws.plani.call(method, input);
    });
    expect(Object.keys(client).sort()).toEqual(Object.keys(contract).sort());
    const info = await client['app.info']({});
    expect(info.ok && info.value.workspace?.institution.code).toBe('MD');
    expect(calls).toEqual(['app.info']);
    // A transport that throws (bridge gone) still yields an envelope, never an exception.
    const dead = createApiClient(async () => {
      throw new Error('connection refused');
    });
    expect(await dead['app.info']({})).toEqual({ ok: false, error: { code: 'internal' } });
  });
});
