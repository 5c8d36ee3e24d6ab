// The ideas register through the real UI in browser mode: an idea recorded
// in the form (date as dd.mm.yyyy, channel, submitter, bilingual title) is
// saved field by field and shows in the table, the filters and the count per
// status follow, a form's CSV export (Windows-1250, semicolons) is imported
// through the mapping and the row report, the search box finds an imported
// idea, and a duplicate is merged into the idea it repeats.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createWorkspace, saved } from './steps';

/** Windows-1250 bytes of the Albanian text (ë = 0xEB, ç = 0xE7). */
const cp1250 = (text: string) => Buffer.from([...text].map((ch) => ({ ë: 0xeb, ç: 0xe7, Ë: 0xcb, Ç: 0xc7 })[ch] ?? ch.charCodeAt(0)));

/** Serious and critical accessibility findings on the page as it stands (none expected). */
async function axeFindings(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('records an idea in the form, filters the table, imports a CSV export and merges a duplicate', async ({ plani, page }) => {
  await createWorkspace(page, plani.url);
  await page.getByRole('navigation', { name: 'Komponentët e planit' }).getByRole('link', { name: 'Idetë' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Regjistri i ideve' })).toBeVisible();
  await expect(page.getByText('Ende nuk është regjistruar asnjë ide.')).toBeVisible();

  // MD leads two components: the new idea goes into Access to justice.
  await page.getByRole('combobox', { name: 'Zgjidhni komponentin e idesë së re' }).selectOption({ label: '3. Aksesi në Drejtësi' });
  await page.getByRole('button', { name: 'Ide e re' }).click();
  const form = page.getByTestId('idea-form');
  await expect(form.getByLabel('Titulli i idesë (shqip)', { exact: true })).toBeFocused();
  await page.keyboard.type('Ndihmë juridike falas në çdo qark');
  await form.getByRole('textbox', { name: 'Data e marrjes' }).fill('15.09.2020');
  await form.getByRole('textbox', { name: 'Data e marrjes' }).press('Tab');
  await form.getByRole('combobox', { name: 'Kanali' }).selectOption({ label: 'Takim' });
  await form.getByRole('textbox', { name: 'Organizata' }).fill('Qendra për Drejtësi');
  await form.getByRole('checkbox', { name: 'Pëlqim për publikim' }).check();
  await saved(page);
  expect(await axeFindings(page)).toEqual([]);

  const table = page.getByTestId('idea-table');
  await expect(table.getByRole('row')).toHaveCount(2);
  const row = table.getByRole('row').nth(1);
  await expect(row).toContainText('15.09.2020');
  await expect(row).toContainText('Ndihmë juridike falas në çdo qark');
  await expect(row).toContainText('Takim');
  await expect(row).toContainText('Qendra për Drejtësi');

  // Filters: the channel keeps it, another channel shows none; the counts follow the other filters.
  const channel = page.getByRole('combobox', { name: 'Kanali', exact: true }).first();
  await channel.selectOption({ label: 'E-mail' });
  await expect(page.getByText('Asnjë ide nuk përputhet me filtrat.')).toBeVisible();
  await channel.selectOption({ label: 'Takim' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await channel.selectOption({ label: 'Të gjitha' });

  // A reload keeps what was typed: it was saved field by field.
  await page.reload();
  await expect(page.getByTestId('idea-form').getByLabel('Titulli i idesë (shqip)', { exact: true })).toHaveValue('Ndihmë juridike falas në çdo qark');
  await expect(page.getByTestId('idea-form').getByRole('textbox', { name: 'Data e marrjes' })).toHaveValue('15.09.2020');

  // Import a form's CSV export, as Excel on an Albanian Windows saves it.
  const csv = {
    name: 'pergjigjet.csv',
    mimeType: 'text/csv',
    buffer: cp1250('Vula kohore;Titulli i idesë (shqip);Problemi (shqip);Emri i propozuesit\r\n' + '16.09.2020 10:12:00;Avokatë falas për të varfrit;Mungon përfaqësimi;Arta\r\n' + '17.09.2020 11:00:00;Ndihmë juridike në çdo qark;Zyrat janë larg;Besa\r\n'),
  };
  await page.getByRole('button', { name: 'Importo nga formulari…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importo ide nga eksporti i formularit' });
  await dialog.getByRole('combobox', { name: 'Komponenti ku shkojnë idetë' }).selectOption({ label: '3. Aksesi në Drejtësi' });
  await dialog.getByTestId('idea-file').setInputFiles(csv);
  await expect(dialog.getByText('2 rreshta në rregull, 0 me probleme')).toBeVisible();
  await expect(dialog.getByText(/kodimi windows-1250, ndarësi “;”/)).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Titulli i idesë (shqip)' })).toHaveValue('1');
  await expect(dialog.getByTestId('idea-import-report')).toContainText('Avokatë falas për të varfrit');
  expect(await axeFindings(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Importo 2 ide' }).click();
  await expect(dialog.getByText('U importuan 2 ide; u lanë jashtë 0 rreshta.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Mbyll' }).click();

  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(page.getByTestId('idea-counts')).toContainText('E marrë: 3');
  await page.screenshot({ path: test.info().outputPath('register-1366x768.png') });

  // Sorting by keyboard: the title header, Enter, A to Z.
  await table.getByRole('button', { name: 'Titulli i idesë' }).focus();
  await page.keyboard.press('Enter');
  await expect(table.getByRole('row').nth(1)).toContainText('Avokatë falas për të varfrit');
  await page.keyboard.press('Enter');
  await expect(table.getByRole('row').nth(1)).toContainText('Ndihmë juridike në çdo qark');

  // The search box uses the full-text index: accents optional.
  await page.getByRole('searchbox', { name: 'Kërko në ide' }).fill('perfaqesimi');
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('Avokatë falas për të varfrit');
  await page.getByRole('searchbox', { name: 'Kërko në ide' }).fill('');
  await expect(table.getByRole('row')).toHaveCount(4);

  // The imported duplicate joins the idea recorded by hand.
  await table.getByRole('link', { name: 'Ndihmë juridike në çdo qark' }).click();
  await page.getByTestId('idea-form').getByRole('button', { name: 'Bashko me një ide tjetër…' }).click();
  const merge = page.getByRole('alertdialog', { name: 'Bashko idenë me një tjetër' });
  await merge.getByRole('combobox', { name: 'Bashko me' }).selectOption({ label: '15.09.2020 · Ndihmë juridike falas në çdo qark' });
  await merge.getByRole('button', { name: 'Bashko', exact: true }).click();
  await expect(page.getByTestId('idea-form')).toContainText('Bashkuar me: Ndihmë juridike falas në çdo qark');
  await expect(page.getByTestId('idea-counts')).toContainText('E bashkuar: 1');
  await page.getByTestId('idea-counts').getByRole('button', { name: 'E bashkuar: 1' }).click();
  await expect(table.getByRole('row')).toHaveCount(2);

  // The top bar's search covers ideas: a hit opens the idea with the cursor in the field that matched.
  await page.getByRole('link', { name: 'Përmbledhja e planit' }).click();
  await page.getByRole('combobox', { name: 'Kërko' }).fill('zyrat jane');
  await expect(page.getByRole('option').first()).toContainText('Problemi');
  await page.keyboard.press('Enter');
  const problem = page.getByTestId('idea-form').getByRole('textbox', { name: 'Problemi (shqip)' });
  await expect(problem).toHaveValue('Zyrat janë larg');
  await expect(problem).toBeFocused();
});

test('leaving an idea that holds a value it could not save asks first, and leaving keeps the value', async ({ plani, page }) => {
  await createWorkspace(page, plani.url);
  await page.getByRole('navigation', { name: 'Komponentët e planit' }).getByRole('link', { name: 'Idetë' }).click();
  await page.getByRole('button', { name: 'Ide e re' }).click();
  const form = page.getByTestId('idea-form');
  await expect(form.getByLabel('Titulli i idesë (shqip)', { exact: true })).toBeFocused();
  await page.keyboard.type('Portal i ankesave për shërbimet');
  await saved(page);
  const date = form.getByRole('textbox', { name: 'Data e marrjes' });
  await date.fill('31.02.2021');
  await date.press('Tab');
  await expect(date).toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('link', { name: 'Prioritizimi' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Të largoheni nga ideja?' });
  await expect(dialog).toContainText('Data e marrjes');
  expect(await axeFindings(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Qëndro dhe korrigjo' }).click();
  await expect(date).toHaveValue('31.02.2021');

  await page.getByRole('link', { name: 'Prioritizimi' }).click();
  await dialog.getByRole('button', { name: 'Largohu dhe mbaji' }).click();
  await expect(page.getByRole('heading', { name: 'Prioritizimi i ideve', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Idetë' }).click();
  await page.getByTestId('idea-table').getByRole('link', { name: 'Portal i ankesave për shërbimet' }).click();
  await expect(page.getByTestId('idea-form').getByRole('textbox', { name: 'Data e marrjes' })).toHaveValue('31.02.2021');
  await expect(page.getByTestId('idea-form').getByRole('textbox', { name: 'Data e marrjes' })).toHaveAttribute('aria-invalid', 'true');
});
