// `npm run bench -- backup`: for the 400-commitment workspace, the integrity
// check every open runs (quick_check; target < 300 ms) and a backup through
// SQLite's online backup API while fields are being saved (target: no field
// save slower than 10 ms at p99 during it). Printed, never asserted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createPlani } from '../../electron/services/app';
import { createBackup } from '../../electron/services/backup/backups';
import { importInterchange, parseInterchange } from '../../electron/services/interchange';
import { openStore } from '../../electron/services/store/database';
import { integrityProblems } from '../../electron/services/store/integrity';
import { syntheticPlan } from '../fixtures/synthetic-plan';
import { fmtMs, percentile, row, timed } from './stats';

export async function benchBackup(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'plani-bench-backup-'));
  const plani = createPlani({ mode: 'cli', workspaceDir: join(root, 'ws'), keyringDir: join(root, 'keyring'), onUnexpected: () => {} });
  try {
    const init = await plani.call('workspace.init', { role: 'lfp', institution: 'MD' });
    if (!init.ok) throw new Error(JSON.stringify(init.error));
    const ws = await plani.context.workspace();
    const doc = syntheticPlan({ commitments: 400, milestonesPer: 5, indicatorsPer: 3, owner: 'MD' });
    const parsed = parseInterchange(JSON.stringify(doc));
    if (!parsed.ok) throw new Error('synthetic plan does not parse');
    await importInterchange(ws.store, parsed.doc);
    ws.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const pages = ws.store.sqlite.pragma('page_count', { simple: true }) as number;
    console.log(`Workspace: 400 commitments, ${((pages * 4096) / 1e6).toFixed(1)} MB database\n`);
    console.log(row('measure', 'result', 'target'));

    const quick = await timed(() => integrityProblems(ws.store.sqlite, 'quick'));
    console.log(row('quick_check (every open)', fmtMs(quick.ms), '< 300 ms'));
    const reopen = await timed(() => openStore(ws.store.file));
    await reopen.value.close();
    console.log(row('open with quick_check and migrations', fmtMs(reopen.ms), '< 300 ms'));
    const full = await timed(() => integrityProblems(ws.store.sqlite, 'full'));
    console.log(row('integrity_check (check --integrity)', fmtMs(full.ms)));

    const ids = doc.commitments.map((c) => c.id);
    const samples: number[] = [];
    let done = false;
    const start = performance.now();
    const backup = createBackup(ws.store.sqlite, ws.dir, { kind: 'manual', now: new Date() }).then((b) => {
      done = true;
      return b;
    });
    for (let i = 0; !done; i++) {
      const t0 = performance.now();
      const res = await plani.call('commitment.update', { id: ids[i % ids.length]!, changes: { title: { sq: `Gjatë kopjes ${i}` } } });
      samples.push(performance.now() - t0);
      if (!res.ok) throw new Error(JSON.stringify(res.error));
      await new Promise((r) => setImmediate(r));
    }
    const made = await backup;
    const ms = performance.now() - start;
    const max = Math.max(...samples);
    samples.sort((a, b) => a - b);
    console.log(row('field save max during the backup', fmtMs(max)));
    console.log(row('backup (write + quick_check of the copy)', fmtMs(ms), `${(made.size / 1e6).toFixed(1)} MB`));
    console.log(row(`field saves during it (${samples.length})`, `p50 ${fmtMs(percentile(samples, 50))}`));
    console.log(row('field save p99 during the backup', fmtMs(percentile(samples, 99)), '< 10 ms'));
  } finally {
    await plani.close();
    rmSync(root, { recursive: true, force: true });
  }
}
