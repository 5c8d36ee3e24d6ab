// Backups: the screen lists the day's automatic backups and a manual one made
// with "Back up now", and restoring one (after a confirmation that says what
// is replaced) puts it in place, the current database set aside, not deleted.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoSeriousAxeFindings } from './axe';
import { damageMiddlePage } from '../unit/store/damage';
import { cli, expect, startServer, test } from './fixtures';
import { cliLfpWorkspace } from './steps';

test('backs up now, lists the backups with date, kind and size, and restores one after a confirmation', async ({ page }) => {
  const lfp = cliLfpWorkspace('e2e-backups');
  const server = await startServer(lfp.workspace, lfp.env.PLANI_KEYRING_DIR!);
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${server.url.split('#')[0]}#/backups`);
    await expect(page.getByRole('heading', { level: 1, name: 'Kopjet rezervë' })).toBeVisible();

    await page.getByRole('button', { name: 'Bëj kopje tani' }).click();
    await expect(page.getByTestId('backup-notice')).toContainText('U bë kopja rezervë plani-manual-');
    // The first open of the day made a daily and a weekly copy; "Back up now" a manual one.
    const rows = page.getByTestId('backup-row');
    await expect(rows).toHaveCount(3);
    await expect(page.getByTestId('backups-table')).toContainText('Manuale');
    await expect(page.getByTestId('backups-table')).toContainText('Ditore');
    await expect(page.getByTestId('backups-table')).toContainText('Javore');
    await expect(rows.first()).toContainText(/\d+(,\d)? (KB|kB|B)/);
    await expectNoSeriousAxeFindings(page, 'backups screen');

    await rows.first().getByRole('button', { name: /^Rikthe…/ }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText('Baza aktuale e të dhënave zëvendësohet');
    await expect(dialog).toContainText('nuk fshihet');
    await expectNoSeriousAxeFindings(page, 'restore confirmation');
    // Cancel first: nothing happens.
    await dialog.getByRole('button', { name: 'Anulo' }).click();
    await expect(dialog).toBeHidden();
    expect(readdirSync(join(lfp.workspace, 'backups')).filter((f) => f.startsWith('replaced-'))).toEqual([]);

    await rows.first().getByRole('button', { name: /^Rikthe…/ }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Rikthe', exact: true }).click();
    // The window reloads on the restored database: the screen is back with the same backups.
    await expect(page.getByRole('heading', { level: 1, name: 'Kopjet rezervë' })).toBeVisible();
    await expect(page.getByTestId('backup-row')).toHaveCount(3);
    await expect.poll(() => readdirSync(join(lfp.workspace, 'backups')).filter((f) => f.startsWith('replaced-')).length).toBe(1);
    // The restored database holds the plan.
    await page.goto(`${server.url.split('#')[0]}#/component/${lfp.componentCode}/commitment/${lfp.commitmentId}`);
    await expect(page.getByRole('textbox', { name: 'Titulli (shqip)', exact: true })).toHaveValue(lfp.title);
  } finally {
    server.child.kill('SIGTERM');
    rmSync(lfp.dir, { recursive: true, force: true });
  }
});

test('a damaged database opens on its explanation and the backups, and restoring one brings the plan back', async ({ page }) => {
  const lfp = cliLfpWorkspace('e2e-damaged');
  cli(['backup', 'create', '--workspace', lfp.workspace], lfp.env);
  damageMiddlePage(join(lfp.workspace, 'plani.db'));
  const server = await startServer(lfp.workspace, lfp.env.PLANI_KEYRING_DIR!);
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(server.url);
    await expect(page.getByText(/Skedari i bazës së të dhënave .*plani\.db është i dëmtuar/)).toBeVisible();
    await expect(page.getByTestId('backup-row')).toHaveCount(1);
    await expectNoSeriousAxeFindings(page, 'damaged database');
    await page.getByTestId('backup-row').first().getByRole('button', { name: /^Rikthe…/ }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Rikthe', exact: true }).click();
    await expect(page.getByTestId('home-safety-code')).toBeVisible();
    expect(readdirSync(join(lfp.workspace, 'backups')).filter((f) => f.startsWith('replaced-'))).toHaveLength(1);
  } finally {
    server.child.kill('SIGTERM');
    rmSync(lfp.dir, { recursive: true, force: true });
  }
});
