// Signed bundles through the real UI, with two workspaces: an LFP (MD) built
// with the real CLI (a plan imported from an interchange file, a bundle
// exported), and the POC in the browser. The POC imports the bundle, sees the
// unknown signer and its safety code, types the code read from `key show` on
// the LFP side, reviews what changes, applies, then numbers and returns the
// commitment with a comment in the consolidated plan and exports feedback;
// the LFP imports that feedback in its own browser-mode server and reads it
// on the feedback page and in the commitment editor's header.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { syntheticPlan } from '../fixtures/synthetic-plan';
import { cli, expect, startServer, test } from './fixtures';
import { cliLfpWorkspace, createWorkspace } from './steps';

/** An LFP workspace for MD with one commitment (two milestones, one indicator), made with the real CLI. */
const lfpWorkspace = () => cliLfpWorkspace('e2e-bundles');

const createPocWorkspace = (page: Page, url: string) => createWorkspace(page, url, { role: 'poc', institution: 'POC' });

const nav = (page: Page) => page.getByRole('navigation', { name: 'Komponentët e planit' });

test('the POC verifies an unknown key by its safety code, applies a submission and reviews it; the LFP reads the feedback', async ({ page, plani, browser }) => {
  test.setTimeout(150_000);
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  const lfp = lfpWorkspace();
  let lfpServer: { url: string; child: ChildProcess } | null = null;
  try {
    const bundleFile = join(lfp.dir, 'MD-1.plani');
    cli(['bundle', 'export', '--out', bundleFile, '--workspace', lfp.workspace], lfp.env);
    const lfpKey = JSON.parse(cli(['key', 'show', '--json', '--workspace', lfp.workspace], lfp.env)) as { safetyCode: string; keyId: string };
    const digits = lfpKey.safetyCode.replace(/\s+/g, '');
    expect(digits).toMatch(/^\d{30}$/);

    await createPocWorkspace(page, plani.url);
    await expect(nav(page).getByRole('link', { name: 'Plani i konsoliduar' })).toBeVisible();
    await expect(nav(page).getByRole('link', { name: 'Çelësi dhe besimi' })).toBeVisible();
    await expect(nav(page).getByRole('link', { name: 'Paketa', exact: true })).toHaveCount(0);

    await test.step('preview: unknown signer, safety code, sequence, changes', async () => {
      await nav(page).getByRole('link', { name: 'Importo paketë' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Importo paketë' })).toBeFocused();
      // The drop zone has a button for the keyboard; the file input behind it is what a file dialog fills.
      await expect(page.getByRole('button', { name: 'Zgjidh skedarin…' })).toBeVisible();
      await page.getByLabel('Skedari i paketës', { exact: true }).setInputFiles(bundleFile);

      const preview = page.getByTestId('bundle-preview');
      await expect(preview.getByRole('heading', { level: 2 })).toHaveText(/Paketë dorëzimi nga Ministria e Drejtësisë \(MD\), nr\. 1/);
      await expect(preview.getByRole('heading', { level: 2 })).toBeFocused();
      const signer = page.getByTestId('bundle-signer');
      await expect(signer).toContainText(lfpKey.keyId);
      await expect(signer.locator('[data-state="unknown"]')).toContainText(/I panjohur/);
      await expect(page.getByTestId('bundle-sequence').locator('[data-state="first"]')).toBeVisible();
      await expect(page.getByTestId('bundle-refusal')).toHaveCount(0);

      // The code in six groups of five, as the LFP reads it.
      const code = page.getByTestId('bundle-safety-code');
      await expect(code).toHaveAttribute('data-code', digits);
      // Shown to compare, with the reminder that the typed code comes from the other side by phone.
      await expect(page.getByTestId('bundle-safety-code-by-phone')).toContainText('i lexuar me telefon');
      await expect(code.locator('span')).toHaveText(lfpKey.safetyCode.split(' '));

      // The commitment arrives as added, under its own title, with its milestones and indicator.
      const added = page.getByTestId('bundle-changes').locator('[data-kind="added"]');
      await expect(added.locator(`[data-entity="commitment"][data-id="${lfp.commitmentId}"]`)).toContainText(lfp.title);
      await expect(added.locator('[data-entity="milestone"]')).toHaveCount(2);
      await expect(added.locator('[data-entity="indicator"]')).toHaveCount(1);
      await expect(page.getByTestId('change-counts').locator('[data-kind="added"]')).toHaveAttribute('data-count', /^[1-9]\d*$/);
      await page.screenshot({ path: 'test-results/artifacts/bundle-preview-sq.png' });
    });

    await test.step('the key is enrolled only with the code read over the phone', async () => {
      const apply = page.getByRole('button', { name: 'Zbato dhe regjistro çelësin' });
      await expect(apply).toBeDisabled();
      const input = page.getByLabel('Kodi që ju lexuan');
      const verify = page.getByRole('button', { name: 'Verifiko dhe regjistro' });
      // A wrong digit: refused, apply stays off.
      const wrong = `${digits.slice(0, 29)}${digits[29] === '0' ? '1' : '0'}`;
      await input.fill(wrong);
      await verify.click();
      await expect(page.getByTestId('trust-check')).toHaveAttribute('data-result', 'mismatch');
      await expect(apply).toBeDisabled();
      // As heard, in groups with spaces; Enter verifies too.
      await input.fill(lfpKey.safetyCode);
      await input.press('Enter');
      await expect(page.getByTestId('trust-check')).toHaveAttribute('data-result', 'match');
      await expect(apply).toBeEnabled();
      await page.screenshot({ path: 'test-results/artifacts/bundle-verified-sq.png' });
      await apply.click();
      const done = page.getByTestId('bundle-applied');
      await expect(done).toHaveAttribute('data-result', 'applied');
      await expect(done).toContainText('Paketa nr. 1 nga Ministria e Drejtësisë (MD) u shtua në planin e konsoliduar.');
      await expect(done).toContainText('u regjistrua si i besuar');
      // The navigation counts the imported commitment at once, without a reload.
      await expect(nav(page)).toContainText('1 angazhim');
    });

    await test.step('the consolidated plan holds it; the POC numbers it and returns it with a comment', async () => {
      await page.getByRole('link', { name: 'Hap planin e konsoliduar' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Plani i konsoliduar' })).toBeVisible();
      const md = page.getByTestId('institution-status').locator('[data-institution="MD"]');
      await expect(md).toContainText('nr. 1');
      await expect(md.locator('[data-state="trusted"]')).toBeVisible();

      const card = page.locator(`article[data-commitment="${lfp.commitmentId}"]`);
      await expect(card.getByRole('heading', { level: 3 })).toHaveText(lfp.title);
      await card.getByLabel('Numri në plan').fill('1.');
      await expect(card.getByText('Shkruani numrin si 1, 1.2 ose 1.2.3.')).toBeVisible();
      await card.getByLabel('Numri në plan').fill('1.1');
      await card.getByRole('radio', { name: 'Kthe për rishikim' }).check();
      await card.getByLabel('Komenti i rishikimit (shqip)').fill('Plotësoni vlerën bazë të treguesit.');
      await card.getByLabel('Komenti i rishikimit (anglisht)').fill('Complete the indicator’s baseline.');
      await expect(card.locator('[data-save-state="saved"]')).toBeVisible();
      await page.screenshot({ path: 'test-results/artifacts/consolidated-sq.png' });

      // Saved: a reload shows it, and the (read-only) editor's header says so.
      await page.reload();
      const again = page.locator(`article[data-commitment="${lfp.commitmentId}"]`);
      await expect(again.getByLabel('Numri në plan')).toHaveValue('1.1');
      await expect(again.getByRole('radio', { name: 'Kthe për rishikim' })).toBeChecked();
      await expect(again.getByLabel('Komenti i rishikimit (shqip)')).toHaveValue('Plotësoni vlerën bazë të treguesit.');
      await again.getByRole('link', { name: lfp.title }).click();
      await expect(page.getByText('Vetëm për lexim', { exact: true })).toBeVisible();
      // The number the POC gave is the commitment's number in its own editor too.
      await expect(page.getByLabel('Nr. në plan', { exact: true })).toHaveValue('1.1');
      const notice = page.getByTestId('review-notice');
      await expect(notice).toHaveAttribute('data-decision', 'returned');
      await expect(notice).toContainText('Nr. në plan: 1.1');
    });

    await test.step('key and trust: the enrolled key and the log', async () => {
      await nav(page).getByRole('link', { name: 'Çelësi dhe besimi' }).click();
      await expect(page.getByTestId('own-safety-code')).toHaveAttribute('data-code', /^\d{30}$/);
      const row = page.getByTestId('trusted-signers').locator('[data-institution="MD"]');
      await expect(row).toHaveAttribute('data-status', 'active');
      await expect(row).toContainText(lfpKey.safetyCode);
      await expect(page.getByTestId('bundle-log').locator('[data-result="applied"]')).toHaveCount(1);
      await page.screenshot({ path: 'test-results/artifacts/key-trust-sq.png' });
    });

    // The POC exports feedback for MD: the file downloads under the service's name.
    await nav(page).getByRole('link', { name: 'Plani i konsoliduar' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Eksporto vërejtjet: Ministria e Drejtësisë' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.plani$/);
    const feedbackFile = join(lfp.dir, download.suggestedFilename());
    await download.saveAs(feedbackFile);
    await expect(page.getByTestId('feedback-exported')).toBeVisible();
    // The POC reads its own code to the LFP from its "Key and trust" page.
    await nav(page).getByRole('link', { name: 'Çelësi dhe besimi' }).click();
    const pocCode = (await page.getByTestId('own-safety-code').getAttribute('data-code'))!;
    expect(pocCode).toMatch(/^\d{30}$/);

    await test.step('the LFP imports the feedback and reads it where it works', async () => {
      lfpServer = await startServer(lfp.workspace, lfp.env.PLANI_KEYRING_DIR!);
      const lfpPage = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      lfpPage.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
      await lfpPage.goto(lfpServer.url);
      await nav(lfpPage).getByRole('link', { name: 'Paketa', exact: true }).click();
      await expect(lfpPage.getByRole('heading', { level: 1, name: 'Paketa' })).toBeFocused();
      await lfpPage.getByLabel('Skedari i paketës së vërejtjeve').setInputFiles(feedbackFile);
      await expect(lfpPage.getByTestId('bundle-signer').locator('[data-state="unknown"]')).toBeVisible();
      await expect(lfpPage.getByRole('heading', { level: 3, name: /Paketë vërejtjesh nga Njësia e Zhvillimit/ })).toBeFocused();
      await lfpPage.screenshot({ path: 'test-results/artifacts/lfp-feedback-preview-sq.png' });
      await lfpPage.getByLabel('Kodi që ju lexuan').fill(pocCode);
      await lfpPage.getByRole('button', { name: 'Verifiko dhe regjistro' }).click();
      await lfpPage.getByRole('button', { name: 'Zbato dhe regjistro çelësin' }).click();
      await expect(lfpPage.getByTestId('bundle-applied')).toHaveAttribute('data-result', 'applied');

      await lfpPage.getByRole('link', { name: 'Shiko vërejtjet e POC' }).first().click();
      await expect(lfpPage.getByRole('heading', { level: 1, name: 'Vërejtjet e POC-së' })).toBeVisible();
      const card = lfpPage.locator(`article[data-commitment="${lfp.commitmentId}"]`);
      await expect(card.locator('[data-state="returned"]')).toBeVisible();
      await expect(card).toContainText('Nr. në plan: 1.1');
      await expect(card).toContainText('Plotësoni vlerën bazë të treguesit.');
      await expect(card).toHaveAttribute('data-outdated', 'false');
      await lfpPage.screenshot({ path: 'test-results/artifacts/lfp-feedback-sq.png' });

      // In the editor's header; an edit makes it "on an earlier version".
      await card.getByRole('link', { name: lfp.title }).click();
      const notice = lfpPage.getByTestId('review-notice');
      await expect(notice).toHaveAttribute('data-decision', 'returned');
      await expect(notice).toHaveAttribute('data-outdated', 'false');
      // The POC's decision is the commitment's status, shown, not offered for change.
      const status = lfpPage.getByLabel('Statusi', { exact: true }).first();
      await expect(status).toHaveValue('Kthyer për rishikim');
      await expect(status).toHaveAttribute('readonly', '');
      await lfpPage.getByLabel('Titulli i shkurtër (shqip)', { exact: true }).fill('Regjistri i pronësisë përfituese');
      await expect(lfpPage.locator('[data-save-state="saved"]').first()).toBeVisible();
      await expect(notice).toHaveAttribute('data-outdated', 'true');
      await expect(notice.locator('[data-outdated="true"]')).toContainText(/version të mëparshëm/);
      await lfpPage.screenshot({ path: 'test-results/artifacts/lfp-editor-notice-sq.png' });
      await lfpPage.close();
    });
    expect(consoleErrors).toEqual([]);
  } finally {
    if (lfpServer) (lfpServer as { child: ChildProcess }).child.kill('SIGTERM');
    rmSync(lfp.dir, { recursive: true, force: true });
  }
});

test('a file that is not a bundle is refused in one line; a dropped bundle can be set aside; English', async ({ page, plani }) => {
  const lfp = lfpWorkspace();
  try {
    const bundleFile = join(lfp.dir, 'MD-1.plani');
    cli(['bundle', 'export', '--out', bundleFile, '--workspace', lfp.workspace], lfp.env);
    await createPocWorkspace(page, plani.url);
    await page.getByRole('group', { name: 'Gjuha' }).getByRole('button', { name: 'English' }).click();
    await page.getByRole('navigation', { name: 'Plan components' }).getByRole('link', { name: 'Import bundle' }).click();

    // Not a bundle: one translated line, nothing else.
    await page.getByLabel('Bundle file', { exact: true }).setInputFiles({ name: 'notes.plani', mimeType: 'application/octet-stream', buffer: Buffer.from('hello, not a zip') });
    const refusal = page.getByTestId('bundle-refusal');
    await expect(refusal).toContainText('This bundle would be refused: This file is not a Plani bundle.');
    await expect(refusal).not.toContainText('bundles.reason');
    await page.screenshot({ path: 'test-results/artifacts/bundle-refused-en.png' });

    // Dropped onto the area (a real DataTransfer carrying the file).
    const bytes = readFileSync(bundleFile).toString('base64');
    const dataTransfer = await page.evaluateHandle((b64) => {
      // Runs in the page (this file is type-checked without the DOM library).
      const g = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: unknown): void } };
        File: new (parts: unknown[], name: string, options: { type: string }) => unknown;
      };
      const bin = atob(b64);
      const arr = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) arr[i] = bin.charCodeAt(i);
      const dt = new g.DataTransfer();
      dt.items.add(new g.File([arr], 'MD-1.plani', { type: 'application/octet-stream' }));
      return dt;
    }, bytes);
    const zone = page.getByTestId('file-drop');
    await zone.dispatchEvent('dragenter', { dataTransfer });
    await zone.dispatchEvent('dragover', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
    await expect(page.getByTestId('bundle-preview').getByRole('heading', { level: 2 })).toHaveText(/Submission from Ministry of Justice \(MD\), no\. 1/);
    await expect(page.getByTestId('bundle-signer')).toContainText('Unknown');
    await expect(page.getByTestId('bundle-safety-code')).toBeVisible();
    await page.screenshot({ path: 'test-results/artifacts/bundle-preview-en.png' });

    // Set aside: back to the drop zone, nothing imported.
    await page.getByRole('button', { name: 'Set aside' }).click();
    await expect(page.getByRole('button', { name: 'Choose file…' })).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'The bundle was set aside. Nothing was imported.' })).toBeAttached();
    await page.getByRole('navigation', { name: 'Plan components' }).getByRole('link', { name: 'Key and trust' }).click();
    await expect(page.getByText('You have not enrolled any key yet.', { exact: false })).toBeVisible();
    await expect(page.getByTestId('bundle-log').locator('[data-result="applied"]')).toHaveCount(0);
  } finally {
    rmSync(lfp.dir, { recursive: true, force: true });
  }
});

