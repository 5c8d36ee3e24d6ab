// Field saves while typing (issue 16): a person types in bursts and pauses,
// so the bench saves one title per keystroke in bursts of 100 with a short
// pause after each, on the 400-commitment plan, and prints the latency
// percentiles beside the same UPDATE run by SQLite alone in the same pattern.
import { setTimeout as sleep } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';
import { fmtMs, percentile, row } from './stats';
import { planWorkspace } from './plan-workspace';

const SAVES = 3000;
const BURST = 100;
const PAUSE_MS = 300;

/** Wall times, and the process's CPU times (which a shared machine's other work does not inflate), sorted. */
async function typing(save: (i: number) => Promise<void> | void): Promise<{ wall: number[]; cpu: number[] }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    if (i > 0 && i % BURST === 0) await sleep(PAUSE_MS);
    const c = process.cpuUsage();
    const start = performance.now();
    await save(i);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  const warm = (xs: number[]) => xs.slice(BURST).sort((a, b) => a - b);
  return { wall: warm(wall), cpu: warm(cpu) };
}

export async function benchFieldSave(): Promise<void> {
  const plan = await planWorkspace(400);
  try {
    const ids = plan.doc.commitments.map((c) => c.id);
    console.log(`\nField save while typing, 400 commitments: ${SAVES} saves in bursts of ${BURST}, ${PAUSE_MS} ms pauses`);
    const ours = await typing(async (i) => {
      const res = await plan.plani.call('commitment.update', { id: ids[i % ids.length]!, changes: { title: { sq: `Përmirësimi i shërbimeve ${i}` } } });
      if (!res.ok) throw new Error(JSON.stringify(res.error));
    });
    // The floor: the same UPDATE (search triggers included) straight through better-sqlite3.
    const stmt = plan.ws.store.sqlite.prepare('UPDATE commitment SET title_sq = ?, rev = rev + 1 WHERE id = ?');
    const floor = await typing((i) => {
      stmt.run(`Përmirësimi i shërbimeve ${i}`, ids[i % ids.length]);
    });
    for (const kind of ['wall', 'cpu'] as const) {
      for (const [label, p, target] of [
        ['p50', 50, ''],
        ['p99', 99, '< 2 ms'],
        ['p99.9', 99.9, '< 10 ms'],
      ] as const) {
        const a = percentile(ours[kind], p);
        const b = percentile(floor[kind], p);
        console.log(row(`field save ${label} ${kind} (service) / UPDATE alone`, `${fmtMs(a)} / ${fmtMs(b)}`, `${(a / b).toFixed(1)}× floor ${target}`));
      }
    }
    console.log(row('field save max wall / UPDATE alone max', `${fmtMs(ours.wall.at(-1)!)} / ${fmtMs(floor.wall.at(-1)!)}`));
  } finally {
    await plan.dispose();
  }
}
