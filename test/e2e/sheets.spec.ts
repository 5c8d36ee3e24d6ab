// Excel sheets as ministries make them, through the real UI: an Annex IX
// sheet with title rows above the header and one target column per year,
// wider than the dialog, fits a 1366×768 screen (nothing cut off, every
// select reachable by keyboard); and an exported sheet, edited and imported
// again, updates the indicators it came from instead of adding copies.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { createWorkspace } from './steps';

async function newCommitment(page: Page, title: string) {
  await page.getByRole('navigation', { name: 'Komponentët e planit' }).getByRole('link', { name: /Anti-Korrupsion/ }).click();
  await page.getByRole('button', { name: 'Angazhim i ri' }).click();
  await page.getByLabel('Titulli (shqip)', { exact: true }).fill(title);
  await expect(page.locator('[data-save-state="saved"]').first()).toBeVisible();
}

/** Twenty columns, long headers, two title rows: the kind of sheet that used to push the dialog's right-hand column out of view. */
async function annexSheet(path: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Shtojca IX');
  ws.addRow(['Shtojca IX – Treguesit e performancës së angazhimit për ndihmën juridike falas (Plani i Veprimit 2020-2022)']);
  ws.addRow([]);
  const headers = [
    'Nr.',
    'Emërtimi i treguesit (shqip)',
    'Indicator name (English)',
    'Lloji i treguesit',
    'Njësia matëse',
    'Unit of measure',
    'Vlera bazë',
    'Viti i vlerës bazë',
    'Synimi 2020',
    'Synimi 2021',
    'Synimi 2022',
    'Burimi i të dhënave (mjetet e verifikimit) sipas raporteve vjetore të Ministrisë së Drejtësisë',
    'Frekuenca e matjes',
    'Institucioni përgjegjës',
    'Metodologjia e llogaritjes',
    'Ndarja e të dhënave',
    'Supozimet dhe rreziqet',
    'Shënime të brendshme të drejtorisë së planifikimit strategjik',
    'Koment',
    'Përgjegjësi i raportimit në Ministrinë e Drejtësisë',
  ];
  ws.addRow(headers);
  ws.addRow([1, 'Vendime të botuara', 'Published decisions', 'Produkt', 'numër', 'number', 10, 2019, 20, 40, 60, 'Raporti vjetor', 'Vjetore', 'MD']);
  ws.addRow([2, 'Qytetarë të ndihmuar', 'Citizens helped', 'Rezultat', 'numër', 'number', 0, 2019, '', 500, 'x'.repeat(300)]);
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
  return headers.length;
}

type PageGlobals = { document: { documentElement: { scrollWidth: number } } };

