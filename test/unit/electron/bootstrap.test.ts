// Loads the real bootstrap (electron/main/index.ts) against a fake 'electron'
// module: the wiring, its order and the shutdown sequence, without the runtime.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiChannel } from '../../../electron/preload/channels';
import { FLUSH_DONE_CHANNEL, FLUSH_REQUEST_CHANNEL } from '../../../electron/preload/channels';
import { METHOD_NAMES } from '../../../shared/api/contract';
import { en, sq } from '../../../shared/i18n';
import { mainFrame } from './fakes/electron';

vi.mock('electron', () => import('./fakes/electron-module'));
const fake = await import('./fakes/electron-module');

const root = mkdtempSync(join(tmpdir(), 'plani-bootstrap-'));
const workspace = join(root, 'workspace');
const savedArgv = process.argv;

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

beforeAll(async () => {
  process.argv = ['electron', '.', '--workspace', workspace, `--user-data-dir=${join(root, 'profile')}`];
  await import('../../../electron/main/index');
});
afterAll(async () => {
  process.argv = savedArgv;
  rmSync(root, { recursive: true, force: true });
});

describe('desktop bootstrap', () => {
  it('before ready: name, profile, sandbox, scheme privileges, then the single-instance lock', () => {
    expect(fake.calls).toEqual([
      'app.setName:Plani',
      'app.setPath:userData',
      'app.enableSandbox',
      'protocol.registerSchemesAsPrivileged',
      'app.requestSingleInstanceLock',
    ]);
    expect(fake.app.paths.userData).toBe(join(root, 'profile'));
    expect(fake.protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(fake.app.listenerCount('web-contents-created')).toBe(1);
  });

  it('once ready: session hardening, protocol, IPC and menu before the window loads app://plani', async () => {
    fake.app.becomeReady();
    await until(() => fake.BrowserWindow.all.length === 1);
    const order = fake.calls.slice(fake.calls.indexOf('ready'));
    expect(order).toEqual(['ready', 'session.setPermissionRequestHandler', 'protocol.handle:app', 'Menu.setApplicationMenu', 'new BrowserWindow']);

    const win = fake.BrowserWindow.all[0]!;
    expect(win.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(String(win.options.webPreferences?.preload)).toMatch(/preload\.cjs$/);
    expect(win.loaded).toEqual(['app://plani/index.html']);
    expect(win.webContents.windowOpenHandler).not.toBeNull(); // hardened through web-contents-created
    win.emit('ready-to-show');
    expect(win.shown).toBe(1);
  });

  it('serves every contract method over IPC to the app frame only, in electron mode', async () => {
    expect(fake.ipcMain.registrations).toEqual(METHOD_NAMES.map(apiChannel));
    const info = (await fake.ipcMain.invoke(apiChannel('app.info'), mainFrame(), {})) as { ok: boolean; value: { mode: string; workspace: null } };
    expect(info).toMatchObject({ ok: true, value: { mode: 'electron', workspace: null } });
    expect(await fake.ipcMain.invoke(apiChannel('app.info'), mainFrame('https://evil.example/'), {})).toEqual({ ok: false, error: { code: 'forbidden' } });
  });

  it('labels the menu in the interface language and follows a change', async () => {
    expect(fake.Menu.current?.map((m) => m.label)).toEqual([sq.desktop.menu.file, sq.desktop.menu.edit, sq.desktop.menu.view, sq.desktop.menu.help]);
    await fake.ipcMain.invoke(apiChannel('preferences.set'), mainFrame(), { language: 'en' });
    expect(fake.Menu.current?.map((m) => m.label)).toEqual([en.desktop.menu.file, en.desktop.menu.edit, en.desktop.menu.view, en.desktop.menu.help]);
  });

  it('reload from the menu flushes first', async () => {
    const win = fake.BrowserWindow.all[0]!;
    const reload = fake.Menu.current![2]!.submenu!.find((i) => i.id === 'reload')!;
    reload.click!();
    expect(win.webContents.sent).toEqual([FLUSH_REQUEST_CHANNEL]);
    expect(win.webContents.reloads).toBe(0);
    fake.ipcMain.emit(FLUSH_DONE_CHANNEL, { sender: win.webContents, senderFrame: mainFrame() });
    await until(() => win.webContents.reloads === 1);
  });

  it('on close: flush, close the window, quit, close the database once', async () => {
    const win = fake.BrowserWindow.all[0]!;
    win.webContents.sent.length = 0;
    win.close();
    expect(win.destroyed).toBe(false);
    expect(win.webContents.sent).toEqual([FLUSH_REQUEST_CHANNEL]);
    fake.ipcMain.emit(FLUSH_DONE_CHANNEL, { sender: win.webContents, senderFrame: mainFrame() });
    await until(() => win.destroyed);
    // window-all-closed → quit → will-quit held while the store closes → quit again.
    await until(() => fake.app.quitCalls === 2);
    expect(fake.dialog.errors).toEqual([]);
  });
});
