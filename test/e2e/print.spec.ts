// Print / Export PDF through the real UI in browser mode. An LFP (MD) with a
// drafted commitment opens the screen with Ctrl+P, generates its bilingual
// action plan with Ctrl+Enter, watches the progress, sees the first pages
// drawn by pdf.js on canvases, and saves the PDF, which is read back. The
// POC generates the consolidated plan (many units: the bar counts them),
// cancels one run, and leaving the screen cancels another. Throughout, the
// strict CSP must hold: no violation in the page or in pdf.js's worker. Word
// is a second format: the button saves the .docx, which is read back.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page, Route } from '@playwright/test';
import { docxParts, paragraphsOf } from '../helpers/docx-xml';
import { extractPdf } from '../helpers/pdf-text';
import { syntheticPlan } from '../fixtures/synthetic-plan';
import { cli, expect, startServer, test } from './fixtures';

interface Seeded {
  dir: string;
  workspace: string;
  keyring: string;
}

/** A workspace made with the real CLI and filled from an interchange file. */
function seededWorkspace(role: 'lfp' | 'poc', institution: string, plan: ReturnType<typeof syntheticPlan>): Seeded {
  const dir = mkdtempSync(join(tmpdir(), `plani-e2e-print-${role}-`));
  const workspace = join(dir, 'workspace');
  const keyring = join(dir, 'keyring');
  const env = { ...process.env, PLANI_KEYRING_DIR: keyring };
  cli(['init', '--role', role, '--institution', institution, '--workspace', workspace], env);
  const file = join(dir, 'plan.json');
  writeFileSync(file, JSON.stringify(plan));
  cli(['plan', 'import', file, '--workspace', workspace], env);
  return { dir, workspace, keyring };
}

// The little of the page's DOM the helpers below use: they run in the page,
// and this file is type-checked without the DOM library.
interface PageGlobals {
  __csp: string[];
  __progress: string[];
  document: {
    body: unknown;
    addEventListener(type: 'securitypolicyviolation', fn: (e: { violatedDirective: string; blockedURI: string; sourceFile: string; lineNumber: number; columnNumber: number }) => void): void;
    querySelector(selector: string): { textContent: string | null } | null;
  };
  MutationObserver: new (fn: () => void) => { observe(target: unknown, options: Record<string, boolean>): void };
}
interface CanvasLike {
  width: number;
  height: number;
  clientWidth: number;
  ownerDocument: { defaultView: { devicePixelRatio: number } | null };
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null;
}

/**
 * Collects every CSP violation (reported to the page as an event, and by
 * Chromium as a console error) and every console error, in the page and in
 * its workers (pdf.js draws in one).
 */
async function watchConsole(page: Page): Promise<{ errors: string[]; workers: string[]; violations: () => Promise<string[]> }> {
  const errors: string[] = [];
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('worker', (w) => w.on('console', (m) => m.type() === 'error' && errors.push(`[worker] ${m.text()}`)));
  await page.addInitScript(() => {
    const g = globalThis as unknown as PageGlobals;
    const list: string[] = [];
    g.__csp = list;
    g.document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
  });
  return { errors, workers, violations: () => page.evaluate(() => (globalThis as unknown as PageGlobals).__csp.slice()) };
}

/**
 * Holds pdf.result while a hold is on, so the progress stays on screen for as
 * long as the test needs to look at it, however fast the machine renders.
 * `hold()` returns the release.
 */
async function resultGate(page: Page): Promise<{ hold(): () => void }> {
  let gate: Promise<void> = Promise.resolve();
  await page.route('**/api/pdf.result', async (route: Route) => {
    await gate;
    await route.continue();
  });
  return {
    hold() {
      let release!: () => void;
      gate = new Promise<void>((resolve) => (release = resolve));
      return release;
    },
  };
}

/** Every text the progress area shows from now on, in order (the bar moves faster than a test can poll). */
async function recordProgress(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const g = globalThis as unknown as PageGlobals;
    const seen: string[] = [];
    g.__progress = seen;
    new g.MutationObserver(() => {
      const text = g.document.querySelector('[data-testid="print-progress"]')?.textContent ?? '';
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    }).observe(g.document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (globalThis as unknown as PageGlobals).__progress.slice());
}

