// Consultations through the real UI in browser mode: an LFP records a
// thematic consultation (type, dates as dd.mm.yyyy, bilingual title), pastes
// an Excel attendance list of three participants (one row refused first, so
// nothing is saved until it is corrected), logs two comments and decides
// them with their reasons in both languages, then finds them in the table
// of all comments with its decision filter; the screens are axe-clean.
import { expect, test } from './fixtures';
import { expectNoSeriousAxeFindings } from './axe';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWorkspace, PNG_BYTES, saved } from './steps';

const LIST = ['Emri\tOrganizata\tSektori\tGjinia\tPëlqimi', 'Drita Çela\tShoqata e Gazetarëve\tshoqëri civile\tF\tPo', 'Gëzim Ëmeri\tBashkia Korçë\tpublik\tM\tJo', 'Arta Kola\tRrjeti i Grave\tshoqëri civile\tfemër\tpo'];

test('records a thematic consultation with three participants and two decided comments', async ({ plani, page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await createWorkspace(page, plani.url);
  await page.getByRole('navigation', { name: 'Komponentët e planit' }).getByRole('link', { name: 'Konsultimet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Konsultimet' })).toBeVisible();
  await expect(page.getByText('Ende nuk ka takime.')).toBeVisible();

  await page.getByRole('combobox', { name: 'Komponenti i takimit të ri' }).selectOption({ label: '3. Aksesi në Drejtësi' });
  await page.getByRole('button', { name: 'Takim i ri' }).click();
  const form = page.getByTestId('event-form');
  await expect(form.getByLabel('Titulli (shqip)', { exact: true })).toBeFocused();
  await page.keyboard.type('Konsultim tematik për ndihmën juridike');
  await form.getByLabel('Titulli (anglisht)', { exact: true }).fill('Thematic consultation on legal aid');
  await form.getByRole('textbox', { name: 'Data e njoftimit' }).fill('01.10.2020');
  await form.getByRole('textbox', { name: 'Data e njoftimit' }).press('Tab');
  await form.getByRole('textbox', { name: 'Data e takimit' }).fill('20.10.2020');
  await form.getByRole('textbox', { name: 'Data e takimit' }).press('Tab');
  await saved(page);
  await expect(page.getByTestId('event-list')).toContainText('Konsultim tematik për ndihmën juridike');
  await expect(page.getByTestId('event-list')).toContainText('20.10.2020');

  // A virtual meeting shows the guidelines' checklist; a thematic consultation does not.
  await expect(form.getByTestId('virtual-checklist')).toHaveCount(0);

  // The attendance list, first with a bad row: reported, nothing saved.
  await form.getByRole('button', { name: 'Ngjit listën nga Excel…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Rreshtat e kopjuar nga Excel' }).fill([...LIST.slice(0, 3), 'Arta Kola\tRrjeti i Grave\tshoqëri civile\tndoshta\tpo'].join('\n'));
  await dialog.getByRole('button', { name: 'Kontrollo listën' }).click();
  await expect(dialog.getByTestId('participant-report')).toContainText('Rreshta në rregull: 2; me probleme: 1.');
  await expect(dialog).toContainText('Gjinia nuk njihet');
  await expect(dialog.getByRole('button', { name: 'Shto pjesëmarrësit' })).toBeDisabled();
  await dialog.getByRole('textbox', { name: 'Rreshtat e kopjuar nga Excel' }).fill(LIST.join('\n'));
  await dialog.getByRole('button', { name: 'Kontrollo listën' }).click();
  await expect(dialog.getByTestId('participant-report')).toContainText('Rreshta në rregull: 3; me probleme: 0.');
  await expectNoSeriousAxeFindings(page, 'participant paste dialog');
  await dialog.getByRole('button', { name: 'Shto pjesëmarrësit' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(form.getByTestId('participant-summary')).toHaveText('3 pjesëmarrës: 2 gra, 1 burra, 0 të tjerë, 0 pa deklaruar');
  await expect(form.getByRole('checkbox', { name: 'Pëlqimi i pjesëmarrësit 2' })).not.toBeChecked();

  // Two comments, each decided with its reason in both languages.
  const texts = ['Të publikohen vendimet e ndihmës juridike.', 'Të hapet një zyrë në çdo bashki.'];
  for (const [i, text] of texts.entries()) {
    await form.getByRole('button', { name: 'Shto koment' }).click();
    const card = form.getByTestId('comment-card').nth(i);
    await expect(card).toBeVisible();
    await card.getByRole('textbox', { name: 'Organizata' }).fill(i === 0 ? 'Shoqata e Gazetarëve' : 'Rrjeti i Grave');
    await card.getByLabel('Komenti ose rekomandimi (shqip)', { exact: true }).fill(text);
    await card.getByRole('combobox', { name: 'Vendimi' }).selectOption({ label: i === 0 ? 'Pranuar' : 'Nuk u pranua' });
    await card.getByLabel('Arsyeja e vendimit (shqip)', { exact: true }).fill(i === 0 ? 'U përfshi në angazhim.' : 'Jashtë fushës së planit.');
    await card.getByLabel('Arsyeja e vendimit (anglisht)', { exact: true }).fill(i === 0 ? 'Included in the commitment.' : 'Outside the plan’s scope.');
    await card.getByLabel('Arsyeja e vendimit (anglisht)', { exact: true }).press('Tab');
  }
  await saved(page);
  await expectNoSeriousAxeFindings(page, 'consultation event form');

  // A reload keeps everything: it was saved as it was typed.
  await page.reload();
  const again = page.getByTestId('event-form');
  await expect(again.getByLabel('Titulli (shqip)', { exact: true })).toHaveValue('Konsultim tematik për ndihmën juridike');
  await expect(again.getByRole('textbox', { name: 'Data e njoftimit' })).toHaveValue('01.10.2020');
  await expect(again.getByTestId('participant-table').getByRole('row')).toHaveCount(4);
  await expect(again.getByTestId('comment-card')).toHaveCount(2);
  await expect(again.getByTestId('comment-card').nth(1).getByLabel('Arsyeja e vendimit (anglisht)', { exact: true })).toHaveValue('Outside the plan’s scope.');

  // A photo of the meeting, attached to the event by keyboard.
  const photo = join(plani.workspaceDir, '..', 'takimi-korce.png');
  writeFileSync(photo, PNG_BYTES);
  await again.getByRole('button', { name: 'Bashkëngjit skedar…' }).focus();
  const choosing = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await choosing).setFiles(photo);
  await expect(again.getByRole('region', { name: 'Bashkëngjitjet' }).getByRole('button', { name: 'takimi-korce.png', exact: true })).toBeVisible();

  // The table of all comments: counts per decision, and the filter.
  await page.getByRole('tab', { name: 'Të gjitha komentet' }).click();
  const counts = page.getByTestId('comment-counts');
  await expect(counts).toContainText('Pranuar: 1');
  await expect(counts).toContainText('Nuk u pranua: 1');
  await expect(counts).toContainText('Pa vendim: 0');
  const table = page.getByTestId('comment-table');
  await expect(table.getByRole('row')).toHaveCount(3);
  await page.getByTestId('decision-filter').selectOption({ label: 'Nuk u pranua' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('Jashtë fushës së planit.');
  await page.getByTestId('decision-filter').selectOption({ label: 'Pa vendim' });
  await expect(page.getByText('Asnjë koment nuk përputhet me filtrat.')).toBeVisible();
  await expectNoSeriousAxeFindings(page, 'all comments');
});
