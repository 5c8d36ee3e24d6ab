// The POC feedback framework's round trip through the real UI and real
// signed bundles, with two workspaces: an LFP (MD) made with the real CLI,
// and the POC in the browser. The POC imports MD's commitment, starts the
// framework below it, rates one check "partly met" with a required action and
// a due date already past, and follows it on its overview; the feedback
// bundle brings it to MD, who replies and marks it resolved; MD's next bundle
// shows the reply before the POC applies it, and the overview counts it
// resolved. The panel and the overview go through axe in Albanian and English.
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoSeriousAxeFindings } from './axe';
import { cli, expect, startServer, test } from './fixtures';
import { cliLfpWorkspace, createWorkspace } from './steps';

const nav = (page: Page) => page.getByRole('navigation', { name: /Komponentët e planit|Plan components/ });
const language = async (page: Page, to: 'English' | 'Shqip') => page.getByRole('group', { name: /^(Gjuha|Language)$/ }).getByRole('button', { name: to }).click();
const base = (url: string) => url.split('#')[0]!;

/** Picks the file for the import page, checks the preview and applies it; `code` when the signer is not yet trusted. */
async function importBundle(page: Page, label: string, file: string, code: string | null, preview?: () => Promise<void>) {
  await page.getByLabel(label, { exact: true }).setInputFiles(file);
  await expect(page.getByTestId('bundle-signer')).toBeVisible();
  await preview?.();
  if (code) {
    await page.getByLabel('Kodi që ju lexuan').fill(code);
    await page.getByRole('button', { name: 'Verifiko dhe regjistro' }).click();
    await page.getByRole('button', { name: 'Zbato dhe regjistro çelësin' }).click();
  } else {
    await page.getByRole('button', { name: 'Zbato paketën' }).click();
  }
  await expect(page.getByTestId('bundle-applied')).toHaveAttribute('data-result', 'applied');
}

