// The desktop shell around the window, driven by Playwright's _electron:
// native menus in the chosen language, the Backups screen from the File menu
// with a restore, a second instance handing a .plani path to the running
// window, the window's place remembered, and the clipboard permission.
// Skipped, with the reason printed, where the Electron runtime binary is not
// installed; the Node-side functions behind each are unit-tested
// (test/unit/electron/menu, launch-path, window-state, security; backups).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, type ElectronApplication, expect, type Page, test } from '@playwright/test';
import { en, sq } from '../../shared/i18n';
import { BUILT_MAIN, type Display, electronExecutable, ensureDisplay, ROOT } from './environment';

const executable = electronExecutable();
const NO_RUNTIME =
  'Electron runtime binary is not installed (offline machine): node_modules/electron has no dist/ binary. ' +
  'Install it where GitHub is reachable (node node_modules/electron/install.js) to run these tests; the functions behind them are unit-tested.';
if (executable === null) console.log(`[e2e-electron] skipped: ${NO_RUNTIME}`);

let display: Display | null = null;
let app: ElectronApplication | null = null;
let root = '';

function argsFor(extra: string[] = []): string[] {
  const args = [ROOT, '--workspace', join(root, 'workspace'), `--user-data-dir=${join(root, 'profile')}`, ...extra];
  if (process.platform === 'linux' && process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}

function envFor(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...display?.env, PLANI_KEYRING_DIR: join(root, 'keyring') })) {
    if (v !== undefined && k !== 'ELECTRON_RUN_AS_NODE') env[k] = v;
  }
  return env;
}

async function launch(extra: string[] = []): Promise<Page> {
  app = await electron.launch({ executablePath: executable!, args: argsFor(extra), env: envFor(), timeout: 30_000 });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return page;
}

/** First start: an LFP workspace of MD. */
async function createWorkspace(page: Page) {
  await page.getByRole('radio', { name: sq.model.role.lfp }).check();
  await page.getByLabel(sq.ui.welcome.institutionLabel).selectOption('MD');
  await page.getByRole('button', { name: sq.ui.welcome.create }).click();
  await page.getByRole('button', { name: sq.ui.welcome.continue }).click();
}

/** Clicks a menu item by id, as a person choosing it would. */
async function clickMenu(id: string) {
  await app!.evaluate(({ Menu }, itemId) => Menu.getApplicationMenu()?.getMenuItemById(itemId)?.click(), id);
}

test.describe('Plani desktop shell', () => {
  test.skip(executable === null, NO_RUNTIME);

  test.beforeEach(async () => {
    if (!existsSync(BUILT_MAIN)) throw new Error(`${BUILT_MAIN} is missing: run "npm run build" first`);
    display = await ensureDisplay();
    test.skip(display === null, 'No display on this Linux machine and Xvfb is not installed (apt-get install xvfb, or run under xvfb-run).');
    root = mkdtempSync(join(tmpdir(), 'plani-e2e-desktop-'));
  });

  test.afterEach(async () => {
    await app?.close().catch(() => undefined);
    app = null;
    display?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test('menus follow the language: File, Edit, View, Help; File → Backups opens the screen, and a restore keeps the replaced database', async () => {
    const page = await launch();
    await createWorkspace(page);
    const labels = () => app!.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((i) => i.label) ?? []);
    expect(await labels()).toEqual([sq.desktop.menu.file, sq.desktop.menu.edit, sq.desktop.menu.view, sq.desktop.menu.help].map((l) => l.replace('&', '')));
    await page.getByRole('group', { name: sq.ui.language.label }).getByRole('button', { name: sq.ui.language.en }).click();
    await expect.poll(labels).toEqual([en.desktop.menu.file, en.desktop.menu.edit, en.desktop.menu.view, en.desktop.menu.help].map((l) => l.replace('&', '')));

    await clickMenu('backups');
    await expect(page.getByRole('heading', { level: 1, name: en.backups.title })).toBeVisible();
    await page.getByRole('button', { name: en.backups.backUpNow }).click();
    await expect(page.getByTestId('backup-row').first()).toBeVisible();
    await page.getByTestId('backup-row').first().getByRole('button', { name: /^Restore…/ }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: en.backups.restoreConfirm, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: en.backups.title })).toBeVisible();
    await expect.poll(() => readdirSync(join(root, 'workspace', 'backups')).some((f) => f.startsWith('replaced-'))).toBe(true);
  });

  test('a second instance started with a .plani path hands it to the running window, which opens its import', async () => {
    const page = await launch();
    await createWorkspace(page);
    const bundle = join(root, 'from-poc.plani');
    writeFileSync(bundle, 'PK\u0003\u0004 not a whole bundle');
    const second = spawn(executable!, argsFor([bundle]), { env: envFor(), stdio: 'ignore' });
    await new Promise((resolve) => second.once('exit', resolve));
    await expect(page).toHaveURL(/#\/bundles\?staged=[0-9a-f-]{36}&size=\d+&name=from-poc\.plani$/);
    await expect(page.getByText('from-poc.plani').first()).toBeVisible();
  });

  test('the window comes back where it was, and the copy button may write to the clipboard', async () => {
    let page = await launch();
    await createWorkspace(page);
    await app!.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.setBounds({ x: 40, y: 30, width: 1100, height: 700 }));
    const copied = await page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { writeText(s: string): Promise<void> } } }).navigator.clipboard.writeText('12345').then(() => 'ok', (e: Error) => e.name));
    expect(copied).toBe('ok');
    await app!.close();
    page = await launch();
    const bounds = await app!.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getBounds());
    expect(bounds).toMatchObject({ width: 1100, height: 700 });
    expect(page).toBeTruthy();
  });
});
