// Opens commitments with 5 + 3, 30 + 30 and 200 + 200 milestones and
// indicators in browser mode, in Debian's Chromium, and times it with
// Playwright: from the click on the commitment in its component's list until
// the editor shows its last indicator and the quality panel. The 5 + 3 one is
// the floor the others are compared with. Run by run.ts (alone:
// `npx tsx test/bench/run.ts editor-open`); needs `npm run build`.
import { join } from 'node:path';
import { launchChromium, serve } from './serve';
import { row } from './stats';

/**
 * Runs in the page (a string, because the Node-side type-check has no DOM):
 * clicks the commitment, then checks every frame until the last indicator
 * and the quality panel are on screen. Timed inside the page, because
 * Playwright's own waiting polls at growing intervals and would measure its
 * poller rather than the app.
 */
const openAndTime = (title: string, lastIndicator: number) => `new Promise((resolve) => {
  const ready = () =>
    [...document.querySelectorAll('button')].some((b) => /^Treguesi ${lastIndicator}(?!\\d)/.test(b.textContent || '')) &&
    document.querySelector('[data-testid="commitment-quality"]') !== null;
  const link = [...document.querySelectorAll('a')].find((a) => (a.textContent || '') === ${JSON.stringify(title)});
  const start = performance.now();
  link.click();
  const tick = () => (ready() ? resolve(performance.now() - start) : requestAnimationFrame(tick));
  requestAnimationFrame(tick);
})`;

/** The commitments opened: the floor (5 + 3 rows), 30 + 30 and 200 + 200 milestones + indicators. */
export const EDITOR_SIZES = [
  { milestones: 5, indicators: 3 },
  { milestones: 30, indicators: 30 },
  { milestones: 200, indicators: 200 },
] as const;

const titleOf = (size: { milestones: number; indicators: number }) => `Angazhim me ${size.milestones} hapa kyç dhe ${size.indicators} tregues`;

/** Samples (ms) for each of EDITOR_SIZES, opened in turn, `runs` times each. */
export async function measureEditorOpen(root: string, runs = Number(process.env.PLANI_BENCH_RUNS) || 7): Promise<number[][]> {
  const { url, child } = await serve(join(root, 'editor-ws'), join(root, 'keyring'));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(url);
    const token = await page.locator('meta[name="plani-token"]').getAttribute('content');
    const api = async (method: string, input: unknown) => {
      const res = await page.request.post(new URL(`/api/${method}`, url).toString(), { data: input, headers: { 'X-Plani-Token': token ?? '' } });
      const body = (await res.json()) as { ok: boolean; value: { id: string } };
      if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body)}`);
      return body.value;
    };
    await api('workspace.init', { role: 'lfp', institution: 'MD' });
    for (const size of EDITOR_SIZES) {
      const c = await api('commitment.create', { componentCode: 'anti-corruption', title: { sq: titleOf(size), en: `A commitment with ${size.milestones} milestones` } });
      for (let i = 1; i <= Math.max(size.milestones, size.indicators); i++) {
        if (i <= size.milestones) {
          const m = await api('milestone.create', { commitmentId: c.id });
          await api('milestone.update', { id: m.id, changes: { activity: { sq: `Aktiviteti ${i} për përmirësimin`, en: `Activity ${i}` }, startDate: '2021-01-01', endDate: '2021-06-30' } });
        }
        if (i <= size.indicators) {
          const ind = await api('indicator.create', { commitmentId: c.id });
          await api('indicator.update', { id: ind.id, changes: { name: { sq: `Treguesi i çështjes ${i}`, en: `Indicator ${i}` }, baseline: { value: i, year: 2019 } } });
        }
      }
    }
    await page.goto(`${url.split('?')[0]}#/component/anti-corruption`);
    await page.reload();
    const samples: number[][] = EDITOR_SIZES.map(() => []);
    for (let run = 0; run < runs; run++) {
      // The order turns each run, so that what one open leaves behind (garbage to collect after 400 rows) does not always land on the same size.
      for (let j = 0; j < EDITOR_SIZES.length; j++) {
        const k = (j + run) % EDITOR_SIZES.length;
        const size = EDITOR_SIZES[k]!;
        await page.getByRole('link', { name: titleOf(size), exact: true }).waitFor();
        samples[k]!.push((await page.evaluate(openAndTime(titleOf(size), size.indicators))) as number);
        await page.goBack();
      }
    }
    return samples;
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
}

/** The figures, beside the 5 + 3 floor measured in the same run. */
export async function benchEditorOpen(root: string): Promise<void> {
  const samples = await measureEditorOpen(root);
  const n = samples[0]!.length;
  const med = samples.map((xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);
  const [floor, mid, big] = med as [number, number, number];
  console.log(row(`editor open, 5+3 rows (floor), median of ${n} (browser mode)`, `${floor.toFixed(0)} ms`));
  console.log(row(`editor open, 30+30 rows, median of ${n}`, `${mid.toFixed(0)} ms`, `< 200 ms; ${(mid / floor).toFixed(1)}× floor`));
  console.log(row(`editor open, 200+200 rows, median of ${n}`, `${big.toFixed(0)} ms`, `< 400 ms; ${(big / floor).toFixed(1)}× floor`));
  console.log(row('  first opens (5+3 / 30+30 / 200+200)', samples.map((xs) => `${xs[0]!.toFixed(0)}`).join(' / ') + ' ms'));
}
