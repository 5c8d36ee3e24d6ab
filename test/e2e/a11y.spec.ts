// Every screen through axe (test/e2e/axe.ts): an LFP's plan with a commitment
// that has milestones and indicators, made with the real CLI, then every
// page, dialog and popup it has; and the POC's import, consolidated plan,
// key page with its bundle log and feedback export, fed with the LFP's bundle.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoSeriousAxeFindings } from './axe';
import { cli, expect, startServer, test } from './fixtures';
import { cliLfpWorkspace, createWorkspace } from './steps';

const lfpWorkspace = () => cliLfpWorkspace('e2e-a11y', { commitments: 2, milestonesPer: 2, indicatorsPer: 2 });

const nav = (page: Page) => page.getByRole('navigation', { name: 'Komponentët e planit' });
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** An LFP workspace made with the real CLI, served, the app open on it; the server and the folder go after `run`. */
async function lfpScene(page: Page, run: (lfp: ReturnType<typeof lfpWorkspace>) => Promise<void>): Promise<void> {
  const lfp = lfpWorkspace();
  const server = await startServer(lfp.workspace, lfp.env.PLANI_KEYRING_DIR!);
  try {
    await page.goto(server.url);
    await expect(page.getByTestId('home-safety-code')).toBeVisible();
    await run(lfp);
  } finally {
    server.child.kill('SIGTERM');
    rmSync(lfp.dir, { recursive: true, force: true });
  }
}

// The LFP's screens in two tests, each with its own workspace, so neither
// carries the whole list on a loaded machine; dialogs are checked on their
// own (the page beneath has just been checked).
const DIALOG = '[role="dialog"], [role="alertdialog"]';

