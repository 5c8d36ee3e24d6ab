// Typing a score to seeing the new rank on screen (issue 13), in browser
// mode in Debian's Chromium, on the round of rounds.ts (500 ideas × 8
// criteria × 5 scorers, every cell scored). Playwright types a new value into
// a weighted criterion's cell of the idea ranked first; the time runs in the
// page from the Enter that saves it until the Results tab's first row shows
// the change (that idea's new total, or the idea that overtook it; the page
// opens the tab itself on the next frame, so a person's click is not in the
// figure). Beside it, the floor measured in the same page: Chromium
// laying out a static table of the same 500 rows. Needs `npm run build`.
import { join } from 'node:path';
import { createPlani } from '../../electron/services/app';
import { COMPONENT, setUpRound } from './rounds';
import { launchChromium, serve } from './serve';

/**
 * Armed before Enter is pressed (a string: the Node-side type-check has no DOM). The capture
 * listener on window sees the key before the app does; then every frame is checked until the
 * idea's row in the results shows a total other than before.
 */
const FIRST_ROW = 'tbody tr[data-idea]';
const armed = (before: string, tabId: string) => `new Promise((resolve) => {
  const onKey = (e) => {
    if (e.key !== 'Enter') return;
    window.removeEventListener('keydown', onKey, true);
    const start = performance.now();
    requestAnimationFrame(() => document.getElementById(${JSON.stringify(tabId)}).click());
    const tick = () => {
      const cell = document.querySelector('${FIRST_ROW}');
      if (cell && cell.textContent !== ${JSON.stringify(before)}) resolve(performance.now() - start);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  window.addEventListener('keydown', onKey, true);
  window.__armed = true;
})`;

/** Chromium alone: a static table of the same rows and columns built and laid out in one frame. */
const STATIC_TABLE = `new Promise((resolve) => {
  const start = performance.now();
  const table = document.createElement('table');
  for (let i = 0; i < 500; i++) {
    const tr = table.insertRow();
    for (let c = 0; c < 13; c++) tr.insertCell().textContent = c === 1 ? 'Ideja ' + i + ' për drejtësi të hapur' : String((i * 7 + c) % 5) + ',00';
  }
  document.body.appendChild(table);
  table.getBoundingClientRect();
  requestAnimationFrame(() => {
    const ms = performance.now() - start;
    table.remove();
    resolve(ms);
  });
})`;

export async function measureScoreToRank(root: string, runs = 7): Promise<{ screen: number[]; floor: number[] }> {
  const dir = join(root, 'rounds-ws');
  const keyring = join(root, 'keyring');
  const plani = createPlani({ mode: 'cli', workspaceDir: dir, keyringDir: keyring, onUnexpected: () => {} });
  let roundId: string;
  let order: readonly string[];
  try {
    const init = await plani.call('workspace.init', { role: 'lfp', institution: 'MD' });
    if (!init.ok) throw new Error(JSON.stringify(init.error));
    const round = await setUpRound(plani, await plani.context.workspace());
    roundId = round.roundId;
    order = round.view.round.ideaIds;
  } finally {
    await plani.close();
  }
  const { url, child } = await serve(dir, keyring);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(url);
    await page.goto(`${url.split('?')[0]}#/prioritization/${COMPONENT}/round/${roundId}`);
    await page.reload();
    const tab = (name: string) => page.getByRole('tab', { name });
    const resultsTabId = (await tab('Rezultatet').getAttribute('id'))!;
    const screen: number[] = [];
    const floor: number[] = [];
    for (let run = 0; run < runs; run++) {
      await tab('Rezultatet').click();
      const first = page.locator(FIRST_ROW).first();
      await first.waitFor();
      const before = (await first.textContent()) ?? '';
      const top = order.indexOf((await first.getAttribute('data-idea')) ?? '');
      await tab('Pikët').click();
      // The top idea's fourth column: the first weighted criterion (the three before it are gates).
      const cell = page.getByRole('grid').locator('tr[role=row]').nth(top + 1).locator('td[role=gridcell]').nth(3);
      await cell.click();
      const value = Number((await cell.textContent())?.trim() || '1');
      const measured = page.evaluate(armed(before, resultsTabId));
      await page.waitForFunction('window.__armed === true');
      await page.evaluate('window.__armed = false');
      await page.keyboard.press(String((value % 5) + 1));
      await page.keyboard.press('Enter');
      screen.push((await measured) as number);
      floor.push((await page.evaluate(STATIC_TABLE)) as number);
    }
    return { screen, floor };
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
}
