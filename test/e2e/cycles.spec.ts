// A new cycle through the real UI: the POC opens the cycle switcher, starts
// 2023-2025 in the dialog (a period under a year is said at its field first,
// nothing started), lands on the new cycle's plan with its components, then
// switches back to 2020-2022, which is shown read-only with a banner and a
// way back. An LFP that has received 2023-2025 carries a commitment of
// 2020-2022 forward and follows the link back. Keyboard for the switcher; no
// serious accessibility findings.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { cli, expect, startServer, test } from './fixtures';
import { expectNoSeriousAxeFindings } from './axe';
import { cliLfpWorkspace, createWorkspace } from './steps';

test('the POC starts 2023-2025 in the dialog and switches back to 2020-2022, read-only', async ({ page, plani }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await createWorkspace(page, plani.url, { role: 'poc', institution: 'POC' });
  const switcher = page.getByTestId('cycle-switcher');
  await expect(switcher).toHaveText('Cikli: 2020-2022');

  // By keyboard: the switcher opens with Enter, the last entry starts a cycle.
  await switcher.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitemradio', { name: /2020-2022 — plani nr\. 5/ })).toBeVisible();
  await page.getByRole('menuitem', { name: 'Nis një cikël të ri…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nis një cikël të ri' });
  await expect(dialog).toBeVisible();
  // Proposed from 2020-2022: the day after it ends, as long, the next number.
  await expect(dialog.getByLabel('Identifikuesi i ciklit')).toHaveValue('2022-2024');
  await expect(dialog.getByLabel('Numri i planit')).toHaveValue('6');
  await expectNoSeriousAxeFindings(page, 'new cycle dialog');

  await dialog.getByLabel('Identifikuesi i ciklit').fill('2023-2024');
  await dialog.getByLabel('Fillimi i periudhës').fill('01.09.2023');
  await dialog.getByLabel('Mbarimi i periudhës').fill('31.03.2024');
  await dialog.getByRole('button', { name: 'Nis ciklin' }).click();
  await expect(dialog.getByText('është më e shkurtër se një vit', { exact: false })).toBeVisible();
  await expect(dialog).toBeVisible();

  await dialog.getByLabel('Identifikuesi i ciklit').fill('2023-2025');
  await dialog.getByLabel('Mbarimi i periudhës').fill('31.08.2025');
  await dialog.getByRole('button', { name: 'Nis ciklin' }).click();
  await expect(dialog).toBeHidden();
  await expect(switcher).toHaveText('Cikli: 2023-2025');
  await expect(page.getByRole('heading', { level: 1, name: 'Plani Kombëtar i Veprimit OGP 2023-2025' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: /Anti-Korrupsion/ })).toBeVisible();
  await expect(page.getByTestId('earlier-cycle')).toHaveCount(0);

  // Back to 2020-2022: readable, marked read-only, with a way back.
  await switcher.click();
  await page.getByRole('menuitemradio', { name: /2020-2022/ }).click();
  await expect(switcher).toHaveText('Cikli: 2020-2022');
  const banner = page.getByTestId('earlier-cycle');
  await expect(banner).toContainText('Cikël i mëparshëm: vetëm për lexim');
  await expect(banner).toContainText('hartimi vazhdon në ciklin 2023-2025');
  await expect(page.getByRole('heading', { level: 1, name: 'Plani Kombëtar i Veprimit OGP 2020-2022' })).toBeVisible();
  await expectNoSeriousAxeFindings(page, 'earlier cycle');
  const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
  expect(width).toBeLessThanOrEqual(1366);
  await page.screenshot({ path: 'test-results/artifacts/cycles-earlier.png' });

  // The reference data follow the switcher: the earlier cycle's entry, read-only (no save, nothing to add).
  await page.getByRole('navigation').getByRole('link', { name: 'Të dhënat e referencës' }).click();
  const cycleCard = page.getByRole('region', { name: 'Cikli', exact: true });
  await expect(cycleCard.getByLabel('Fillimi i periudhës')).toHaveValue('2020-09-01');
  await expect(cycleCard.getByLabel('Fillimi i periudhës')).toHaveAttribute('readonly', '');
  await expect(page.getByRole('button', { name: 'Ruaj' })).toHaveCount(0);
  await expect(page.getByText('Shto institucion mbështetës')).toHaveCount(0);
  await expectNoSeriousAxeFindings(page, 'reference data of an earlier cycle');

  // A reload keeps the workspace's choice; the banner's button goes back.
  await page.reload();
  await expect(switcher).toHaveText('Cikli: 2020-2022');
  await banner.getByRole('button', { name: 'Kalo te cikli 2023-2025' }).click();
  await expect(switcher).toHaveText('Cikli: 2023-2025');
  await expect(page.getByTestId('earlier-cycle')).toHaveCount(0);
  // On the cycle being drafted (a switch opens the plan) the same screen edits 2023-2025.
  await page.getByRole('navigation').getByRole('link', { name: 'Të dhënat e referencës' }).click();
  await expect(cycleCard.getByLabel('Fillimi i periudhës')).toHaveValue('2023-09-01');
  await expect(cycleCard.getByLabel('Fillimi i periudhës')).not.toHaveAttribute('readonly', '');
  await expect(cycleCard.getByRole('button', { name: 'Ruaj' })).toBeVisible();
});

