// Switching cycles as the window does it (cycle.select, then app.info,
// reference.get and plan.overview of the new cycle), between a 2020-2022
// plan of 400 commitments and an empty 2023-2025, through the dispatcher.
// `npx tsx test/bench/run.ts cycles`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPlani } from '../../electron/services/app';
import { importInterchange, parseInterchange } from '../../electron/services/interchange';
import { readReference, writeReference } from '../../electron/services/reference/reference-store';
import { syntheticPlan } from '../fixtures/synthetic-plan';
import { fmtMs, percentile, row, timed } from './stats';

const RUNS = 20;

export async function benchCycles(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'plani-bench-cycles-'));
  const poc = createPlani({ mode: 'cli', workspaceDir: join(root, 'poc'), keyringDir: join(root, 'keyring'), onUnexpected: () => {} });
  const md = createPlani({ mode: 'cli', workspaceDir: join(root, 'md'), keyringDir: join(root, 'keyring'), onUnexpected: () => {} });
  const must = async <T>(r: Promise<{ ok: boolean; value?: T; error?: unknown }>) => {
    const x = await r;
    if (!x.ok) throw new Error(JSON.stringify(x.error));
    return x.value as T;
  };
  try {
    await must(poc.call('workspace.init', { role: 'poc', institution: 'POC' }));
    await must(md.call('workspace.init', { role: 'lfp', institution: 'MD' }));
    const ws = await md.context.workspace();
    const parsed = parseInterchange(JSON.stringify(syntheticPlan({ commitments: 400, milestonesPer: 5, indicatorsPer: 3, owner: 'MD' })));
    if (!parsed.ok) throw new Error('synthetic plan invalid');
    await importInterchange(ws.store, parsed.doc);
    await must(poc.call('cycle.start', { id: '2023-2025', periodStart: '2023-09-01', periodEnd: '2025-08-31', number: 6 }));
    await writeReference(ws.store.db, await readReference((await poc.context.workspace()).store.db));

    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const id = i % 2 === 0 ? '2023-2025' : '2020-2022';
      const { ms } = await timed(async () => {
        await must(md.call('cycle.select', { id }));
        await Promise.all([must(md.call('app.info', {})), must(md.call('reference.get', {})), must(md.call('plan.overview', {}))]);
      });
      samples.push(ms);
    }
    samples.sort((a, b) => a - b);
    console.log(row('measure', 'result', 'target'));
    console.log(row('switch cycle (select + info + reference + overview)', `p50 ${fmtMs(percentile(samples, 50))}`, '< 200 ms'));
    console.log(row('', `p95 ${fmtMs(percentile(samples, 95))}`, `${RUNS} switches, 400 commitments in 2020-2022`));
  } finally {
    await md.close();
    await poc.close();
    rmSync(root, { recursive: true, force: true });
  }
}
