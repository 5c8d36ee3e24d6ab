// The drafting panels through the real UI: the search box (accents optional,
// both interface languages, opening a hit focuses its field), the plan-wide
// quality page (a finding links to its field) and the Annex IX spreadsheet
// (export as a download; import with a per-row report that refuses bad rows
// until the person asks for the valid ones only).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { CLI, expect, test } from './fixtures';
import { createWorkspace, saved } from './steps';

/** A new commitment in Anti-Korrupsion; returns with the editor open. */
async function newCommitment(page: Page, title?: { sq?: string; en?: string }) {
  await page.getByRole('navigation', { name: 'Komponentët e planit' }).getByRole('link', { name: /Anti-Korrupsion/ }).click();
  await page.getByRole('button', { name: 'Angazhim i ri' }).click();
  await expect(page.getByLabel('Titulli (shqip)', { exact: true })).toBeVisible();
  if (title?.sq) await page.getByLabel('Titulli (shqip)', { exact: true }).fill(title.sq);
  if (title?.en) await page.getByLabel('Titulli (anglisht)', { exact: true }).fill(title.en);
  if (title) await saved(page);
}

function exportPlan(workspaceDir: string) {
  const r = spawnSync(process.execPath, [CLI, 'plan', 'export', '--out', '-', '--workspace', workspaceDir], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { commitments: { id: string; indicators: { name: { sq: string; en: string } }[] }[] };
}

test('search finds a commitment by a word typed without its accents, in both languages, and opens the field', async ({ page, plani }) => {
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  await createWorkspace(page, plani.url);
  await newCommitment(page, { sq: 'Rritja e përfshirjes së qytetarëve në prokurimin publik', en: 'More citizen oversight of public procurement' });
  await page.getByRole('navigation', { name: 'Komponentët e planit' }).getByRole('link', { name: 'Përmbledhja e planit' }).click();

  // "/" from outside a text field puts the cursor in the search box. The overview's heading takes the
  // focus when it opens: wait for that, or a slow machine's late mount takes the focus back from the box.
  const overview = page.getByRole('heading', { level: 1, name: 'Plani Kombëtar i Veprimit OGP 2020-2022' });
  await expect(overview).toBeFocused();
  await overview.click();
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: 'Kërko' });
  await expect(box).toBeFocused();
  await page.keyboard.type('perfshirje');
  const results = page.getByRole('listbox', { name: 'Rezultatet e kërkimit' });
  const hit = results.getByRole('option', { name: /Rritja e përfshirjes/ }).first();
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark')).toHaveText(/përfshirje/i);
  await expect(hit).toContainText('Titulli');
  await page.screenshot({ path: 'test-results/artifacts/search-sq.png' });
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Titulli (shqip)', { exact: true })).toBeFocused();
  await expect(results).toBeHidden();

  // Typing "/" inside a text field types it.
  await page.getByLabel('Titulli i shkurtër (shqip)', { exact: true }).click();
  await page.keyboard.type('a/b');
  await expect(page.getByLabel('Titulli i shkurtër (shqip)', { exact: true })).toHaveValue('a/b');
  await expect(page.getByLabel('Titulli i shkurtër (shqip)', { exact: true })).toBeFocused();

  // In English: Ctrl+F, an Albanian word without its ë, arrow keys, Escape, then an English word.
  await page.getByRole('group', { name: 'Gjuha' }).getByRole('button', { name: 'English' }).click();
  await page.getByRole('navigation', { name: 'Plan components' }).getByRole('link', { name: 'Plan overview' }).click();
  await page.keyboard.press('Control+f');
  const enBox = page.getByRole('combobox', { name: 'Search' });
  await expect(enBox).toBeFocused();
  await enBox.fill('qytetareve');
  const enResults = page.getByRole('listbox', { name: 'Search results' });
  await expect(enResults.getByRole('option').first()).toContainText('More citizen oversight');
  await page.keyboard.press('Escape');
  await expect(enResults).toBeHidden();
  await enBox.fill('oversight');
  const enHit = enResults.getByRole('option', { name: /oversight/ }).first();
  await expect(enHit).toBeVisible();
  await expect(enHit.locator('mark')).toHaveText(/oversight/i);
  await page.keyboard.press('ArrowDown');
  await expect(enHit).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({ path: 'test-results/artifacts/search-en.png' });
  await enHit.click();
  await expect(page.getByLabel('Title (English)', { exact: true })).toBeFocused();

  expect(consoleErrors).toEqual([]);
});

