// A key rotated on the Key and trust page is the code the plan's home page
// shows straight away, without restarting the app.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, expect, startServer, test } from './fixtures';

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