/** Share of a canvas's pixels that are not white: a drawn page has text and rules on it. */
type Watch = Awaited<ReturnType<typeof watchConsole>>;
type Gate = Awaited<ReturnType<typeof resultGate>>;

/**
 * What each print test runs in: the seeded workspace served, the page's
 * console and the print results watched, the app open. The run must end with
 * no CSP violation and no console error; the server and the folder go after it.
 */
async function printScene(
  page: Page,
  seeded: Seeded,
  run: (scene: { server: { url: string }; watch: Watch; results: Gate; nav: Locator }) => Promise<void>,
): Promise<void> {
  const server = await startServer(seeded.workspace, seeded.keyring);
  try {
    const watch = await watchConsole(page);
    const results = await resultGate(page);
    await page.goto(server.url);
    await run({ server, watch, results, nav: page.getByRole('navigation', { name: 'Komponentët e planit' }) });
    expect(await watch.violations()).toEqual([]);
    expect(watch.errors).toEqual([]);
  } finally {
    server.child.kill('SIGTERM');
    rmSync(seeded.dir, { recursive: true, force: true });
  }
}

function inkOf(page: Page, index: number): Promise<number> {
  return inkOfCanvas(page.getByTestId('print-preview').locator('canvas').nth(index));
}

function inkOfCanvas(canvas: Locator): Promise<number> {
  return canvas.evaluate((node) => {
    const c = node as unknown as CanvasLike;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) ink++;
    return ink / (c.width * c.height);
  });
}

