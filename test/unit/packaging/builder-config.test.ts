// The packaging configuration, read back through electron-builder's own
// config loader: per-user NSIS without elevation, portable, AppImage and deb,
// the .plani association, the native module unpacked, the fuses, the icon,
// and the publisher (package.json author).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..');

async function loadConfig(): Promise<Record<string, any>> {
  // app-builder-lib is electron-builder's library; getConfig is what `electron-builder` itself calls.
  const { getConfig } = (await import('app-builder-lib/out/util/config/config')) as { getConfig: (dir: string, path: string | null, opts: null) => Promise<Record<string, any>> };
  return getConfig(root, join(root, 'electron-builder.yml'), null);
}

const targets = (list: unknown) => (list as { target: string }[]).map((t) => t.target);

describe('electron-builder.yml', () => {
  it('loads with electron-builder and names the targets and installer settings', async () => {
    const config = await loadConfig();
    expect(targets(config.win.target)).toEqual(['nsis', 'portable']);
    expect(targets(config.linux.target)).toEqual(['AppImage', 'deb']);
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false, oneClick: false, deleteAppDataOnUninstall: false });
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'plani', mimeType: 'application/x-plani-bundle' })]);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.extraResources).toEqual(expect.arrayContaining([expect.objectContaining({ from: 'build/electron-native', to: 'electron-native' })]));
  });

  it('sets the fuses: no run-as-node, no NODE_OPTIONS, asar integrity, app only from asar, inspect off', async () => {
    const { electronFuses } = await loadConfig();
    expect(electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableNodeCliInspectArguments: false,
    });
  });

  it('has an author (the installer’s publisher) and a 512 × 512 icon', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { author?: unknown };
    expect(typeof pkg.author === 'string' && pkg.author.length > 0).toBe(true);
    const config = await loadConfig();
    const icon = join(root, config.win.icon as string);
    expect(existsSync(icon)).toBe(true);
    const png = readFileSync(icon);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    // The pixel data inflates to 512 rows of a filter byte and 512 RGBA pixels.
    const idat = png.indexOf('IDAT');
    const length = png.readUInt32BE(idat - 4);
    expect(inflateSync(png.subarray(idat + 4, idat + 4 + length)).length).toBe(512 * (512 * 4 + 1));
  });
});

describe('the native module check before packaging', () => {
  it('is the beforePack hook and refuses a missing module or one built for another platform, architecture or Electron', async () => {
    const config = await loadConfig();
    expect(config.beforePack).toBe('scripts/require-native.cjs');
    const { nativeProblems } = createRequire(__filename)('../../../scripts/require-native.cjs') as {
      nativeProblems: (t: { platform: string; arch: string; electron: string | null }, info: Record<string, string> | null, exists: boolean) => string[];
    };
    const target = { platform: 'win32', arch: 'x64', electron: '41.7.1' };
    const built = { platform: 'win32', arch: 'x64', electron: '41.7.1' };
    expect(nativeProblems(target, built, true)).toEqual([]);
    expect(nativeProblems(target, null, false)[0]).toMatch(/missing/);
    expect(nativeProblems(target, { ...built, platform: 'linux' }, true)[0]).toMatch(/built for linux, the package is for win32/);
    expect(nativeProblems(target, { ...built, arch: 'arm64' }, true)).toHaveLength(1);
    expect(nativeProblems(target, { ...built, electron: '45.0.0' }, true)[0]).toMatch(/Electron 45/);
  });
});
