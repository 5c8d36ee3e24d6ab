// The POC writes the plan's front matter: what it types is saved as it goes
// and is there after a reload, a date that does not exist stays in its box
// (kept, not saved), the lists are edited with the keyboard, the screen fits
// 1366x768 without serious accessibility findings; an institution gets no
// link and reads the screen read-only.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { createWorkspace, saved } from './steps';

const FOREWORD = 'Qeverisja e hapur është përgjegjësi e përbashkët e çdo institucioni.';

test('the POC writes a foreword and it is kept through a reload', async ({ page, plani }) => {
  test.setTimeout(90_000);
  await createWorkspace(page, plani.url, { role: 'poc', institution: 'POC' });
  await page.getByRole('link', { name: 'Hyrja e planit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hyrja e planit' })).toBeFocused();

  await page.getByLabel('Parathënia (shqip)').fill(FOREWORD);
  await page.getByLabel('Parathënia (anglisht)').fill('Open government is a shared responsibility.');

  // An abbreviation, added and filled with the keyboard: the focus lands in the new row.
  await page.getByRole('button', { name: 'Shto shkurtim' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Shkurtimi (shqip)')).toBeFocused();
  await page.keyboard.type('AKSHI');
  await page.getByLabel('Kuptimi i plotë (shqip)').fill('Agjencia Kombëtare e Shoqërisë së Informacionit');
  await saved(page);

  // A date that does not exist is said at the box and kept as typed.
  const date = page.getByLabel('Data e vendimit');
  await date.fill('30.02.2021');
  await date.press('Tab');
  await expect(page.getByText('Kjo nuk është datë e vlefshme', { exact: false })).toBeVisible();

  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
  expect(width).toBeLessThanOrEqual(1366);
  await page.screenshot({ path: 'test-results/artifacts/front-matter.png' });

  await page.reload();
  await expect(page.getByLabel('Parathënia (shqip)')).toHaveValue(FOREWORD);
  await expect(page.getByLabel('Shkurtimi (shqip)')).toHaveValue('AKSHI');
  await expect(page.getByLabel('Data e vendimit')).toHaveValue('30.02.2021');

  // English interface: the same screen in its own words, the texts unchanged.
  await page.getByRole('group', { name: 'Gjuha' }).getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plan front matter' })).toBeVisible();
  await expect(page.getByLabel('Foreword (Albanian)')).toHaveValue(FOREWORD);
});

test('an institution has no link to the front matter and reads it read-only', async ({ page, plani }) => {
  await createWorkspace(page, plani.url, { role: 'lfp', institution: 'MD' });
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Hyrja e planit' })).toHaveCount(0);
  await page.goto(`${plani.url.split('?')[0]}#/front-matter`);
  await expect(page.getByText('Hyrjen e planit e shkruan Pika e Kontaktit (POC).', { exact: false })).toBeVisible();
  await expect(page.getByLabel('Parathënia (shqip)')).toHaveAttribute('readonly', '');
  await expect(page.getByRole('button', { name: 'Shto shkurtim' })).toHaveCount(0);
});
