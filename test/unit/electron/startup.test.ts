import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronNativeBinding, parseDesktopArgs, serviceLocations } from '../../../electron/main/startup';
import { appDataDir, defaultWorkspaceDir } from '../../../electron/services/workspace/paths';

describe('parseDesktopArgs', () => {
  it('reads --workspace and --user-data-dir in both spellings', () => {
    expect(parseDesktopArgs(['electron', '.', '--workspace', '/tmp/ws'])).toEqual({ workspaceDir: '/tmp/ws' });
    expect(parseDesktopArgs(['Plani.exe', '--workspace=/tmp/ws', '--user-data-dir=/tmp/profile'])).toEqual({
      workspaceDir: '/tmp/ws',
      userDataDir: '/tmp/profile',
    });
  });

  it('resolves relative folders against cwd and ignores Chromium switches and dangling options', () => {
    expect(parseDesktopArgs(['x', '--workspace', 'ws'], '/home/u')).toEqual({ workspaceDir: resolve('/home/u', 'ws') });
    expect(parseDesktopArgs(['x', '--inspect=9229', '--no-sandbox', '--workspace'])).toEqual({});
    expect(parseDesktopArgs(['x', '--workspace', '--user-data-dir=/p'])).toEqual({ userDataDir: '/p' });
    expect(parseDesktopArgs(['--workspace', '/ignored-argv0-position'])).toEqual({});
  });
});

describe('serviceLocations', () => {
  it('defaults to the same workspace folder the CLI uses', () => {
    const env = { APPDATA: 'C:\\Users\\a\\AppData\\Roaming', XDG_CONFIG_HOME: '/home/a/.config' };
    const userData = appDataDir(env); // what app.getPath('userData') gives for the name "Plani"
    expect(serviceLocations({}, userData, env).workspaceDir).toBe(defaultWorkspaceDir(env));
    expect(serviceLocations({}, userData, env).keyringDir).toBe(join(userData, 'keyring'));
  });

  it('honours --workspace and PLANI_KEYRING_DIR', () => {
    expect(serviceLocations({ workspaceDir: '/w' }, '/ud', { PLANI_KEYRING_DIR: '/k' })).toEqual({ workspaceDir: '/w', keyringDir: '/k' });
  });
});

describe('electronNativeBinding', () => {
  it('looks in build/electron-native in development and in resources when packaged', () => {
    const seen: string[] = [];
    const exists = (f: string) => (seen.push(f), true);
    expect(electronNativeBinding({ isPackaged: false, resourcesPath: '/r', mainDir: '/repo/dist/electron' }, exists)).toBe(
      join('/repo', 'build', 'electron-native', 'better_sqlite3.node'),
    );
    expect(electronNativeBinding({ isPackaged: true, resourcesPath: '/r', mainDir: '/x' }, exists)).toBe(
      join('/r', 'electron-native', 'better_sqlite3.node'),
    );
    expect(electronNativeBinding({ isPackaged: true, resourcesPath: '/r', mainDir: '/x' }, () => false)).toBeUndefined();
  });
});

describe('the portable build', () => {
  it('keeps its data beside the executable when its launcher says where that is', async () => {
    const { portableUserDataDir } = await import('../../../electron/main/startup');
    const { join } = await import('node:path');
    expect(portableUserDataDir({ PORTABLE_EXECUTABLE_DIR: '/media/usb/Plani' })).toBe(join('/media/usb/Plani', 'Plani-data'));
    expect(portableUserDataDir({})).toBeUndefined();
    expect(portableUserDataDir({ PORTABLE_EXECUTABLE_DIR: 'relative' })).toBeUndefined();
  });
});
