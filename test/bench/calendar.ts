// The process calendar with 300 items (issue 15: opening the timeline under
// 200 ms): the items written through the contract, then what opening the
// screen costs before the browser draws: calendar.list through the API (read,
// order by process), the timeline's layout and the table's sort, each beside
// a floor measured in the same run (the same rows read by SQLite alone); then
// the whole opening in browser mode, click to the 300 marks drawn
// (calendar-open.ts).
// Figures are printed, never asserted.
//
//   npx tsx test/bench/run.ts calendar     (this case alone, in its own workspace)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createPlani } from '../../electron/services/app';
import { timelineLayout } from '../../renderer/src/calendar/timeline-layout';
import { sortCalendarItems } from '../../renderer/src/calendar/table-sort';
import type { MethodOutput } from '../../shared/api/contract';
import { CALENDAR_PHASE_CODES } from '../../shared/cocreation/calendar-phases';
import { measureCalendarOpen } from './calendar-open';
import { fmtMs, percentile, row } from './stats';

const ITEMS = 300;
const RUNS = 30;

async function median(fn: () => unknown): Promise<number> {
  for (let i = 0; i < 2; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    ms.push(performance.now() - start);
  }
  return percentile(ms.sort((a, b) => a - b), 50);
}

const iso = (day: number) => new Date(Date.UTC(2020, 8, 1) + day * 86_400_000).toISOString().slice(0, 10);

export async function benchCalendar(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'plani-bench-calendar-'));
  const plani = createPlani({ mode: 'cli', workspaceDir: join(root, 'ws'), keyringDir: join(root, 'keyring'), onUnexpected: () => {} });
  try {
    const init = await plani.call('workspace.init', { role: 'poc', institution: 'POC' });
    if (!init.ok) throw new Error(JSON.stringify(init.error));
    for (let i = 0; i < ITEMS; i++) {
      const start = (i * 7) % 700;
      const made = await plani.call('calendar.create', {
        fields: {
          phase: CALENDAR_PHASE_CODES[i % CALENDAR_PHASE_CODES.length]!,
          title: { sq: `Veprimtaria ${i} — çështje të hapura`, en: `Item ${i}` },
          start: i % 10 === 0 ? null : iso(start),
          due: iso(start + (i % 30)),
          status: i % 3 === 0 ? 'done' : 'planned',
        },
      });
      if (!made.ok) throw new Error(JSON.stringify(made.error));
    }
    const ws = await plani.context.workspace();
    const list = async () => {
      const r = await plani.call('calendar.list', {});
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return (r.value as MethodOutput<'calendar.list'>).items;
    };
    const items = await list();
    const today = '2021-06-15';
    const read = await median(list);
    const layout = await median(() => timelineLayout(items, today));
    const sort = await median(() => sortCalendarItems(items, { column: 'due', direction: 'descending' }, 'sq', today));
    const floor = await median(() => ws.store.db.selectFrom('calendar_item').selectAll().execute());
    console.log(`\nProcess calendar: ${items.length} items`);
    console.log(row('calendar.list through the API (median)', fmtMs(read), `${(read / floor).toFixed(1)}× floor`));
    console.log(row('  floor: the same rows read by SQLite alone', fmtMs(floor)));
    console.log(row('timeline layout (median)', fmtMs(layout)));
    console.log(row('table sort by due date (median)', fmtMs(sort)));
    console.log(row('open the timeline before drawing (sum)', fmtMs(read + layout)));
    const opens = (await measureCalendarOpen(root, ITEMS)).sort((a, b) => a - b);
    console.log(row('open the timeline (browser mode), median of 7', fmtMs(percentile(opens, 50)), '< 200 ms'));
    console.log(row('  fastest / slowest', `${fmtMs(opens[0]!)} / ${fmtMs(opens[opens.length - 1]!)}`));
  } finally {
    await plani.close();
    rmSync(root, { recursive: true, force: true });
  }
}
