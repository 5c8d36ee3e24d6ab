// npm run bench: the foundation's figures for a synthetic plan of 400
// commitments, 2,000 milestones and 1,200 indicators.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createPlani } from '../../electron/services/app';
import { exportInterchange, importInterchange, parseInterchange } from '../../electron/services/interchange';
import { syntheticPlan } from '../fixtures/synthetic-plan';
import { fmtMs, percentile, row, timed } from './stats';

async function main() {
  const root = mkdtempSync(join(tmpdir(), 'plani-bench-'));
  process.env.PLANI_KEYRING_DIR = join(root, 'keyring');
  const plani = createPlani({ mode: 'cli', workspaceDir: join(root, 'ws'), keyringDir: join(root, 'keyring'), onUnexpected: () => {} });
  try {
    const init = await plani.call('workspace.init', { role: 'lfp', institution: 'MD' });
    if (!init.ok) throw new Error(JSON.stringify(init.error));
    const ws = await plani.context.workspace();

    const doc = syntheticPlan({ commitments: 400, milestonesPer: 5, indicatorsPer: 3, owner: 'MD' });
    const text = JSON.stringify(doc);
    const counts = {
      commitments: doc.commitments.length,
      milestones: doc.commitments.reduce((n, c) => n + c.milestones.length, 0),
      indicators: doc.commitments.reduce((n, c) => n + c.indicators.length, 0),
    };
    console.log(`Synthetic plan: ${counts.commitments} commitments, ${counts.milestones} milestones, ${counts.indicators} indicators, ${(text.length / 1e6).toFixed(1)} MB of JSON`);
    console.log(`Node ${process.version}, ${process.platform}/${process.arch}\n`);

    console.log(row('measure', 'result', 'target'));
    const imp = await timed(async () => {
      const parsed = parseInterchange(text);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
      return importInterchange(ws.store, parsed.doc);
    });
    console.log(row('plan import (parse + validate + 1 transaction)', fmtMs(imp.ms), '< 1 s'));

    const exp = await timed(async () => JSON.stringify(await exportInterchange(ws.store, { role: 'lfp', institution: 'MD' }), null, 2));
    console.log(row('plan export (read + serialise)', fmtMs(exp.ms), '< 1 s'));

    // One edited field saved through the service layer: dispatch, schema check, UPDATE.
    const ids = doc.commitments.map((c) => c.id);
    const samples: number[] = [];
    for (let i = 0; i < 3000; i++) {
      const id = ids[i % ids.length]!;
      const start = performance.now();
      const res = await plani.call('commitment.update', { id, changes: { title: { sq: `Përmirësimi i shërbimeve ${i}` } } });
      samples.push(performance.now() - start);
      if (!res.ok) throw new Error(JSON.stringify(res.error));
    }
    const warm = samples.slice(200).sort((a, b) => a - b);
    console.log(row('field save p50 (service layer)', fmtMs(percentile(warm, 50))));
    console.log(row('field save p99 (service layer)', fmtMs(percentile(warm, 99)), '< 2 ms'));

    // The floor: the same UPDATE straight through better-sqlite3.
    const stmt = ws.store.sqlite.prepare('UPDATE commitment SET title_sq = ?, rev = rev + 1 WHERE id = ?');
    const raw: number[] = [];
    for (let i = 0; i < 3000; i++) {
      const start = performance.now();
      stmt.run(`Raw ${i}`, ids[i % ids.length]);
      raw.push(performance.now() - start);
    }
    raw.sort((a, b) => a - b);
    console.log(row('same UPDATE in SQLite alone, p50', fmtMs(percentile(raw, 50))));
  } finally {
    await plani.close();
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