test('the plan-quality page lists a finding for an unfinished commitment and its link lands on the field', async ({ page, plani }) => {
  await createWorkspace(page, plani.url);
  // A title in Albanian only: enough to keep the new commitment (an untouched one is removed on leaving it).
  await newCommitment(page, { sq: 'Ndihma juridike falas' });
  const nav = page.getByRole('navigation', { name: 'Komponentët e planit' });
  await nav.getByRole('link', { name: 'Cilësia e planit' }).click();
  await expect(page.getByRole('heading', { name: 'Cilësia e planit', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Plotësia sipas komponentit' })).toContainText('1. Anti-Korrupsion');
  await expect(page.getByRole('progressbar', { name: /Shqip: plotësia \d+%/ }).first()).toBeVisible();

  const findings = page.getByRole('region', { name: 'Gjetjet sipas komponentit dhe angazhimit' });
  await expect(findings).toContainText('Plotësoni “Titulli”');
  await page.screenshot({ path: 'test-results/artifacts/plan-quality-sq.png' });
  await findings.getByRole('link', { name: 'Shko te fusha Titulli (anglisht)' }).first().click();
  await expect(page.getByLabel('Titulli (anglisht)', { exact: true })).toBeFocused();

  // The same page in English, refreshed on demand.
  await page.getByRole('group', { name: 'Gjuha' }).getByRole('button', { name: 'English' }).click();
  await page.getByRole('navigation', { name: 'Plan components' }).getByRole('link', { name: 'Plan quality' }).click();
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByRole('region', { name: 'Findings by component and commitment' })).toContainText('Fill in "Title"');
});

test('indicators go out as a spreadsheet and come back in, bad rows refused until only the valid ones are asked for', async ({ page, plani }) => {
  await createWorkspace(page, plani.url);
  await newCommitment(page, { sq: 'Monitorimi i prokurimit nga shoqëria civile' });

  // Export: a download of an .xlsx.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Eksporto në Excel' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const exportedPath = await download.path();
  const exported = new ExcelJS.Workbook();
  await exported.xlsx.load(readFileSync(exportedPath) as unknown as ExcelJS.Buffer);
  expect(exported.worksheets.length).toBeGreaterThan(0);

  // A sheet with two good rows and one bad.
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Treguesit');
  ws.addRow(['Emri (shqip)', 'Emri (anglisht)', 'Lloji', 'Vlera bazë', 'Viti bazë', 'Vlerat e synuara (viti: vlera)']);
  ws.addRow(['Numri i OSHC-ve në monitorim', 'Number of CSOs monitoring', 'Rezultat', 3, 2019, '2021: 10; 2022: 20']);
  ws.addRow(['Raporte monitorimi të publikuara', 'Monitoring reports published', 'Produkt', 0, 2020, '2022: 4']);
  ws.addRow(['Rresht i gabuar', 'Bad row', 'Diçka tjetër', 1, 2020, '2022: 5']);
  const sheetPath = join(plani.workspaceDir, '..', 'treguesit.xlsx');
  writeFileSync(sheetPath, Buffer.from(await wb.xlsx.writeBuffer()));

  await page.getByRole('button', { name: 'Importo nga Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importo treguesit nga një fletë Excel' });
  await dialog.getByLabel('Skedari Excel (.xlsx)').setInputFiles(sheetPath);

  // Column mapping, pre-filled from the headers.
  await expect(dialog.getByRole('group', { name: 'Lidhja e fushave me kolonat e fletës' })).toBeVisible();
  await expect(dialog.locator('select[data-column="name.sq"]')).toHaveValue('0');
  await expect(dialog.locator('select[data-column="type"]')).toHaveValue('2');
  await expect(dialog.getByText('2 rreshta të vlefshëm')).toBeVisible();
  await dialog.getByRole('button', { name: 'Vazhdo' }).click();

  // Per-row report: row 4 has an error on the type column.
  const report = dialog.getByRole('table', { name: 'Raporti për secilin rresht' });
  const bad = report.locator('tr[data-row="4"]');
  await expect(bad).toContainText('Me gabime');
  await expect(bad).toContainText('Lloji duhet të jetë');
  await expect(report.locator('tr[data-row="2"]')).toContainText('Në rregull');
  await page.screenshot({ path: 'test-results/artifacts/xlsx-report-sq.png' });

  const importButton = dialog.getByRole('button', { name: 'Importo', exact: true });
  await expect(importButton).toBeDisabled();
  await dialog.getByRole('checkbox', { name: 'Importo vetëm rreshtat e vlefshëm' }).check();
  await expect(importButton).toBeEnabled();
  await importButton.click();
  await expect(dialog.getByText('U importuan 2 tregues.')).toBeVisible();
  await expect(dialog.getByText('1 rresht me gabime u anashkalua.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Mbyll' }).click();
  await expect(dialog).toBeHidden();

  // The good rows are indicators of the commitment now, on screen and in the store.
  await expect(page.getByText('Numri i OSHC-ve në monitorim').first()).toBeVisible();
  await expect(page.getByText('Raporte monitorimi të publikuara').first()).toBeVisible();
  const names = exportPlan(plani.workspaceDir).commitments.flatMap((c) => c.indicators.map((i) => i.name.sq));
  expect(names.sort()).toEqual(['Numri i OSHC-ve në monitorim', 'Raporte monitorimi të publikuara']);
});