test('an LFP prints its bilingual action plan with the keyboard, sees the first pages and saves the PDF', async ({ page }) => {
  test.setTimeout(120_000);
  const plan = syntheticPlan({ commitments: 2, milestonesPer: 3, indicatorsPer: 2, ideas: 0, events: 0, comments: 0, calendar: 0, owner: 'MD', seed: 'e2e-print' });
  // MD leads Anti-Corruption (1) and Access to Justice (3): the first is its default.
  const own = 'anti-corruption';
  const commitment = plan.commitments.find((c) => c.componentCode === own)!;
  await printScene(page, seededWorkspace('lfp', 'MD', plan), async ({ server, watch, results, nav }) => {
    await expect(nav.getByRole('link', { name: /Printimi \(PDF\)/ })).toBeVisible();

    await test.step('Ctrl+P opens the screen with the LFP defaults', async () => {
      await page.locator('h1').first().click();
      await page.keyboard.press('Control+P');
      await expect(page).toHaveURL(/#\/print$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Printimi dhe eksporti PDF' })).toBeFocused();
      await expect(nav.getByRole('link', { name: /Printimi \(PDF\)/ })).toHaveAttribute('aria-current', 'page');
      // Its own component's action plan, in both languages; document names as printed on the paper.
      await expect(page.getByRole('radio', { name: 'Aneksi VI/VII — Plani i veprimit' })).toBeChecked();
      await expect(page.getByRole('radio', { name: 'Dygjuhësh (shqip dhe anglisht)' })).toBeChecked();
      await expect(page.getByRole('combobox', { name: 'Komponenti' })).toHaveValue(own);
      for (const name of ['Aneksi III — Institucionet udhëheqëse sipas komponentit', 'Aneksi V — Kalendari i procesit të finalizimit', 'Aneksi IX — Treguesit', 'Matrica e prioritizimit', 'Raporti i konsultimit', 'Plani kombëtar i veprimit']) {
        await expect(page.getByRole('radio', { name })).toBeVisible();
      }
    });

    await test.step('Ctrl+Enter generates: progress, then the first pages drawn', async () => {
      const release = results.hold();
      await page.keyboard.press('Control+Enter');
      const progress = page.getByTestId('print-progress');
      await expect(progress.getByRole('progressbar')).toBeVisible();
      await expect(progress.getByRole('button', { name: 'Anulo' })).toBeEnabled();
      await expect(page.getByRole('button', { name: 'Përgatit PDF-në' })).toBeDisabled();
      // The job has finished rendering; its file waits behind the held pdf.result.
      await expect(progress).toHaveAttribute('data-phase', 'fetching');
      await expect(progress).toContainText('Po merret skedari…');
      release();

      const summary = page.getByTestId('print-summary');
      await expect(summary).toBeVisible();
      await expect(progress).toHaveCount(0);
      const pages = Number(await summary.getAttribute('data-pages'));
      expect(pages).toBeGreaterThanOrEqual(1);
      await expect(summary).toContainText(`${pages} faqe`);
      await expect(summary).toContainText(/Madhësia: \d+ KB/);
      await expect(summary).toContainText('plan-2020-2022-');
      const preview = page.getByTestId('print-preview');
      await expect(preview).toHaveAttribute('data-state', 'drawn', { timeout: 20_000 });
      const shown = Math.min(3, pages);
      await expect(preview.locator('canvas')).toHaveCount(shown);
      await expect(preview.getByRole('button', { name: `Faqja 1 nga ${pages} — zmadho` })).toBeVisible();
      await expect(preview.locator('figcaption').first()).toHaveText(`Faqja 1 nga ${pages}`);
      for (let i = 0; i < shown; i++) expect(await inkOf(page, i), `page ${i + 1} has ink`).toBeGreaterThan(0.002);
      // Drawn in pdf.js's worker, a file of our own build (not the main-thread fallback).
      expect(watch.workers.some((url) => url.startsWith(new URL(server.url).origin) && /\/assets\/pdf\.worker[^/]*\.mjs$/.test(url))).toBe(true);
      await page.screenshot({ path: 'test-results/artifacts/print-screen.png' });
    });

    await test.step('Enter on a thumbnail opens the page large enough to read; ← → move, Escape closes', async () => {
      const pages = Number(await page.getByTestId('print-summary').getAttribute('data-pages'));
      expect(pages, 'two pages at least, to move between them').toBeGreaterThanOrEqual(2);
      const thumb = page.getByTestId('print-preview').getByRole('button', { name: `Faqja 1 nga ${pages} — zmadho` });
      await thumb.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: `Faqja 1 nga ${pages}` });
      await expect(dialog).toBeVisible();
      // The dialog's name follows the page; the canvas is found by role within whichever page it shows.
      const big = page.getByRole('dialog').getByRole('img');
      await expect(big).toHaveAttribute('data-state', 'drawn', { timeout: 20_000 });
      await expect(big).toHaveAttribute('data-page', '1');
      await expect(big).toHaveAccessibleName(`Faqja 1 nga ${pages}`);
      // Fitted to the dialog (well over the thumbnails' ~190 px) and drawn at the screen's density.
      const box = (await big.boundingBox())!;
      expect(box.width).toBeGreaterThan(700);
      const drawn = await big.evaluate((node) => {
        const c = node as unknown as CanvasLike;
        return { pixels: c.width, css: c.clientWidth, ratio: c.ownerDocument.defaultView?.devicePixelRatio ?? 1 };
      });
      expect(drawn.pixels).toBeGreaterThanOrEqual(Math.floor(drawn.css * drawn.ratio));
      expect(await inkOfCanvas(big), 'the large page has ink').toBeGreaterThan(0.002);
      await expect(dialog.getByRole('button', { name: 'Faqja e mëparshme' })).toBeDisabled();
      await expect(dialog).toContainText('← → ndërrojnë faqen · Esc e mbyll');
      await page.screenshot({ path: 'test-results/artifacts/print-page-dialog.png', animations: 'disabled' });

      await page.keyboard.press('ArrowRight');
      await expect(page.getByRole('dialog', { name: `Faqja 2 nga ${pages}` })).toBeVisible();
      await expect(big).toHaveAttribute('data-page', '2');
      await expect(big).toHaveAttribute('data-state', 'drawn');
      expect(await inkOfCanvas(big), 'page 2 has ink').toBeGreaterThan(0.002);
      await page.keyboard.press('PageUp');
      await expect(big).toHaveAttribute('data-page', '1');
      await page.keyboard.press('PageDown');
      await expect(big).toHaveAttribute('data-page', '2');
      await expect(page.getByRole('dialog', { name: `Faqja 2 nga ${pages}` })).toBeVisible();

      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect(thumb).toBeFocused();

      // A click opens the page clicked; the Close button closes and gives the focus back to it.
      const second = page.getByTestId('print-preview').getByRole('button', { name: `Faqja 2 nga ${pages} — zmadho` });
      await second.click();
      await expect(page.getByRole('dialog', { name: `Faqja 2 nga ${pages}` })).toBeVisible();
      await page.getByRole('dialog').getByRole('button', { name: 'Mbyll' }).click();
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect(second).toBeFocused();
    });

    await test.step('Save PDF… downloads the file the service built', async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ruaj PDF-në…' }).click()]);
      expect(download.suggestedFilename()).toBe(`plan-2020-2022-${commitment.componentCode}-action-plan-bilingual.pdf`);
      const bytes = readFileSync((await download.path())!);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pdf = await extractPdf(bytes);
      const text = pdf.pages.join('\n').replace(/\s+/g, ' ');
      expect(text).toContain(commitment.title.sq.replace(/\s+/g, ' '));
      expect(text).toContain(commitment.title.en.replace(/\s+/g, ' '));
      expect(pdf.pages.length).toBe(Number(await page.getByTestId('print-summary').getAttribute('data-pages')));
    });

    await test.step('in English, the screen and its messages follow the interface language', async () => {
      await page.getByRole('group', { name: 'Gjuha' }).getByRole('button', { name: 'English' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Print and export PDF' })).toBeVisible();
      await expect(page.getByRole('radio', { name: 'Annex VI/VII — Action plan' })).toBeChecked();
      await expect(page.getByRole('radio', { name: 'Bilingual (Albanian and English)' })).toBeChecked();
      await page.getByRole('radio', { name: 'English', exact: true }).check();
      await page.getByRole('button', { name: 'Generate PDF' }).click();
      const summary = page.getByTestId('print-summary');
      await expect(summary).toContainText(/\d+ pages?/);
      await expect(summary).toContainText(`plan-2020-2022-${own}-action-plan-en.pdf`);
      await expect(page.getByTestId('print-preview')).toHaveAttribute('data-state', 'drawn', { timeout: 20_000 });
      await expect(page.getByTestId('print-preview').locator('figcaption').first()).toHaveText(/^Page 1 of \d+$/);
      await expect(page.getByRole('button', { name: 'Save PDF…' })).toBeVisible();
    });
  });
});

