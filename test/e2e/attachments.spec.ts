// A photo attached to a commitment in browser mode, by keyboard, and
// downloaded back byte for byte; the editor's side column stays axe-clean.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoSeriousAxeFindings } from './axe';
import { expect, test } from './fixtures';
import { createWorkspace, PNG_BYTES, saved } from './steps';

const PNG = PNG_BYTES;

test('a PNG attached to a commitment downloads back the same', async ({ page, plani }) => {
  await createWorkspace(page, plani.url);
  await page.getByRole('navigation', { name: 'Komponentët e planit' }).getByRole('link', { name: /Anti-Korrupsion/ }).click();
  await page.getByRole('button', { name: 'Angazhim i ri' }).click();
  await page.getByLabel('Titulli (shqip)', { exact: true }).fill('Me foto');
  await saved(page);

  const file = join(plani.workspaceDir, '..', 'takimi.png');
  writeFileSync(file, PNG);
  const add = page.getByRole('button', { name: 'Bashkëngjit skedar…' });
  await add.focus();
  const choosing = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await choosing).setFiles(file);
  const link = page.getByRole('button', { name: 'takimi.png', exact: true });
  await expect(link).toBeVisible();

  // A file whose bytes are not what its name says is refused at the list.
  const fake = join(plani.workspaceDir, '..', 'raport.pdf');
  writeFileSync(fake, PNG);
  const again = page.waitForEvent('filechooser');
  await add.click();
  await (await again).setFiles(fake);
  await expect(page.getByRole('alert').filter({ hasText: 'raport.pdf' })).toContainText('PNG');

  const downloading = page.waitForEvent('download');
  await link.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('takimi.png');
  expect(readFileSync((await download.path())!).equals(PNG)).toBe(true);
  await expectNoSeriousAxeFindings(page, 'commitment editor with an attachment');

  // Removing asks first; Escape keeps the file, the confirmation removes it.
  const remove = page.getByRole('button', { name: 'Hiq “takimi.png”' });
  await remove.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Të hiqet bashkëngjitja?' });
  await expect(dialog).toContainText('takimi.png');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(link).toBeVisible();
  await remove.click();
  await dialog.getByRole('button', { name: 'Fshij' }).click();
  await expect(link).toBeHidden();
  await expect(page.getByText('Asnjë bashkëngjitje.')).toBeVisible();
});