test('an LFP carries a commitment of 2020-2022 forward into 2023-2025 and follows its link back', async ({ page }) => {
  test.setTimeout(120_000);
  const lfp = cliLfpWorkspace('e2e-cycles');
  // The POC's reference data with 2023-2025, as its next feedback brings it (here through a plan file).
  const poc = join(lfp.dir, 'poc');
  const ref = join(lfp.dir, 'reference.json');
  cli(['init', '--role', 'poc', '--institution', 'POC', '--workspace', poc], lfp.env);
  cli(['cycle', 'start', '--id', '2023-2025', '--period', '2023-09-01..2025-08-31', '--number', '6', '--workspace', poc], lfp.env);
  cli(['plan', 'export', '--out', ref, '--workspace', poc], lfp.env);
  cli(['plan', 'import', ref, '--workspace', lfp.workspace], lfp.env);
  const server = await startServer(lfp.workspace, lfp.env.PLANI_KEYRING_DIR!);
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(server.url);
    // MD is still on 2020-2022, now an earlier cycle: read-only.
    await expect(page.getByTestId('cycle-switcher')).toHaveText('Cikli: 2020-2022');
    await expect(page.getByTestId('earlier-cycle')).toBeVisible();
    await page.goto(`${server.url.split('#')[0]}#/component/${lfp.componentCode}/commitment/${lfp.commitmentId}`);
    await expect(page.getByRole('heading', { level: 1, name: lfp.title })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Fshij angazhimin' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Çoje në ciklin 2023-2025' }).click();
    await expect(page.getByTestId('cycle-switcher')).toHaveText('Cikli: 2023-2025');
    await expect(page.getByRole('heading', { level: 1, name: lfp.title })).toBeVisible();
    await expect(page.getByTestId('earlier-cycle')).toHaveCount(0);
    const back = page.getByRole('link', { name: `Çuar nga cikli i mëparshëm: ${lfp.title} (2020-2022)` });
    await expect(back).toBeVisible();
    await expect(page).not.toHaveURL(new RegExp(lfp.commitmentId));
    await expectNoSeriousAxeFindings(page, 'carried-forward commitment');

    await back.click();
    await expect(page.getByTestId('cycle-switcher')).toHaveText('Cikli: 2020-2022');
    await expect(page).toHaveURL(new RegExp(lfp.commitmentId));
    await expect(page.getByTestId('earlier-cycle')).toBeVisible();
  } finally {
    server.child.kill('SIGTERM');
    rmSync(lfp.dir, { recursive: true, force: true });
  }
});