test('the POC generates the consolidated plan with a counted progress bar, can cancel, and leaving cancels', async ({ page }) => {
  test.setTimeout(180_000);
  const plan = syntheticPlan({ commitments: 40, milestonesPer: 4, indicatorsPer: 2, seed: 'e2e-print-poc' });
  await printScene(page, seededWorkspace('poc', 'POC', plan), async ({ nav, results }) => {
    await nav.getByRole('link', { name: /Printimi \(PDF\)/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Printimi dhe eksporti PDF' })).toBeFocused();
    await expect(page.getByRole('radio', { name: 'Plani kombëtar i veprimit' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Dygjuhësh (shqip dhe anglisht)' })).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Komponenti' })).toHaveValue('');
    const generate = page.getByRole('button', { name: 'Përgatit PDF-në' });
    const progress = page.getByTestId('print-progress');

    await test.step('Cancel stops a run and tells the service', async () => {
      // Held, so the run cannot finish before Cancel is pressed, however fast the machine.
      const release = results.hold();
      await generate.click();
      await expect(progress.getByRole('progressbar')).toBeVisible();
      const cancelled = page.waitForRequest('**/api/pdf.cancel');
      await progress.getByRole('button', { name: 'Anulo' }).click();
      await cancelled;
      await expect(page.getByTestId('print-cancelled')).toContainText('Përgatitja u anulua.');
      await expect(progress).toHaveCount(0);
      await expect(generate).toBeEnabled();
      release();
    });

    await test.step('a full run counts its units, then shows the preview', async () => {
      const release = results.hold();
      const seen = await recordProgress(page);
      await generate.click();
      await expect(progress.getByRole('progressbar')).toBeVisible();
      await expect(progress).toHaveAttribute('data-phase', 'fetching', { timeout: 60_000 });
      // The consolidated plan has many units: the bar said how many were done, counting up.
      const counts = (await seen()).flatMap((text) => {
        const m = /(\d+) nga (\d+)/.exec(text);
        return m ? [[Number(m[1]), Number(m[2])] as const] : [];
      });
      expect(counts.length, (await seen()).join(' | ')).toBeGreaterThan(0);
      for (const [i, [done, total]] of counts.entries()) {
        expect(done).toBeLessThanOrEqual(total);
        if (i > 0) expect(done).toBeGreaterThanOrEqual(counts[i - 1]![0]);
      }
      expect(counts[0]![1]).toBeGreaterThan(40);
      await expect(progress.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
      await page.screenshot({ path: 'test-results/artifacts/print-progress-poc.png' });
      release();
      await expect(page.getByTestId('print-preview')).toHaveAttribute('data-state', 'drawn', { timeout: 30_000 });
      const pages = Number(await page.getByTestId('print-summary').getAttribute('data-pages'));
      expect(pages).toBeGreaterThan(3);
      await expect(page.getByTestId('print-preview').locator('canvas')).toHaveCount(3);
      await expect(page.getByText(`Shfaqen 3 faqet e para nga ${pages}.`)).toBeVisible();
      await page.screenshot({ path: 'test-results/artifacts/print-screen-poc.png' });

      // The last previewed page, enlarged: moving on stops there, and the dialog says why.
      const third = page.getByTestId('print-preview').getByRole('button', { name: `Faqja 3 nga ${pages} — zmadho` });
      await third.click();
      const dialog = page.getByRole('dialog', { name: `Faqja 3 nga ${pages}` });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('img')).toHaveAttribute('data-state', 'drawn', { timeout: 20_000 });
      await expect(dialog).toContainText('Këtu shfaqen vetëm 3 faqet e para. Ruajeni PDF-në për t’i parë të gjitha.');
      await expect(dialog.getByRole('button', { name: 'Faqja tjetër' })).toBeDisabled();
      await page.keyboard.press('ArrowRight');
      await expect(page.getByRole('dialog', { name: `Faqja 3 nga ${pages}` })).toBeVisible();
      await expect(dialog.getByRole('img')).toHaveAttribute('data-page', '3');
      // Ctrl+Enter does not start a new file behind the open page.
      const starts: string[] = [];
      const onRequest = (r: { url(): string }) => r.url().endsWith('/api/pdf.start') && starts.push(r.url());
      page.on('request', onRequest);
      await page.keyboard.press('Control+Enter');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect(third).toBeFocused();
      await expect(page.getByTestId('print-summary')).toBeVisible();
      await expect(page.getByTestId('print-progress')).toHaveCount(0);
      page.off('request', onRequest);
      expect(starts).toEqual([]);
    });

    await test.step('leaving the screen cancels a running job', async () => {
      const release = results.hold();
      await generate.click();
      await expect(progress.getByRole('progressbar')).toBeVisible();
      const cancelled = page.waitForRequest('**/api/pdf.cancel');
      await nav.getByRole('link', { name: 'Përmbledhja e planit' }).click();
      const request = await cancelled;
      expect(request.postDataJSON()).toMatchObject({ jobId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      release();
    });

    await test.step('a job that fails on the service is reported in the interface language', async () => {
      // The service's answer is replaced by the one a crashed render gives.
      await page.route('**/api/pdf.status', async (route: Route) => {
        const { jobId } = route.request().postDataJSON() as { jobId: string };
        await route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({ ok: true, value: { jobId, state: 'failed', done: 0, total: 0, pages: null, bytes: null, error: 'internal' } }),
        });
      });
      await page.keyboard.press('Control+P');
      await expect(page.getByRole('heading', { level: 1, name: 'Printimi dhe eksporti PDF' })).toBeFocused();
      await page.keyboard.press('Control+Enter');
      const error = page.getByTestId('print-error');
      await expect(error).toHaveAttribute('data-code', 'internal');
      await expect(error).toContainText('PDF-ja nuk u përgatit');
      await expect(error).toContainText('Ndodhi një gabim i papritur. Asgjë nuk humbi; provoni përsëri.');
      await expect(progress).toHaveCount(0);
      await expect(generate).toBeEnabled();
      await page.unroute('**/api/pdf.status');
    });
  });
});

test('the final print is offered only when ready: the Print screen lists what stands in the way, each a link to it', async ({ page }) => {
  test.setTimeout(120_000);
  const plan = syntheticPlan({ commitments: 2, milestonesPer: 2, indicatorsPer: 1, ideas: 0, events: 0, comments: 0, calendar: 0, owner: 'MD', seed: 'e2e-gate' });
  const own = 'anti-corruption';
  const index = plan.commitments.findIndex((c) => c.componentCode === own);
  const target = plan.commitments[index]!;
  // Its English title left empty: a blocking finding on top of the POC's missing decision.
  plan.commitments[index] = { ...target, title: { ...target.title, en: '' } };
  const label = `${target.planNumber ? `${target.planNumber} ` : ''}${target.title.sq}`;
  await printScene(page, seededWorkspace('lfp', 'MD', plan), async ({ nav }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await nav.getByRole('link', { name: /Printimi \(PDF\)/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Printimi dhe eksporti PDF' })).toBeFocused();

    const modes = page.getByRole('radiogroup', { name: 'Versioni' });
    await expect(modes.getByRole('radio', { name: 'Projekt' })).toBeChecked();
    const final = modes.getByRole('radio', { name: 'Përfundimtar' });
    await expect(final).toBeDisabled();
    // Disabled, and explained: the group's description says why and how many.
    await expect(modes).toHaveAccessibleDescription(/^Ende jo: e pengojnë \d+ çështje/);
    // Generate stays within reach at 1366×768.
    await expect(page.getByRole('button', { name: 'Përgatit PDF-në' })).toBeInViewport();

    const list = page.getByRole('region', { name: 'Çfarë pengon printimin përfundimtar' });
    const items = list.getByRole('listitem');
    const undecided = items.filter({ hasText: 'Ende i papranuar nga POC-ja (statusi: Draft)' });
    await expect(undecided).toHaveCount(1);
    await expect(undecided.getByRole('link')).toHaveText(label);
    const finding = items.filter({ has: page.getByRole('link', { name: `${label} · Titulli (anglisht)` }) });
    await expect(finding).toHaveCount(1);
    await page.screenshot({ path: 'test-results/artifacts/print-readiness-sq.png' });
    await list.screenshot({ path: 'test-results/artifacts/print-readiness-list-sq.png' });
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // "See what stands in the way" moves to the list, by keyboard.
    await page.getByRole('button', { name: 'Shih listën' }).focus();
    await page.keyboard.press('Enter');
    await expect(list).toBeFocused();

    // The finding's link lands on the field, as the quality page's do.
    await finding.getByRole('link').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#/component/${own}/commitment/${target.id}\\?focus=`));
    await expect(page.getByLabel('Titulli (anglisht)', { exact: true })).toBeFocused();

    // Back on the screen, the commitment's own line opens the commitment.
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Printimi dhe eksporti PDF' })).toBeVisible();
    await page.getByRole('region', { name: 'Çfarë pengon printimin përfundimtar' }).getByRole('link', { name: label, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#/component/${own}/commitment/${target.id}$`));
    await expect(page.getByLabel('Titulli (shqip)', { exact: true })).toHaveValue(target.title.sq);

    // The same in English.
    await page.getByRole('group', { name: 'Gjuha' }).getByRole('button', { name: 'English' }).click();
    await page.getByRole('navigation', { name: 'Plan components' }).getByRole('link', { name: /Print \(PDF\)/ }).click();
    const modesEn = page.getByRole('radiogroup', { name: 'Version' });
    await expect(modesEn.getByRole('radio', { name: 'Final' })).toBeDisabled();
    await expect(modesEn).toHaveAccessibleDescription(/^Not yet: \d+ items stand in the way/);
    await expect(page.getByRole('button', { name: 'Generate PDF' })).toBeInViewport();
    await expect(page.getByRole('region', { name: 'What stands in the way of the final print' }).getByRole('listitem').filter({ hasText: 'Not accepted by the POC yet (status: Draft)' })).toHaveCount(1);
    await page.screenshot({ path: 'test-results/artifacts/print-readiness-en.png' });
  });
});

test('Word is a second format: the button saves the .docx in browser mode, read back, by keyboard at 1366×768', async ({ page }) => {
  test.setTimeout(120_000);
  const plan = syntheticPlan({ commitments: 2, milestonesPer: 2, indicatorsPer: 1, ideas: 0, events: 0, comments: 0, calendar: 0, owner: 'MD', seed: 'e2e-docx' });
  const own = 'anti-corruption';
  const commitment = plan.commitments.find((c) => c.componentCode === own)!;
  await printScene(page, seededWorkspace('lfp', 'MD', plan), async ({ nav }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await nav.getByRole('link', { name: /Printimi \(PDF\)/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Printimi dhe eksporti PDF' })).toBeFocused();
    const word = page.getByRole('radio', { name: 'Word (.docx)' });

    await test.step('Word is offered for every document', async () => {
      for (const name of ['Aneksi V — Kalendari i procesit të finalizimit', 'Matrica e prioritizimit', 'Aneksi VI/VII — Plani i veprimit']) {
        await page.getByRole('radio', { name }).check();
        await expect(word).toBeEnabled();
      }
    });

    await test.step('chosen by keyboard, the button saves the Word file: no preview', async () => {
      await page.getByRole('radio', { name: 'PDF', exact: true }).focus();
      await page.keyboard.press('ArrowRight');
      await expect(word).toBeChecked();
      const save = page.getByRole('button', { name: 'Ruaj si Word' });
      await expect(save).toBeInViewport();
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+Enter')]);
      expect(download.suggestedFilename()).toBe(`plan-2020-2022-${own}-action-plan-bilingual.docx`);
      await expect(page.getByTestId('docx-saved')).toContainText(`plan-2020-2022-${own}-action-plan-bilingual.docx`);
      await expect(page.getByTestId('print-preview').locator('canvas')).toHaveCount(0);
      const parts = docxParts(readFileSync((await download.path())!));
      const body = paragraphsOf(parts.get('word/document.xml')!);
      const heading = body.find((p) => p.style === 'Heading3')!;
      expect(heading.text).toBe(`${commitment.planNumber ?? ''} ${commitment.title.sq}${commitment.title.en}`.trimStart());
      expect(body.map((p) => p.text)).toContain(commitment.milestones[0]!.activity.sq);
      expect(body.map((p) => p.text)).toContain(commitment.milestones[0]!.activity.en);
      const headers = [...parts].filter(([name]) => name.startsWith('word/header')).map(([, xml]) => paragraphsOf(xml).map((p) => p.text).join(''));
      expect(headers).toContain('PROJEKT / DRAFT');
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
      await page.screenshot({ path: 'test-results/artifacts/print-word.png' });
    });

    await test.step('in English', async () => {
      await page.getByRole('group', { name: 'Gjuha' }).getByRole('button', { name: 'English' }).click();
      await expect(page.getByRole('radio', { name: 'Word (.docx)' })).toBeChecked();
      await page.getByRole('radio', { name: 'English', exact: true }).check();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as Word' }).click()]);
      expect(download.suggestedFilename()).toBe(`plan-2020-2022-${own}-action-plan-en.docx`);
      await expect(page.getByTestId('docx-saved')).toContainText('Saved plan-2020-2022-');
    });
  });
});
