// Finding the Electron runtime must never start its download: since Electron
// 42 the package's index.js fetches a missing binary on first require, and
// these machines are offline.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const { electronBinary } = createRequire(__filename)('../../../scripts/electron-binary.cjs') as { electronBinary(root: string): string | null };

function fakeProject(opts: { pathTxt?: string; binary?: boolean }): string {
  const root = mkdtempSync(join(tmpdir(), 'electron-binary-'));
  const pkg = join(root, 'node_modules', 'electron');
  mkdirSync(join(pkg, 'dist'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{}');
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'electron', version: '45.6.1', main: 'index.js' }));
  // An index.js that would "download": requiring it must not happen.
  writeFileSync(join(pkg, 'index.js'), "throw new Error('index.js was run');");
  if (opts.pathTxt !== undefined) writeFileSync(join(pkg, 'path.txt'), opts.pathTxt);
  if (opts.binary) writeFileSync(join(pkg, 'dist', 'electron'), '');
  return root;
}

describe('electronBinary', () => {
  it('gives the executable named by path.txt when it is in dist/', () => {
    const root = fakeProject({ pathTxt: 'electron', binary: true });
    expect(electronBinary(root)).toBe(join(root, 'node_modules', 'electron', 'dist', 'electron'));
  });

  it('is null, without running index.js, when the binary was never downloaded', () => {
    expect(electronBinary(fakeProject({}))).toBeNull();
    expect(electronBinary(fakeProject({ pathTxt: 'electron' }))).toBeNull();
  });

  it('is null when the package is not installed at all', () => {
    const root = mkdtempSync(join(tmpdir(), 'electron-binary-'));
    writeFileSync(join(root, 'package.json'), '{}');
    expect(electronBinary(root)).toBeNull();
  });
});
