// A real workspace (SQLite file, seed reference data, signing key) in a
// temporary folder, for the interchange tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keyringProtector } from '../../../electron/services/keys/protector';
import { exportInterchange, serializeInterchange } from '../../../electron/services/interchange';
import { initWorkspace, type Workspace } from '../../../electron/services/workspace/workspace';

export const FIXED_NOW = () => new Date('2024-01-02T03:04:05.000Z');

export interface TestWorkspace {
  root: string;
  ws: Workspace;
  /** The whole workspace as interchange text, with a fixed exportedAt. */
  snapshot(): Promise<string>;
  close(): Promise<void>;
}

export async function testWorkspace(institution = 'MD', role: 'lfp' | 'poc' = 'lfp'): Promise<TestWorkspace> {
  const root = mkdtempSync(join(tmpdir(), 'plani-interchange-'));
  const keyringDir = process.env.PLANI_KEYRING_DIR || join(root, 'keyring');
  const ws = await initWorkspace({ dir: join(root, 'ws'), role, institution, protectorFor: (id) => keyringProtector(keyringDir, id) });
  return {
    root,
    ws,
    snapshot: async () => serializeInterchange(await exportInterchange(ws.store, { role, institution, appVersion: 'test' }, { now: FIXED_NOW })),
    async close() {
      await ws.store.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
