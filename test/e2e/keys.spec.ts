// Keys: a key rotated on the Key and trust page is the code the plan's home
// page shows straight away, without restarting the app; and the keyboard —
// F6 between the window's areas, every shortcut listed, and the focus back
// where the person was (and in view) after a dialog, a move and a search.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { CLI, expect, startServer, test } from './fixtures';
import { cliLfpWorkspace, type CliLfp } from './steps';

const digits = (s: string | null) => (s ?? '').replace(/\D/g, '');

test('after a key rotation the home page shows the new safety code', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'plani-e2e-keys-'));
  const workspace = join(dir, 'workspace');
  const keyring = join(dir, 'keyring');
  const init = spawnSync(process.execPath, [CLI, 'init', '--role', 'lfp', '--institution', 'MD', '--workspace', workspace], {
    env: { ...process.env, PLANI_KEYRING_DIR: keyring },
    encoding: 'utf8',
  });
  expect(init.status, init.stderr).toBe(0);
  const server = await startServer(workspace, keyring);
  try {
    await page.goto(server.url);
    const home = page.getByTestId('home-safety-code');
    await expect(home).toHaveText(/\d{5}/);
    const before = digits(await home.textContent());

    await page.goto(`${server.url.split('?')[0]}#/keys`);
    await page.getByRole('button', { name: 'Ndërro çelësin' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ndërro çelësin' }).click();
    await download;
    const rotated = page.getByTestId('rotated-safety-code');
    await expect(rotated).toBeVisible();
    const after = (await rotated.getAttribute('data-code')) ?? '';
    expect(after).toMatch(/^\d{30}$/);
    expect(after).not.toBe(before);

    await page.getByRole('link', { name: 'Përmbledhja e planit' }).click();
    await expect(page.getByTestId('home-safety-code')).toHaveText(new RegExp(after.replace(/(\d{5})(?=\d)/g, '$1\\s*')));
  } finally {
    server.child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
});

/** An LFP workspace for MD whose first commitment has two milestones and two indicators, open in the editor. */
async function openEditor(page: Page, run: (commitment: CliLfp) => Promise<void>) {
  const lfp = cliLfpWorkspace('e2e-keyboard', { milestonesPer: 2, indicatorsPer: 2 });
  const server = await startServer(lfp.workspace, lfp.env.PLANI_KEYRING_DIR!);
  try {
    await page.goto(`${server.url.split('#')[0]}#/component/${lfp.componentCode}/commitment/${lfp.commitmentId}`);
    await expect(page.getByRole('button', { name: 'Lëviz poshtë hapin kyç 1' })).toBeVisible();
    await expect(page.getByTestId('commitment-quality')).toBeVisible();
    await run(lfp);
  } finally {
    server.child.kill('SIGTERM');
    rmSync(lfp.dir, { recursive: true, force: true });
  }
}

const title = (page: Page) => page.getByRole('textbox', { name: 'Titulli (shqip)', exact: true });
const sections = (page: Page) => page.getByRole('navigation', { name: 'Seksionet' });
const quality = (page: Page) => page.getByTestId('commitment-quality');
const focusedIn = (area: Locator) => expect(area.locator('*:focus').or(area.and(area.page().locator(':focus')))).toHaveCount(1);

test('F6 goes from the form to the section list and the quality panel, round the window, and back to the field', async ({ page }) => {
  await openEditor(page, async () => {
    await title(page).click();
    await page.keyboard.press('F6');
    await focusedIn(sections(page));
    await expect(page.locator(':focus')).toBeInViewport();
    await page.keyboard.press('F6');
    await focusedIn(quality(page));
    await expect(page.locator(':focus')).toBeInViewport();
    // A Tab from the panel reaches its first "go to the field" button.
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAccessibleName(/^Shko te fusha|^Shqip|^Anglisht|^Shfaq/);
    // On round: the top bar, the navigation, the page, and the form again — at the field the person was in.
    await page.keyboard.press('F6');
    await focusedIn(page.getByRole('banner'));
    await page.keyboard.press('F6');
    await focusedIn(page.getByRole('navigation', { name: 'Komponentët e planit' }));
    // The page: where the person last was in it outside the form (the heading the editor opened on).
    await page.keyboard.press('F6');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await page.keyboard.press('F6');
    await expect(title(page)).toBeFocused();
    // Backwards.
    await page.keyboard.press('Shift+F6');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await page.keyboard.press('Shift+F6');
    await page.keyboard.press('Shift+F6');
    await page.keyboard.press('Shift+F6');
    await focusedIn(quality(page));
  });
});

test('the shortcuts list names every shortcut, from the one declaration', async ({ page }) => {
  await openEditor(page, async () => {
    await page.getByRole('button', { name: 'Shkurtoret' }).click();
    const list = page.getByTestId('shortcut-list');
    for (const keys of ['F6 · Shift+F6', 'Ctrl+F · /', 'Ctrl+P', 'Ctrl+N', 'Ctrl+Enter', 'Alt+↓', 'Esc', 'Ctrl+Z', 'Enter · Hapësirë']) {
      await expect(list.getByRole('rowheader', { name: keys, exact: true }).first()).toBeVisible();
    }
    await expect(list.locator('[data-shortcut="generate"]')).toContainText('Krijon dokumentin PDF');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Shkurtoret' })).toBeFocused();
    // The same list in English.
    await page.getByRole('group', { name: 'Gjuha' }).getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Shortcuts' }).click();
    await expect(page.getByTestId('shortcut-list').locator('[data-shortcut="regions"]')).toContainText('Moves to the next / previous area');
    await expect(page.getByTestId('shortcut-list').getByRole('rowheader', { name: 'Enter · Space', exact: true })).toBeVisible();
  });
});

test('focus returns to where the person was: Escape in the import dialog and the leave dialog, a removal, a move to the end, Escape in search', async ({ page }) => {
  await openEditor(page, async (c) => {
    await test.step('Escape in the indicator import dialog: back on the button that opened it', async () => {
      const open = page.getByRole('button', { name: 'Importo nga Excel' });
      await open.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('dialog', { name: 'Importo treguesit nga një fletë Excel' })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect(open).toBeFocused();
    });

    await test.step('"Lëviz poshtë" to the end of the list: on the record\'s other move button, in view', async () => {
      const down = page.getByRole('button', { name: 'Lëviz poshtë hapin kyç 1' });
      await down.focus();
      await page.keyboard.press('Enter');
      // The record is now second and last: its "down" is off, so its "up" has the focus.
      await expect(page.getByRole('button', { name: 'Lëviz poshtë hapin kyç 2' })).toHaveAttribute('aria-disabled', 'true');
      const up = page.getByRole('button', { name: 'Lëviz lart hapin kyç 2' });
      await expect(up).toBeFocused();
      await expect(up).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('button', { name: 'Lëviz poshtë hapin kyç 1' })).toBeFocused();
      await expect(page.getByRole('button', { name: 'Lëviz poshtë hapin kyç 1' })).toBeInViewport();
    });

    await test.step('removing a record: Escape back on its remove button; confirmed, on the card that took its place', async () => {
      const remove = page.getByRole('button', { name: 'Hiq treguesin 1' });
      await remove.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('dialog', { name: 'Të hiqet treguesi?' })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect(remove).toBeFocused();
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').getByRole('button', { name: 'Fshij' }).click();
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect(page.getByRole('button', { name: /^Treguesi 1/ })).toBeFocused();
    });

    await test.step('Escape in search: the results close and the cursor is back in the field it came from', async () => {
      await title(page).click();
      await page.keyboard.press('Control+f');
      const box = page.getByRole('combobox', { name: 'Kërko' });
      await expect(box).toBeFocused();
      const word = c.title.split(/\s+/).find((w) => w.length > 3)!;
      await page.keyboard.type(word);
      await expect(page.getByRole('listbox', { name: 'Rezultatet e kërkimit' })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('listbox', { name: 'Rezultatet e kërkimit' })).toHaveCount(0);
      await expect(title(page)).toBeFocused();
      // The words stay in the box for the next search.
      await expect(box).toHaveValue(word);
    });

    await test.step('Escape in the leave dialog: back on the link that was followed', async () => {
      const email = page.getByRole('textbox', { name: 'E-maili', exact: true });
      await email.fill('zyra@@drejtesia');
      await email.press('Tab');
      await expect(page.getByTestId('unsaved-values')).toBeVisible();
      const back = page.getByRole('link', { name: /Kthehu te komponenti/ });
      await back.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('alertdialog', { name: 'Të largoheni nga angazhimi?' })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('alertdialog')).toHaveCount(0);
      await expect(back).toBeFocused();
    });
  });
});
