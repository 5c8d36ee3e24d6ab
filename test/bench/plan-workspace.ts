// A fresh LFP workspace holding the synthetic plan of a given size, opened
// through createPlani as the app and the CLI open one, for the benches that
// time calls against plans of several sizes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPlani, type Plani } from '../../electron/services/app';
import { importInterchange } from '../../electron/services/interchange';
import type { Workspace } from '../../electron/services/workspace/workspace';
import type { InterchangeDocument } from '../../shared/model/interchange';
import { syntheticPlan } from '../fixtures/synthetic-plan';

export interface PlanWorkspace {
  plani: Plani;
  ws: Workspace;
  doc: InterchangeDocument;
  dispose(): Promise<void>;
}

export async function planWorkspace(commitments: number): Promise<PlanWorkspace> {
  const root = mkdtempSync(join(tmpdir(), 'plani-bench-plan-'));
  const keyringDir = join(root, 'keyring');
  const plani = createPlani({ mode: 'cli', workspaceDir: join(root, 'ws'), keyringDir, onUnexpected: () => {} });
  const init = await plani.call('workspace.init', { role: 'lfp', institution: 'MD' });
  if (!init.ok) throw new Error(JSON.stringify(init.error));
  const ws = await plani.context.workspace();
  const doc = syntheticPlan({ commitments, milestonesPer: 5, indicatorsPer: 3, owner: 'MD' });
  await importInterchange(ws.store, doc);
  return {
    plani,
    ws,
    doc,
    dispose: async () => {
      await plani.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