test('the POC rates a commitment “partly met” with a required action and a due date; the LFP replies and resolves it; the POC sees it resolved', async ({ page, plani, browser }) => {
  test.setTimeout(300_000);
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  const lfp = cliLfpWorkspace('e2e-feedback');
  let lfpServer: { url: string; child: ChildProcess } | null = null;
  const commitmentHash = `#/component/${lfp.componentCode}/commitment/${lfp.commitmentId}`;
  try {
    const submission1 = join(lfp.dir, 'MD-1.plani');
    cli(['bundle', 'export', '--out', submission1, '--workspace', lfp.workspace], lfp.env);
    const lfpCode = (JSON.parse(cli(['key', 'show', '--json', '--workspace', lfp.workspace], lfp.env)) as { safetyCode: string }).safetyCode;

    await createWorkspace(page, plani.url, { role: 'poc', institution: 'POC' });
    await nav(page).getByRole('link', { name: 'Importo paketë' }).click();
    await importBundle(page, 'Skedari i paketës', submission1, lfpCode);

    const panel = page.getByTestId('feedback-panel');
    const third = panel.getByTestId('feedback-item').nth(2);
    await test.step('the POC starts the framework below the commitment and rates one check partly met', async () => {
      await page.goto(`${base(plani.url)}${commitmentHash}`);
      await expect(panel.getByRole('heading', { name: 'Korniza e vërejtjeve të POC-së' })).toBeVisible();
      await panel.getByRole('button', { name: 'Fillo vërejtjet' }).click();
      await expect(panel.getByTestId('feedback-item')).toHaveCount(7);
      await panel.getByTestId('feedback-item').first().getByRole('radio', { name: 'Përmbushet', exact: true }).check();
      await third.getByRole('radio', { name: 'Përmbushet pjesërisht' }).check();
      await third.getByRole('textbox', { name: 'Komenti (shqip)' }).fill('Dy komente nuk kanë arsye.');
      await third.getByRole('textbox', { name: 'Veprimi i kërkuar (shqip)' }).fill('Shtoni arsyen për çdo koment.');
      await third.getByRole('textbox', { name: 'Veprimi i kërkuar (anglisht)' }).fill('Add the reason for every comment.');
      await third.getByRole('textbox', { name: 'Afati' }).fill('15.01.2025');
      await third.getByRole('textbox', { name: 'Afati' }).press('Tab');
      await panel.getByRole('textbox', { name: 'Vlerësimi i përgjithshëm (shqip)' }).fill('Raporti është i plotë, përveç arsyeve.');
      await expect(panel.locator('[data-save-state="saved"]')).toBeVisible();
      // Past its due date: overdue, said in words with its icon.
      await expect(third.locator('[data-state="overdue"]')).toHaveText('Gjendja: Afati ka kaluar');
      await expect(panel.getByTestId('feedback-counts')).toContainText('1 me afat të kaluar');
      await expectNoSeriousAxeFindings(page, 'the POC’s feedback panel (sq)');

      // Saved: a reload shows every value again.
      await page.reload();
      await expect(third.getByRole('radio', { name: 'Përmbushet pjesërisht' })).toBeChecked();
      await expect(third.getByRole('textbox', { name: 'Veprimi i kërkuar (anglisht)' })).toHaveValue('Add the reason for every comment.');
      await expect(third.getByRole('textbox', { name: 'Afati' })).toHaveValue('15.01.2025');
      await panel.screenshot({ path: 'test-results/artifacts/feedback-panel-poc-sq.png' });
    });

    await test.step('the POC’s overview counts it per institution and links to the commitment', async () => {
      await nav(page).getByRole('link', { name: 'Ndjekja e vërejtjeve' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Vërejtjet e POC-së sipas institucionit' })).toBeVisible();
      const md = page.locator('[data-testid="feedback-institution"][data-institution="MD"]');
      await expect(md.locator('li[data-state="overdue"]')).toHaveAttribute('data-count', '1');
      await expect(md.locator('li[data-state="resolved"]')).toHaveAttribute('data-count', '0');
      await expect(md.getByTestId('feedback-entry')).toContainText('Çdo koment është regjistruar me vendimin dhe arsyen');
      await page.screenshot({ path: 'test-results/artifacts/feedback-overview-sq.png' });
      await expectNoSeriousAxeFindings(page, 'the POC’s feedback overview (sq)');
      await language(page, 'English');
      await expect(page.getByRole('heading', { level: 1, name: 'POC feedback by institution' })).toBeVisible();
      await expect(md.getByTestId('feedback-entry')).toContainText('Status: Overdue');
      await expectNoSeriousAxeFindings(page, 'the POC’s feedback overview (en)');
      await md.getByTestId('feedback-entry').getByRole('link').click();
      await expect(panel.getByRole('heading', { name: 'POC feedback framework' })).toBeVisible();
      await expect(third.getByRole('radio', { name: 'Partly met' })).toBeChecked();
      await expectNoSeriousAxeFindings(page, 'the POC’s feedback panel (en)');
      await language(page, 'Shqip');
    });

    // The feedback bundle for MD, and the POC's code read to MD.
    await nav(page).getByRole('link', { name: 'Plani i konsoliduar' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Eksporto vërejtjet: Ministria e Drejtësisë' }).click();
    const feedbackFile = join(lfp.dir, 'feedback-1.plani');
    await (await downloading).saveAs(feedbackFile);
    await nav(page).getByRole('link', { name: 'Çelësi dhe besimi' }).click();
    const pocCode = (await page.getByTestId('own-safety-code').getAttribute('data-code'))!;

    const submission2 = join(lfp.dir, 'MD-2.plani');
    await test.step('the LFP sees the feedback coming, then replies and marks the item resolved', async () => {
      lfpServer = await startServer(lfp.workspace, lfp.env.PLANI_KEYRING_DIR!);
      // Its own context: axe needs one that Playwright made for the page.
      const lfpContext = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const lfpPage = await lfpContext.newPage();
      lfpPage.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
      await lfpPage.goto(lfpServer.url);
      await nav(lfpPage).getByRole('link', { name: 'Paketa', exact: true }).click();
      await importBundle(lfpPage, 'Skedari i paketës së vërejtjeve', feedbackFile, pocCode, async () => {
        const added = lfpPage.getByTestId('bundle-changes').locator('[data-kind="added"]');
        await expect(added.locator(`[data-commitment="${lfp.commitmentId}"] [data-entity="poc-feedback"]`)).toBeVisible();
      });

      await lfpPage.goto(`${base(lfpServer.url)}${commitmentHash}`);
      const lfpPanel = lfpPage.getByTestId('feedback-panel');
      const item = lfpPanel.getByTestId('feedback-item').nth(2);
      await expect(item.getByTestId('feedback-rating')).toHaveText('Përmbushet pjesërisht');
      await expect(item).toContainText('Shtoni arsyen për çdo koment.');
      await expect(item).toContainText('15.01.2025');
      await expect(item.locator('[data-state="overdue"]')).toHaveText('Gjendja: Afati ka kaluar');
      // The POC's ratings are not the LFP's to change.
      await expect(lfpPanel.getByRole('radio')).toHaveCount(0);
      await item.getByRole('textbox', { name: 'Përgjigjja e institucionit (shqip)' }).fill('Arsyet u shtuan në raport.');
      await item.getByRole('textbox', { name: 'Përgjigjja e institucionit (anglisht)' }).fill('The reasons were added to the report.');
      await item.getByRole('checkbox', { name: 'E zgjidhur' }).check();
      await expect(item.locator('[data-state="resolved"]')).toHaveText('Gjendja: E zgjidhur');
      await expect(lfpPanel.locator('[data-save-state="saved"]')).toBeVisible();
      await expectNoSeriousAxeFindings(lfpPage, 'the LFP’s feedback panel (sq)');
      await lfpPage.reload();
      await expect(item.getByRole('checkbox', { name: 'E zgjidhur' })).toBeChecked();
      await expect(item.getByRole('textbox', { name: 'Përgjigjja e institucionit (shqip)' })).toHaveValue('Arsyet u shtuan në raport.');
      await lfpPanel.screenshot({ path: 'test-results/artifacts/feedback-panel-lfp-sq.png' });
      await language(lfpPage, 'English');
      await expect(item.locator('[data-state="resolved"]')).toHaveText('Status: Resolved');
      await expect(item.getByTestId('feedback-rating')).toHaveText('Partly met');
      await expectNoSeriousAxeFindings(lfpPage, 'the LFP’s feedback panel (en)');
      await language(lfpPage, 'Shqip');

      // The reply travels in MD's next bundle.
      await nav(lfpPage).getByRole('link', { name: 'Paketa', exact: true }).click();
      const exporting = lfpPage.waitForEvent('download');
      await lfpPage.getByRole('button', { name: 'Eksporto paketën' }).click();
      const confirm = lfpPage.getByRole('alertdialog').getByRole('button', { name: 'Eksporto gjithsesi' });
      const first = await Promise.race([exporting.then(() => 'download' as const), confirm.waitFor().then(() => 'dialog' as const)]);
      if (first === 'dialog') await confirm.click();
      await (await exporting).saveAs(submission2);
      await lfpContext.close();
    });

    await test.step('the POC sees the reply before applying it, then counts the item resolved', async () => {
      await nav(page).getByRole('link', { name: 'Importo paketë' }).click();
      await importBundle(page, 'Skedari i paketës', submission2, null, async () => {
        const reply = page.getByTestId('bundle-changes').locator(`[data-commitment="${lfp.commitmentId}"] [data-entity="feedback-reply"]`);
        await expect(reply).toContainText('3. Çdo koment është regjistruar me vendimin dhe arsyen');
      });
      await nav(page).getByRole('link', { name: 'Ndjekja e vërejtjeve' }).click();
      const md = page.locator('[data-testid="feedback-institution"][data-institution="MD"]');
      await expect(md.locator('li[data-state="resolved"]')).toHaveAttribute('data-count', '1');
      await expect(md.locator('li[data-state="overdue"]')).toHaveAttribute('data-count', '0');
      await page.goto(`${base(plani.url)}${commitmentHash}`);
      await expect(third.locator('[data-state="resolved"]')).toHaveText('Gjendja: E zgjidhur');
      await expect(third).toContainText('Arsyet u shtuan në raport.');
    });
    expect(consoleErrors).toEqual([]);
  } finally {
    if (lfpServer) (lfpServer as { child: ChildProcess }).child.kill('SIGTERM');
    rmSync(lfp.dir, { recursive: true, force: true });
  }
});
