// Search through the API at 100, 400 and 1,600 commitments (issue 16): the
// result count is capped at 50, so the time should not grow with the plan.
// Queries range from rare words to words in nearly every text and one-letter
// prefixes (what a person has typed after one key); the floor is a query
// that finds nothing, in the same workspace, in the same run.
import { performance } from 'node:perf_hooks';
import { fmtMs, percentile, row } from './stats';
import { planWorkspace } from './plan-workspace';

const QUERIES = ['perfshirje', 'ceshtje', 'pronareve perfitues', 'transparence', 'integrity', 'prokurim', 'e', 'p', 'te', 'publik', 'the', 'sherbime per'];
const ROUNDS = 20;

export async function benchSearch(): Promise<void> {
  console.log(`\nSearch through the API (${QUERIES.length} queries × ${ROUNDS}, 50 hits max), beside a query that finds nothing`);
  for (const size of [100, 400, 1600]) {
    const plan = await planWorkspace(size);
    try {
      // Wall time, and the process's CPU time (which a shared machine's other work does not inflate).
      const time = async (q: string, into: { wall: number[]; cpu: number[] }) => {
        const c = process.cpuUsage();
        const start = performance.now();
        const res = await plan.plani.call('search.query', { q, limit: 50 });
        const ms = performance.now() - start;
        const used = process.cpuUsage(c);
        if (!res.ok) throw new Error(JSON.stringify(res.error));
        into.wall.push(ms);
        into.cpu.push((used.user + used.system) / 1000);
        return (used.user + used.system) / 1000;
      };
      const ours = { wall: [] as number[], cpu: [] as number[] };
      const floor = { wall: [] as number[], cpu: [] as number[] };
      const worst = new Map<string, number>();
      for (let r = 0; r < ROUNDS; r++) {
        for (const q of QUERIES) {
          const cpu = await time(q, ours);
          if (r > 0) worst.set(q, Math.max(worst.get(q) ?? 0, cpu));
          await time('zzqxj', floor);
        }
      }
      for (const kind of ['wall', 'cpu'] as const) {
        ours[kind].sort((a, b) => a - b);
        floor[kind].sort((a, b) => a - b);
        const p99 = percentile(ours[kind], 99);
        const f99 = percentile(floor[kind], 99);
        console.log(row(`search p50 / p99 ${kind}, ${size} commitments`, `${fmtMs(percentile(ours[kind], 50))} / ${fmtMs(p99)}`, `${(p99 / f99).toFixed(1)}× no-hit p99 (${fmtMs(f99)}); < 10 ms`));
      }
      const slowest = [...worst].sort((a, b) => b[1] - a[1])[0]!;
      console.log(row(`  slowest query at ${size} (CPU, after its first run)`, `"${slowest[0]}" ${fmtMs(slowest[1])}`));
    } finally {
      await plan.dispose();
    }
  }
}