test('an LFP exporting with blocking findings is asked first and sees them; the export still goes ahead when confirmed', async ({ browser }) => {
  test.setTimeout(90_000);
  const dir = mkdtempSync(join(tmpdir(), 'plani-e2e-export-'));
  const workspace = join(dir, 'workspace');
  const env = { ...process.env, PLANI_KEYRING_DIR: join(dir, 'keyring') };
  let server: { url: string; child: ChildProcess } | null = null;
  try {
    cli(['init', '--role', 'lfp', '--institution', 'MD', '--workspace', workspace], env);
    const doc = syntheticPlan({ commitments: 2, milestonesPer: 1, indicatorsPer: 1, ideas: 0, events: 0, comments: 0, calendar: 0, owner: 'MD', seed: 'e2e-export-check' });
    // A draft without a title: the check blocks it in both languages.
    const untitled = doc.commitments[1]!;
    untitled.title = { sq: '', en: '' };
    const plan = join(dir, 'plan.json');
    writeFileSync(plan, JSON.stringify(doc));
    cli(['plan', 'import', plan, '--workspace', workspace], env);

    server = await startServer(workspace, env.PLANI_KEYRING_DIR);
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(server.url);
    await test.step('the editor offers an LFP only its own statuses', async () => {
      const first = doc.commitments[0]!;
      await nav(page).locator(`a[href="#/component/${first.componentCode}"]`).click();
      await page.getByRole('link', { name: first.title.sq }).first().click();
      const status = page.getByLabel('Statusi', { exact: true }).first();
      await expect(status.locator('option')).toHaveText(['Draft', 'Në konsultim', 'Gati']);
    });
    await nav(page).getByRole('link', { name: 'Paketa', exact: true }).click();
    const exportButton = page.getByRole('button', { name: 'Eksporto paketën' });

    await test.step('asked first, with the findings listed under their commitment', async () => {
      await exportButton.click();
      const dialog = page.getByRole('alertdialog', { name: 'Kontrolli i cilësisë gjeti probleme bllokuese' });
      await expect(dialog).toBeVisible();
      // The title missing in both languages is one problem.
      await expect(dialog).toContainText('Ky problem duhet zgjidhur');
      const listed = dialog.getByTestId('export-check').locator(`[data-commitment="${untitled.id}"]`);
      await expect(listed.getByRole('heading', { level: 3 })).toHaveText('Angazhim pa titull');
      await expect(listed.locator('[data-check]').first()).toContainText('Titulli');
      await expect(dialog.getByRole('button', { name: 'Anulo' })).toBeFocused();
      await page.screenshot({ path: 'test-results/artifacts/export-check-sq.png' });
      // Cancel: nothing is exported.
      await page.keyboard.press('Enter');
      await expect(dialog).toBeHidden();
      await expect(page.getByTestId('export-result')).toHaveCount(0);
      await expect(page.getByTestId('last-export')).toHaveText('Nuk keni eksportuar ende asnjë paketë.');
    });

    await test.step('confirmed: the bundle is exported as it is', async () => {
      await exportButton.click();
      const downloading = page.waitForEvent('download');
      await page.getByRole('alertdialog').getByRole('button', { name: 'Eksporto gjithsesi' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe('MD-submission-2020-2022-0001.plani');
      await expect(page.getByTestId('export-result')).toHaveAttribute('data-seq', '1');
      await expect(page.getByRole('alertdialog')).toHaveCount(0);
    });

    await test.step('a plan imported meanwhile from the command line shows in the counts on “Rifresko”', async () => {
      const more = syntheticPlan({ commitments: 2, milestonesPer: 1, indicatorsPer: 1, ideas: 0, events: 0, comments: 0, calendar: 0, owner: 'MD', seed: 'e2e-export-check-more' });
      const code = more.commitments[0]!.componentCode;
      const link = nav(page).locator(`a[href="#/component/${code}"]`);
      const before = doc.commitments.filter((c) => c.componentCode === code).length;
      const after = before + more.commitments.filter((c) => c.componentCode === code).length;
      await expect(link).toContainText(`${before} angazhim`);
      const morePlan = join(dir, 'more.json');
      writeFileSync(morePlan, JSON.stringify(more));
      cli(['plan', 'import', morePlan, '--workspace', workspace], env);
      await nav(page).getByRole('link', { name: 'Çelësi dhe besimi' }).click();
      // Nothing on this page has reloaded the plan yet.
      await expect(link).toContainText(`${before} angazhim`);
      await page.getByRole('button', { name: 'Rifresko' }).click();
      await expect(link).toContainText(`${after} angazhime`);
    });
    await page.close();
  } finally {
    if (server) (server as { child: ChildProcess }).child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
});
