// The desktop app itself, driven by Playwright's _electron: the real main
// process, preload, app:// protocol and IPC, over a temporary workspace and
// profile. Skipped, with the reason printed, where the Electron runtime
// binary is not installed; the same task runs in browser mode (test/e2e).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, type ElectronApplication, expect, type Page, test } from '@playwright/test';
import { en, sq } from '../../shared/i18n';
import { BUILT_MAIN, type Display, electronExecutable, ensureDisplay, ROOT } from './environment';

const executable = electronExecutable();
const NO_RUNTIME =
  'Electron runtime binary is not installed (offline machine): node_modules/electron has no dist/ binary. ' +
  'Install it where GitHub is reachable (node node_modules/electron/install.js) to run this test; browser mode covers the same task.';
if (executable === null) console.log(`[e2e-electron] skipped: ${NO_RUNTIME}`);

const field = (template: string, name: string) => template.replace('{{field}}', name);
const SQ_TITLE = 'Regjistri publik i pronarëve përfitues';
const EN_TITLE = 'Public register of beneficial owners';

let display: Display | null = null;
let app: ElectronApplication | null = null;
let root = '';

test.describe('Plani desktop', () => {
  test.skip(executable === null, NO_RUNTIME);

  test.beforeEach(async () => {
    if (!existsSync(BUILT_MAIN)) throw new Error(`${BUILT_MAIN} is missing: run "npm run build" first`);
    display = await ensureDisplay();
    test.skip(display === null, 'No display on this Linux machine and Xvfb is not installed (apt-get install xvfb, or run under xvfb-run).');
    root = mkdtempSync(join(tmpdir(), 'plani-e2e-electron-'));
  });

  test.afterEach(async () => {
    await app?.close().catch(() => undefined);
    app = null;
    display?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  async function launch(): Promise<Page> {
    const args = [ROOT, '--workspace', join(root, 'workspace'), `--user-data-dir=${join(root, 'profile')}`];
    // Chromium's OS sandbox cannot start as root (containers); the renderer
    // sandbox (sandbox: true) is unaffected.
    if (process.platform === 'linux' && process.getuid?.() === 0) args.push('--no-sandbox');
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries({ ...process.env, ...display?.env, PLANI_KEYRING_DIR: join(root, 'keyring') })) {
      // ELECTRON_RUN_AS_NODE would start plain Node instead of the app.
      if (v !== undefined && k !== 'ELECTRON_RUN_AS_NODE') env[k] = v;
    }
    app = await electron.launch({ executablePath: executable!, args, env, timeout: 30_000 });
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    return page;
  }

  test('drafts a commitment title in both languages and keeps it across a reload', async () => {
    const page = await launch();
    await expect(page).toHaveURL(/^app:\/\/plani\//);

    // First start: create the workspace of a Lead Focal Point, the Ministry of Justice.
    await page.getByRole('radio', { name: sq.model.role.lfp }).check();
    await page.getByLabel(sq.ui.welcome.institutionLabel).selectOption('MD');
    await page.getByRole('button', { name: sq.ui.welcome.create }).click();
    await page.getByRole('button', { name: sq.ui.welcome.continue }).click();

    await page.getByRole('navigation', { name: sq.ui.shell.nav }).getByRole('link', { name: /Anti-Korrupsion/ }).click();
    await page.getByRole('button', { name: sq.ui.component.newCommitment }).click();

    const saved = page.locator('[data-save-state="saved"]');
    await page.getByLabel(field(sq.ui.editor.fieldSq, sq.model.commitment.title), { exact: true }).fill(SQ_TITLE);
    await expect(saved).toBeVisible();

    await page.getByRole('group', { name: sq.ui.language.label }).getByRole('button', { name: sq.ui.language.en }).click();
    const titleEn = page.getByLabel(field(en.ui.editor.fieldEn, en.model.commitment.title), { exact: true });
    await titleEn.fill(EN_TITLE);
    await expect(saved).toBeVisible();

    await page.reload();
    await expect(page.getByLabel(field(en.ui.editor.fieldSq, en.model.commitment.title), { exact: true })).toHaveValue(SQ_TITLE);
    await expect(page.getByLabel(field(en.ui.editor.fieldEn, en.model.commitment.title), { exact: true })).toHaveValue(EN_TITLE);
  });

  test('the window is locked down', async () => {
    const page = await launch();
    await expect(page).toHaveURL(/^app:\/\/plani\//);

    // tsconfig.node.json has no DOM types: the page's globals are typed by hand.
    const shape = await page.evaluate(() => {
      const w = globalThis as unknown as Record<string, unknown>;
      const plani = w.plani as Record<string, unknown>;
      return {
        keys: Object.keys(plani).sort(),
        frozen: Object.isFrozen(plani),
        require: typeof w.require,
        process: typeof w.process,
        ipcRenderer: 'ipcRenderer' in w || 'ipcRenderer' in plani,
      };
    });
    expect(shape).toEqual({ keys: ['invoke', 'runtime', 'setFlushHandler'], frozen: true, require: 'undefined', process: 'undefined', ipcRenderer: false });

    // Unknown methods never reach the main process; known ones answer with a Result.
    expect(await page.evaluate(() => (globalThis as unknown as { plani: { invoke(m: string, i: unknown): Promise<unknown> } }).plani.invoke('nope', {}))).toEqual({
      ok: false,
      error: { code: 'unknown-method' },
    });

    // No network, no new windows, no navigation away from app://plani.
    const fetched = await page.evaluate(() => fetch('https://example.org/').then(() => 'reached', () => 'blocked'));
    expect(fetched).toBe('blocked');
    const windowsBefore = app!.windows().length;
    type PageGlobals = { open(url: string, target: string): unknown; location: { href: string } };
    await page.evaluate(() => (globalThis as unknown as PageGlobals).open('https://evil.example/', '_blank'));
    await page.evaluate(() => {
      (globalThis as unknown as PageGlobals).location.href = 'https://evil.example/';
    });
    await page.waitForTimeout(500);
    expect(app!.windows().length).toBe(windowsBefore);
    await expect(page).toHaveURL(/^app:\/\/plani\//);
  });
});
