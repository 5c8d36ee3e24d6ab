// Opens the process calendar of 300 items in browser mode, in Debian's
// Chromium, timed with Playwright: from the click on "Kalendari" in the
// navigation until the timeline shows all 300 marks (the list loaded, laid
// out and drawn). Run by calendar.ts; needs `npm run build`.
import { join } from 'node:path';
import { CALENDAR_PHASE_CODES } from '../../shared/cocreation/calendar-phases';
import { launchChromium, serve } from './serve';

/** In the page (a string: the Node-side type-check has no DOM), timed there, as editor-open.ts does. */
const openAndTime = (count: number) => `new Promise((resolve) => {
  const link = [...document.querySelectorAll('nav a')].find((a) => (a.textContent || '').trim() === 'Kalendari');
  const start = performance.now();
  link.click();
  const tick = () => (document.querySelectorAll('[data-testid="timeline-mark"]').length >= ${count} ? resolve(performance.now() - start) : requestAnimationFrame(tick));
  requestAnimationFrame(tick);
})`;

const iso = (day: number) => new Date(Date.UTC(2020, 8, 1) + day * 86_400_000).toISOString().slice(0, 10);

export async function measureCalendarOpen(root: string, items: number, runs = 7): Promise<number[]> {
  const { url, child } = await serve(join(root, 'calendar-ws'), join(root, 'keyring'));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(url);
    const token = await page.locator('meta[name="plani-token"]').getAttribute('content');
    const api = async (method: string, input: unknown) => {
      const res = await page.request.post(new URL(`/api/${method}`, url).toString(), { data: input, headers: { 'X-Plani-Token': token ?? '' } });
      const body = (await res.json()) as { ok: boolean };
      if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body)}`);
    };
    await api('workspace.init', { role: 'poc', institution: 'POC' });
    for (let i = 0; i < items; i++) {
      const start = (i * 7) % 700;
      await api('calendar.create', {
        fields: {
          phase: CALENDAR_PHASE_CODES[i % CALENDAR_PHASE_CODES.length],
          title: { sq: `Veprimtaria ${i} — çështje të hapura`, en: `Item ${i}` },
          start: i % 10 === 0 ? null : iso(start),
          due: iso(start + (i % 30)),
          status: i % 3 === 0 ? 'done' : 'planned',
        },
      });
    }
    await page.goto(`${url.split('?')[0]}#/`);
    await page.reload();
    const samples: number[] = [];
    for (let run = 0; run < runs; run++) {
      await page.getByRole('navigation').getByRole('link', { name: 'Kalendari', exact: true }).waitFor();
      samples.push((await page.evaluate(openAndTime(items))) as number);
      await page.goBack();
      await page.getByRole('heading', { level: 1 }).waitFor();
    }
    return samples;
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
}