test('every screen of an LFP has no serious or critical axe finding: the plan and the commitment editor', async ({ page }) => {
  test.setTimeout(120_000);
  await lfpScene(page, async (lfp) => {
    await expectNoSeriousAxeFindings(page, 'plan overview');

    await nav(page).locator(`a[href="#/component/${lfp.componentCode}"]`).click();
    await expect(page.getByRole('link', { name: lfp.title }).first()).toBeVisible();
    await expectNoSeriousAxeFindings(page, 'component list');

    await page.getByRole('button', { name: 'Angazhim i ri' }).click();
    await expect(page.getByRole('textbox', { name: 'Titulli (shqip)', exact: true })).toBeFocused();
    await expect(page.getByTestId('commitment-quality')).toBeVisible();
    await expectNoSeriousAxeFindings(page, 'a new commitment');
    await page.getByRole('link', { name: /Kthehu te komponenti/ }).click();

    await page.getByRole('link', { name: lfp.title }).first().click();
    await expect(page.getByRole('button', { name: 'Lëviz poshtë hapin kyç 1' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lëviz poshtë treguesin 1' })).toBeVisible();
    await expect(page.getByTestId('commitment-quality')).toBeVisible();
    await expectNoSeriousAxeFindings(page, 'commitment editor');

    await page.getByRole('button', { name: 'Shkurtoret' }).click();
    await expect(page.getByRole('heading', { name: 'Shkurtoret e tastierës' })).toBeVisible();
    await expectNoSeriousAxeFindings(page, 'shortcuts list', { within: '.fui-PopoverSurface' });
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Hiq hapin kyç 1' }).click();
    await expect(page.getByRole('dialog', { name: 'Të hiqet hapi kyç?' })).toBeVisible();
    await expectNoSeriousAxeFindings(page, 'removal dialog', { within: DIALOG });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await page.getByRole('button', { name: 'Importo nga Excel' }).click();
    await expect(page.getByRole('dialog', { name: 'Importo treguesit nga një fletë Excel' })).toBeVisible();
    await expectNoSeriousAxeFindings(page, 'indicator import dialog', { within: DIALOG });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // A refused value, then leaving: the leave dialog.
    await page.getByRole('textbox', { name: 'E-maili', exact: true }).fill('zyra@@drejtesia');
    await page.getByRole('textbox', { name: 'E-maili', exact: true }).press('Tab');
    await expect(page.getByTestId('unsaved-values')).toBeVisible();
    await expectNoSeriousAxeFindings(page, 'commitment editor with an unsaved value');
    await page.getByRole('link', { name: /Kthehu te komponenti/ }).click();
    await expect(page.getByRole('alertdialog', { name: 'Të largoheni nga angazhimi?' })).toBeVisible();
    await expectNoSeriousAxeFindings(page, 'leave dialog', { within: DIALOG });
    await page.getByRole('alertdialog').getByRole('button', { name: 'Hidhi poshtë dhe largohu' }).click();

  });
});

test('every screen of an LFP has no serious or critical axe finding: search and the other pages', async ({ page }) => {
  test.setTimeout(120_000);
  await lfpScene(page, async (lfp) => {
    await page.getByRole('combobox', { name: 'Kërko' }).fill(lfp.title.split(' ')[0]!);
    await expect(page.getByRole('listbox')).toBeVisible();
    await expectNoSeriousAxeFindings(page, 'search results');
    await page.keyboard.press('Escape');

    for (const [link, what] of [
      ['Cilësia e planit', 'quality page'],
      ['Printimi (PDF)', 'print screen'],
      ['Konsultimet', 'consultations'],
      ['Kalendari', 'process calendar'],
      ['Paketa', 'bundles (export and feedback import)'],
      ['Vërejtjet e POC-së', 'feedback'],
      ['Çelësi dhe besimi', 'key and trust'],
    ] as const) {
      await nav(page).getByRole('link', { name: link, exact: true }).click();
      await expect(heading(page)).toBeVisible();
      await expectNoSeriousAxeFindings(page, what);
    }
  });
});

test('every screen of the POC has no serious or critical axe finding', async ({ page, plani }) => {
  test.setTimeout(120_000);
  const lfp = lfpWorkspace();
  try {
    const bundleFile = join(lfp.dir, 'MD-1.plani');
    cli(['bundle', 'export', '--out', bundleFile, '--workspace', lfp.workspace], lfp.env);
    const code = (JSON.parse(cli(['key', 'show', '--json', '--workspace', lfp.workspace], lfp.env)) as { safetyCode: string }).safetyCode;
    await createWorkspace(page, plani.url, { role: 'poc', institution: 'POC' });
    await expect(page.getByTestId('home-safety-code')).toBeVisible();
    await expectNoSeriousAxeFindings(page, 'POC plan overview');

    await nav(page).getByRole('link', { name: 'Importo paketë' }).click();
    await expect(heading(page)).toHaveText('Importo paketë');
    await expectNoSeriousAxeFindings(page, 'bundle import');
    await page.getByLabel('Skedari i paketës', { exact: true }).setInputFiles(bundleFile);
    await expect(page.getByTestId('bundle-preview')).toBeVisible();
    await expectNoSeriousAxeFindings(page, 'bundle preview');
    await page.getByLabel('Kodi që ju lexuan').fill(code);
    await page.getByRole('button', { name: 'Verifiko dhe regjistro' }).click();
    await page.getByRole('button', { name: 'Zbato dhe regjistro çelësin' }).click();
    await expect(page.getByTestId('bundle-applied')).toHaveAttribute('data-result', 'applied');
    await expectNoSeriousAxeFindings(page, 'bundle applied');

    await nav(page).getByRole('link', { name: 'Plani i konsoliduar' }).click();
    await expect(page.locator(`article[data-commitment="${lfp.commitmentId}"]`)).toBeVisible();
    await expectNoSeriousAxeFindings(page, 'consolidated plan');
    await page.getByRole('button', { name: 'Eksporto vërejtjet: Ministria e Drejtësisë' }).click();
    await expect(page.getByTestId('feedback-exported')).toBeVisible();
    await expectNoSeriousAxeFindings(page, 'feedback exported');

    await nav(page).getByRole('link', { name: 'Çelësi dhe besimi' }).click();
    await expect(page.getByTestId('bundle-log').locator('[data-result="applied"]')).toHaveCount(1);
    await expectNoSeriousAxeFindings(page, 'key and trust with the bundle log');

    await nav(page).getByRole('link', { name: 'Konsultimet' }).click();
    await expect(page.getByText(/Vetëm për lexim këtu: çdo institucion regjistron konsultimet/)).toBeVisible();
    await expectNoSeriousAxeFindings(page, 'consultations at the POC');
    await page.getByRole('tab', { name: 'Të gjitha komentet' }).click();
    await expect(page.getByTestId('comment-counts')).toBeVisible();
    await expectNoSeriousAxeFindings(page, 'all comments at the POC');

    // The commitment as the POC reads it (read-only editor with its review).
    await page.goto(`${plani.url.split('#')[0]}#/component/${lfp.componentCode}/commitment/${lfp.commitmentId}`);
    await expect(page.getByText('Vetëm për lexim', { exact: true })).toBeVisible();
    await expectNoSeriousAxeFindings(page, 'read-only editor');
  } finally {
    rmSync(lfp.dir, { recursive: true, force: true });
  }
});
