// Opens a commitment with 30 milestones and 30 indicators in browser mode,
// in Debian's Chromium, and times it with Playwright: from the click on the
// commitment in its component's list until the editor shows its last
// indicator and the quality panel. Run by run.ts; needs `npm run build`.
import { join } from 'node:path';
import { launchChromium, serve } from './serve';

/**
 * Runs in the page (a string, because the Node-side type-check has no DOM):
 * clicks the commitment, then checks every frame until the last indicator
 * and the quality panel are on screen. Timed inside the page, because
 * Playwright's own waiting polls at growing intervals and would measure its
 * poller rather than the app.
 */
const OPEN_AND_TIME = `new Promise((resolve) => {
  const ready = () =>
    [...document.querySelectorAll('button')].some((b) => /^Treguesi 30(?!\\d)/.test(b.textContent || '')) &&
    document.querySelector('[data-testid="commitment-quality"]') !== null;
  const link = [...document.querySelectorAll('a')].find((a) => (a.textContent || '').includes('Angazhim me 30 hapa kyç'));
  const start = performance.now();
  link.click();
  const tick = () => (ready() ? resolve(performance.now() - start) : requestAnimationFrame(tick));
  requestAnimationFrame(tick);
})`;

export async function measureEditorOpen(root: string, runs = 7): Promise<number[]> {
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
    const c = await api('commitment.create', { componentCode: 'anti-corruption', title: { sq: 'Angazhim me 30 hapa kyç', en: 'A commitment with 30 milestones' } });
    for (let i = 1; i <= 30; i++) {
      const m = await api('milestone.create', { commitmentId: c.id });
      await api('milestone.update', { id: m.id, changes: { activity: { sq: `Aktiviteti ${i} për përmirësimin`, en: `Activity ${i}` }, startDate: '2021-01-01', endDate: '2021-06-30' } });
      const ind = await api('indicator.create', { commitmentId: c.id });
      await api('indicator.update', { id: ind.id, changes: { name: { sq: `Treguesi i çështjes ${i}`, en: `Indicator ${i}` }, baseline: { value: i, year: 2019 } } });
    }
    await page.goto(`${url.split('?')[0]}#/component/anti-corruption`);
    await page.reload();
    const samples: number[] = [];
    for (let run = 0; run < runs; run++) {
      const link = page.getByRole('link', { name: 'Angazhim me 30 hapa kyç' });
      await link.waitFor();
      const ms = (await page.evaluate(OPEN_AND_TIME)) as number;
      samples.push(ms);
      await page.goBack();
    }
    return samples;
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
}
