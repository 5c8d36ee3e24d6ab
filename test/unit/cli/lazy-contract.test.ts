// The contract's schemas are built at the first API call, not when a command
// starts: `key show` and `check` only read the workspace and build none (the
// count comes from method(), every declaration's one constructor). The
// modules are loaded afresh after the workspace is made, as a new process would.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Sandbox, sandbox } from './run';

let sb: Sandbox | undefined;
afterEach(() => {
  sb?.cleanup();
  sb = undefined;
});

async function freshRun(argv: string[]): Promise<{ code: number; stdout: string; declared: number; all: () => Promise<number> }> {
  vi.resetModules();
  const { declarations } = await import('../../../shared/api/contract/method');
  const { main } = await import('../../../electron/cli');
  let stdout = '';
  const code = await main(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true, isTTY: false }, env: sb!.env });
  const declared = declarations.count;
  const all = async () => {
    const { METHOD_NAMES } = await import('../../../shared/api/contract');
    expect(declarations.count).toBe(METHOD_NAMES.length);
    return declarations.count;
  };
  return { code, stdout, declared, all };
}

describe('CLI start-up builds only what the command uses', () => {
  it('key show and check build no method schemas; the first API call builds the contract', async () => {
    sb = sandbox();
    await sb.ok(['init', '--role', 'lfp', '--institution', 'MD', '--workspace', sb.ws()]);

    const keyShow = await freshRun(['key', 'show', '--json', '--workspace', sb.ws()]);
    expect(keyShow.code).toBe(0);
    expect(JSON.parse(keyShow.stdout)).toHaveProperty('safetyCode');
    expect(keyShow.declared).toBe(0);
    // The hook does count: loading the contract declares every method once.
    expect(await keyShow.all()).toBeGreaterThan(100);

    const check = await freshRun(['check', '--workspace', sb.ws()]);
    expect([0, 1]).toContain(check.code);
    expect(check.declared).toBe(0);

    // A command that calls a method (init calls workspace.init) builds the contract.
    const init = await freshRun(['init', '--role', 'lfp', '--institution', 'MD', '--workspace', sb.ws('second')]);
    expect(init.code).toBe(0);
    expect(init.declared).toBeGreaterThan(0);
  });
});
