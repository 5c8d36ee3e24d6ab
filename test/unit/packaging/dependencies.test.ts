// What package.json promises the installer and the packaging step: a current
// Electron major, the rebuild tool declared rather than borrowed from
// electron-builder, and no production dependency that nothing loads at run time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  author?: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> };
const major = (v: string) => Number(/(\d+)\./.exec(v)?.[1]);

describe('package.json', () => {
  it('pins a supported Electron line (45 or later) and locks the same', () => {
    expect(major(pkg.devDependencies.electron!)).toBeGreaterThanOrEqual(45);
    expect(major(lock.packages['node_modules/electron']!.version)).toBe(major(pkg.devDependencies.electron!));
  });

  it('declares @electron/rebuild, which scripts/rebuild-electron-native.mjs imports', () => {
    expect(pkg.devDependencies['@electron/rebuild']).toBeDefined();
    expect(readFileSync(join(root, 'scripts', 'rebuild-electron-native.mjs'), 'utf8')).toContain("import('@electron/rebuild')");
  });

  it('ships no font package: the PDF fonts are files in resources/fonts', () => {
    expect(Object.keys(pkg.dependencies).filter((d) => d.includes('-fonts') || d.includes('/fonts'))).toEqual([]);
  });

  it('names its author, the installer’s publisher', () => {
    expect(pkg.author?.trim()).toBeTruthy();
  });
});
