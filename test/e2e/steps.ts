// What several specs do through the UI before their own part begins.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export interface CreateOptions {
  role?: 'lfp' | 'poc';
  institution?: string;
  /** Check that the first-start screen greets the person before anything is chosen. */
  expectWelcome?: boolean;
  /** Checks on the "created" screen, before going on to the plan. */
  onCreated?: (page: Page) => Promise<void>;
}

/** Creates the workspace on the first-start screen (an LFP for MD unless told otherwise) and goes on to the plan. */
export async function createWorkspace(page: Page, url: string, { role = 'lfp', institution = 'MD', expectWelcome = false, onCreated }: CreateOptions = {}) {
  await page.goto(url);
  if (expectWelcome) await expect(page.getByRole('heading', { name: 'Mirë se vini te Plani' })).toBeVisible();
  await page.getByRole('radio', { name: new RegExp(`\\(${role.toUpperCase()}\\)`) }).check();
  await page.getByRole('combobox', { name: 'Institucioni' }).selectOption(institution);
  await page.getByRole('button', { name: 'Krijo hapësirën e punës' }).click();
  await onCreated?.(page);
  await page.getByRole('button', { name: 'Vazhdo te plani' }).click();
}

/** Waits until the first save-state mark on the page says saved. */
export const saved = (page: Page) => expect(page.locator('[data-save-state="saved"]').first()).toBeVisible();
