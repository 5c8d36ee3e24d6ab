// A real workspace in a temporary folder, with its own keyring folder, for
// tests that exercise the services end to end (never an in-memory fake).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPlani, type Plani } from '../../electron/services/app';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';

export interface TempWorkspace {
  dir: string;
  keyringDir: string;
  plani: Plani;
  /** Calls a method and returns its value, failing the test on an error result. */
  ok<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  cleanup(): Promise<void>;
}

/** A workspace clock one second later at each reading, from a fixed instant, so timestamps and their order are predictable. */
export function ticking(from = '2026-11-26T10:00:00.000Z'): () => Date {
  let t = Date.parse(from);
  return () => new Date((t += 1000));
}

export function tempDir(prefix = 'plani-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function tempWorkspace(init?: { role: 'lfp' | 'poc'; institution: string }, clock?: () => Date): Promise<TempWorkspace> {
  const root = tempDir();
  const dir = join(root, 'workspace');
  const keyringDir = join(root, 'keyring');
  const plani = createPlani({ mode: 'cli', workspaceDir: dir, keyringDir, checkOutputs: true, clock });
  const ok = async <M extends MethodName>(method: M, input: MethodInput<M>) => {
    const res = await plani.call(method, input);
    if (!res.ok) throw new Error(`${method} failed: ${JSON.stringify(res.error)}`);
    return res.value as MethodOutput<M>;
  };
  if (init) await ok('workspace.init', init);
  return {
    dir,
    keyringDir,
    plani,
    ok,
    async cleanup() {
      await plani.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
