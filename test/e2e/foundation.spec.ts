// A person's first session with Plani in browser mode: create the workspace,
// draft a commitment title in Albanian, switch to English, add the English
// title, reload, restart the app, and find everything as it was.
import { spawnSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { CLI, expect, test } from './fixtures';
import { createWorkspace as create, saved } from './steps';

const TITLE_SQ = 'Përmirësimi i integritetit në prokurimin publik — çështjet e ËÇ';
const TITLE_EN = 'Improving integrity in public procurement';

const createWorkspace = (page: Page, url: string) =>
  create(page, url, {
    expectWelcome: true,
    onCreated: () => expect(page.getByTestId('safety-code')).toHaveText(/^\s*\d{5}(\s+\d{5}){5}\s*$/),
  });

test('draft a bilingual commitment title, switch language, reload and restart', async ({ page, plani }) => {
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));

  await createWorkspace(page, plani.url);

  // The four components of 2020-2022 with their lead institutions.
  const nav = page.getByRole('navigation', { name: 'Komponentët e planit' });
  for (const title of ['Anti-Korrupsion', 'Qeverisja Dixhitale / Shërbimet Publike', 'Aksesi në Drejtësi', 'Transparenca Fiskale']) {
    await expect(nav.getByRole('link', { name: new RegExp(title.replace(/[/]/g, '\\/')) })).toBeVisible();
  }
  await nav.getByRole('link', { name: /Anti-Korrupsion/ }).click();
  await page.getByRole('button', { name: 'Angazhim i ri' }).click();

  await page.getByLabel('Titulli (shqip)', { exact: true }).fill(TITLE_SQ);
  await saved(page);

  await page.getByRole('group', { name: 'Gjuha' }).getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel('Title (English)', { exact: true }).fill(TITLE_EN);
  await saved(page);
  await page.screenshot({ path: 'test-results/artifacts/editor-en.png' });

  await page.reload();
  await expect(page.getByLabel('Title (Albanian)', { exact: true })).toHaveValue(TITLE_SQ);
  await expect(page.getByLabel('Title (English)', { exact: true })).toHaveValue(TITLE_EN);

  // Close the app and open it again: same workspace, same language, same text.
  // The window goes first, as it does when the app closes (a page left open on a
  // stopped server would log its idle fetches as refused connections).
  await page.goto('about:blank');
  await plani.restart();
  await page.goto(plani.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('navigation', { name: 'Plan components' }).getByRole('link', { name: /Anti-Corruption/ }).click();
  await page.getByRole('link', { name: TITLE_EN }).click();
  await expect(page.getByLabel('Title (Albanian)', { exact: true })).toHaveValue(TITLE_SQ);
  await expect(page.getByLabel('Title (English)', { exact: true })).toHaveValue(TITLE_EN);

  // The Albanian letters reach the interchange JSON exactly as typed.
  const exported = spawnSync(process.execPath, [CLI, 'plan', 'export', '--out', '-', '--workspace', plani.workspaceDir], { encoding: 'utf8' });
  expect(exported.status).toBe(0);
  const doc = JSON.parse(exported.stdout) as { commitments: { title: { sq: string; en: string } }[] };
  expect(doc.commitments.map((c) => c.title)).toEqual([{ sq: TITLE_SQ, en: TITLE_EN }]);

  expect(consoleErrors).toEqual([]);
});

test('a title that is too long is refused at the field, kept as typed, and nothing saved is lost', async ({ page, plani }) => {
  await createWorkspace(page, plani.url);
  await page.getByRole('navigation', { name: 'Komponentët e planit' }).getByRole('link', { name: /Aksesi në Drejtësi/ }).click();
  await page.getByRole('button', { name: 'Angazhim i ri' }).click();
  const title = page.getByLabel('Titulli (shqip)', { exact: true });
  await title.fill('Ndihmë juridike falas');
  await saved(page);
  await title.fill('x'.repeat(501));
  await expect(page.getByText('Teksti ka 501 shenja, ndërsa lejohen deri në 500.')).toBeVisible();
  await expect(page.getByTestId('unsaved-values')).toBeVisible();
  await page.reload();
  // What was typed is still there, unsaved; discarding it brings back the saved title.
  await expect(page.getByLabel('Titulli (shqip)', { exact: true })).toHaveValue('x'.repeat(501));
  await page.getByTestId('unsaved-values').getByRole('button', { name: /Hidh poshtë vlerën e paruajtur/ }).click();
  await expect(page.getByLabel('Titulli (shqip)', { exact: true })).toHaveValue('Ndihmë juridike falas');
});

test('the bridge refuses a request without its token', async ({ page, plani }) => {
  const bare = new URL(plani.url);
  bare.search = '';
  const res = await page.request.get(bare.toString());
  expect(res.status()).toBe(401);
  const api = await page.request.post(new URL('/api/app.info', bare).toString(), { data: {} });
  expect(api.status()).toBe(401);
});
