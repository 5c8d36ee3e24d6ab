// Steps several end-to-end specs start with, through the real first-run screens.
import type { Page } from '@playwright/test';

/** A new workspace for an institution (an LFP's by default), made as a person does on first start. */
export async function createWorkspace(page: Page, url: string, role: 'LFP' | 'POC' = 'LFP', institution = 'MD') {
  await page.goto(url);
  await page.getByRole('radio', { name: new RegExp(`\\(${role}\\)`) }).check();
  await page.getByRole('combobox', { name: 'Institucioni' }).selectOption(institution);
  await page.getByRole('button', { name: 'Krijo hapësirën e punës' }).click();
  await page.getByRole('button', { name: 'Vazhdo te plani' }).click();
}
