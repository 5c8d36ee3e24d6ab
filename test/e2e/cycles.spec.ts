// A new cycle through the real UI: the POC opens the cycle switcher, starts
// 2023-2025 in the dialog (a period under a year is said at its field first,
// nothing started), lands on the new cycle's plan with its components, then
// switches back to 2020-2022, which is shown read-only with a banner and a
// way back. Keyboard for the switcher; no serious accessibility findings.
import { expect, test } from './fixtures';
import { expectNoSeriousAxeFindings } from './axe';
import { createWorkspace } from './steps';

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

  // A reload keeps the workspace's choice; the banner's button goes back.
  await page.reload();
  await expect(switcher).toHaveText('Cikli: 2020-2022');
  await banner.getByRole('button', { name: 'Kalo te cikli 2023-2025' }).click();
  await expect(switcher).toHaveText('Cikli: 2023-2025');
  await expect(page.getByTestId('earlier-cycle')).toHaveCount(0);
});