/** The dialog within the window, and every box inside it within the dialog. */
async function expectInside(page: Page, dialog: Locator, inner: Locator) {
  const viewport = page.viewportSize()!;
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  for (const el of await inner.all()) {
    const b = (await el.boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(box.x);
    expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
  }
  // Nothing wider than the window: no horizontal scroll of the page, none hidden inside the dialog.
  const scrollWidth = await page.evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(viewport.width);
}

test('an Annex IX sheet with title rows and a column per year fits 1366×768 and reads by keyboard', async ({ page, plani }) => {
  expect(page.viewportSize()).toEqual({ width: 1366, height: 768 });
  await createWorkspace(page, plani.url);
  await newCommitment(page, 'Ndihma juridike falas');
  const sheetPath = join(plani.workspaceDir, '..', 'shtojca-ix.xlsx');
  const width = await annexSheet(sheetPath);
  expect(width).toBe(20);

  await page.getByRole('button', { name: 'Importo nga Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importo treguesit nga një fletë Excel' });
  await dialog.getByLabel('Skedari Excel (.xlsx)').setInputFiles(sheetPath);

  // The header was found under the title, the target years recognised.
  const headerRow = dialog.getByRole('combobox', { name: 'Rreshti me titujt e kolonave' });
  await expect(headerRow).toHaveValue('3');
  await expect(dialog.locator('select[data-column="name.sq"]')).toHaveValue('1');
  await expect(dialog.locator('select[data-column="unit.sq"]')).toHaveValue('4');
  await expect(dialog.locator('select[data-column="unit.en"]')).toHaveValue('5');
  await expect(dialog.locator('select[data-column="targets.2021"]')).toHaveValue('9');
  await expect(dialog.locator('select[data-column="targets.2022"]')).toHaveValue('10');
  await expect(dialog.getByText('2 rreshta të vlefshëm')).toBeVisible();
  await page.screenshot({ path: 'test-results/artifacts/xlsx-mapping-1366.png' });
  await expectInside(page, dialog, dialog.locator('select'));

  // Every select is reached with the keyboard, the last one too, and scrolled into view when focused.
  const last = dialog.locator('select').last();
  await headerRow.focus();
  const focused = () => last.evaluate((el: { ownerDocument: { activeElement: unknown } }) => el.ownerDocument.activeElement === el);
  for (let i = 0; i < 60 && !(await focused()); i++) await page.keyboard.press('Tab');
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();

  // Another header row can be chosen: the title row reads as no known column at all.
  await headerRow.selectOption('1');
  await expect(dialog.locator('select[data-column="name.sq"]')).toHaveValue('');
  await expect(dialog.getByText('0 rreshta të vlefshëm')).toBeVisible();
  await headerRow.selectOption('3');
  await expect(dialog.locator('select[data-column="name.sq"]')).toHaveValue('1');
  await expect(dialog.getByText('2 rreshta të vlefshëm')).toBeVisible();

  // The report: its last column within the dialog too, long values wrapped.
  await dialog.getByRole('button', { name: 'Vazhdo' }).click();
  const report = dialog.getByRole('table', { name: 'Raporti për secilin rresht' });
  await expect(report.locator('tr[data-row="4"]')).toContainText('Tregues i ri');
  await expectInside(page, dialog, report.locator('th, td'));
  await page.screenshot({ path: 'test-results/artifacts/xlsx-report-1366.png' });

  await dialog.getByRole('button', { name: 'Importo', exact: true }).click();
  await expect(dialog.getByText('U importuan 2 tregues.')).toBeVisible();
});

test('an exported sheet, edited and imported again, updates its indicators instead of adding copies', async ({ page, plani }) => {
  await createWorkspace(page, plani.url);
  await newCommitment(page, 'Ndihmë juridike: “falas” për të gjithë?');
  const sheetPath = join(plani.workspaceDir, '..', 'shtojca-ix.xlsx');
  await annexSheet(sheetPath);
  await page.getByRole('button', { name: 'Importo nga Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importo treguesit nga një fletë Excel' });
  await dialog.getByLabel('Skedari Excel (.xlsx)').setInputFiles(sheetPath);
  await expect(dialog.getByText('2 rreshta të vlefshëm')).toBeVisible();
  await dialog.getByRole('button', { name: 'Vazhdo' }).click();
  await dialog.getByRole('button', { name: 'Importo', exact: true }).click();
  await expect(dialog.getByText('U importuan 2 tregues.')).toBeVisible();
  // Done, the focus is on Close (the Import button is gone); closing hands it back to the button that opened the dialog.
  await expect(dialog.getByRole('button', { name: 'Mbyll' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Importo nga Excel' })).toBeFocused();

  // The export is named for the commitment, in a form Windows accepts.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Eksporto në Excel' }).click()]);
  expect(download.suggestedFilename()).toBe('treguesit-Ndihmë juridike “falas” për të gjithë.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const ws = wb.worksheets[0]!;
  const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
  ws.getRow(2).getCell(header.findIndex((h) => h.startsWith('Vlerat e synuara sipas viteve – Viti 2022')) + 1).value = 75;
  const editedPath = join(plani.workspaceDir, '..', 'ndryshuar.xlsx');
  await wb.xlsx.writeFile(editedPath);

  await page.getByRole('button', { name: 'Importo nga Excel' }).click();
  // Another file can be chosen from the mapping step; the focus goes to the file box again.
  await dialog.getByLabel('Skedari Excel (.xlsx)').setInputFiles(sheetPath);
  await dialog.getByRole('button', { name: 'Zgjidh një skedar tjetër' }).click();
  await expect(dialog.getByLabel('Skedari Excel (.xlsx)')).toBeFocused();
  await dialog.getByLabel('Skedari Excel (.xlsx)').setInputFiles(editedPath);
  await expect(dialog.getByText('1 tregues ekzistues do të përditësohet')).toBeVisible();
  await dialog.getByRole('button', { name: 'Vazhdo' }).click();
  const report = dialog.getByRole('table', { name: 'Raporti për secilin rresht' });
  await expect(report.locator('tr[data-row="2"]')).toContainText('Përditëson treguesin');
  await expect(report.locator('tr[data-row="3"]')).toContainText('Pa ndryshim');
  await dialog.getByRole('button', { name: 'Importo', exact: true }).click();
  await expect(dialog.getByText('U përditësua 1 tregues ekzistues. 1 tregues ishte tashmë i njëjtë me fletën.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Mbyll' }).click();

  // Still two indicators, the first with its new 2022 target.
  const names = page.getByText('Vendime të botuara');
  await expect(names.first()).toBeVisible();
  const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Eksporto në Excel' }).click()]);
  const check = new ExcelJS.Workbook();
  await check.xlsx.readFile(await again.path());
  const sheet = check.worksheets[0]!;
  expect(sheet.rowCount).toBe(3);
  expect(sheet.getRow(2).getCell(header.findIndex((h) => h.startsWith('Vlerat e synuara sipas viteve – Viti 2022')) + 1).value).toBe(75);
});
