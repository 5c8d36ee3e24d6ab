// Plan import, plan export and bundle import at 400 and 1,600 commitments
// (issue 16), each beside its raw floor measured in the same run: a plain
// better-sqlite3 script that parses the same JSON and inserts every record
// as JSON text into one table in one transaction (import), or reads them
// back, parses and serialises them (export). The floor validates nothing and
// keeps no search index: what Plani does on top is the ratio.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createPlani } from '../../electron/services/app';
import { BundleService } from '../../electron/services/bundles/workspace/service';
import { exportInterchange, importInterchange, parseInterchange } from '../../electron/services/interchange';
import type { InterchangeDocument } from '../../shared/model/interchange';
import { syntheticPlan } from '../fixtures/synthetic-plan';
import { fmtMs, row, timed } from './stats';

/** Every record of the document with its kind, as the floor stores them. */
function records(doc: InterchangeDocument): [string, { id: string }][] {
  const out: [string, { id: string }][] = [];
  for (const [kind, list] of Object.entries(doc)) {
    if (!Array.isArray(list)) continue;
    for (const r of list as { id: string; milestones?: { id: string }[]; indicators?: { id: string }[] }[]) {
      if (typeof r !== 'object' || r === null || typeof r.id !== 'string') continue;
      out.push([kind, r]);
    }
  }
  return out;
}

function floorImport(file: string, text: string): Promise<{ wall: number; cpu: number }> {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE rec (id TEXT PRIMARY KEY, kind TEXT NOT NULL, body TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO rec (id, kind, body) VALUES (?, ?, ?)');
  return both(() => {
    const doc = JSON.parse(text) as InterchangeDocument;
    db.transaction(() => {
      for (const [kind, r] of records(doc)) insert.run(r.id, kind, JSON.stringify(r));
    })();
  }).finally(() => db.close());
}

function floorExport(file: string): Promise<{ wall: number; cpu: number }> {
  const db = new Database(file);
  return both(() => {
    const doc: Record<string, unknown[]> = {};
    for (const r of db.prepare('SELECT kind, body FROM rec ORDER BY kind, id').all() as { kind: string; body: string }[]) (doc[r.kind] ??= []).push(JSON.parse(r.body));
    return JSON.stringify(doc, null, 2);
  }).finally(() => db.close());
}

/** Wall and process CPU time of fn (a shared machine inflates the first; the ratio of the second is steadier). */
async function both<T>(fn: () => Promise<T> | T): Promise<{ wall: number; cpu: number; value: T }> {
  const c = process.cpuUsage();
  const { ms, value } = await timed(fn);
  const used = process.cpuUsage(c);
  return { wall: ms, cpu: (used.user + used.system) / 1000, value };
}

const ratio = (a: { wall: number; cpu: number }, b: { wall: number; cpu: number }) =>
  `wall ${(a.wall / b.wall).toFixed(1)}×, CPU ${fmtMs(a.cpu)} = ${(a.cpu / b.cpu).toFixed(1)}× floor's ${fmtMs(b.cpu)}; ≤ 2.5×`;

export async function benchImportFloor(): Promise<void> {
  console.log('\nPlan import / export and bundle import beside the raw floor (parse + JSON rows in one transaction), same run');
  for (const size of (process.env.PLANI_BENCH_SIZES ?? '400,1600').split(',').map(Number)) {
    const root = mkdtempSync(join(tmpdir(), 'plani-bench-floor-'));
    const keyringDir = join(root, 'keyring');
    const lfp = createPlani({ mode: 'cli', workspaceDir: join(root, 'lfp'), keyringDir, onUnexpected: () => {} });
    const poc = createPlani({ mode: 'cli', workspaceDir: join(root, 'poc'), keyringDir, onUnexpected: () => {} });
    try {
      for (const [p, init] of [
        [lfp, { role: 'lfp', institution: 'MD' }],
        [poc, { role: 'poc', institution: 'POC' }],
      ] as const) {
        const res = await p.call('workspace.init', init);
        if (!res.ok) throw new Error(JSON.stringify(res.error));
      }
      const ws = await lfp.context.workspace();
      const text = JSON.stringify(syntheticPlan({ commitments: size, milestonesPer: 5, indicatorsPer: 3, owner: 'MD' }));

      const imp = await both(async () => {
        const parsed = parseInterchange(text);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
        return importInterchange(ws.store, parsed.doc);
      });
      const impFloor = await floorImport(join(root, 'floor.db'), text);
      console.log(row(`plan import, ${size} commitments (${(text.length / 1e6).toFixed(1)} MB)`, fmtMs(imp.wall), ratio(imp, impFloor)));

      const exp = await both(async () => JSON.stringify(await exportInterchange(ws.store, { role: 'lfp', institution: 'MD' }), null, 2));
      const expFloor = await floorExport(join(root, 'floor.db'));
      console.log(row(`plan export, ${size} commitments`, fmtMs(exp.wall), ratio(exp, expFloor)));

      const exporter = new BundleService(ws, keyringDir);
      const { bytes } = await exporter.export();
      const code = (await exporter.showKey()).safetyCode;
      const receiver = new BundleService(await poc.context.workspace(), keyringDir);
      const bundled = await both(() => receiver.import(bytes, code));
      if (bundled.value.result !== 'applied') throw new Error('bundle not applied');
      const bundleFloor = await floorImport(join(root, 'floor2.db'), text);
      console.log(row(`bundle import at the POC, ${size} commitments`, fmtMs(bundled.wall), ratio(bundled, bundleFloor)));
    } finally {
      await lfp.close();
      await poc.close();
      rmSync(root, { recursive: true, force: true });
    }
  }
}
