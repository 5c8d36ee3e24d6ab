#!/usr/bin/env node
// After `npm install`: (1) try, once and quietly, to fetch the Electron
// runtime binary (its own install script is not allowed to run, see
// package.json "allowScripts"); an offline machine gets one plain line and
// browser mode. (2) Build dist/, so `npm start` and `ogp-drafter` work at once.
// Never fails the install because Electron is unavailable; fails it if the
// build itself is broken, which is a bug to see.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));
const TIMEOUT_MS = Number(process.env.PLANI_ELECTRON_INSTALL_TIMEOUT_MS ?? 60_000);

function electronPackageDir() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

const { electronBinary } = require('./scripts/electron-binary.cjs');

function obtainElectron() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return;
  const dir = electronPackageDir();
  if (dir === null || electronBinary(ROOT) !== null) return;
  const r = spawnSync(process.execPath, [join(dir, 'install.js')], {
    cwd: dir,
    stdio: 'pipe',
    timeout: TIMEOUT_MS,
    env: process.env,
  });
  if (r.status !== 0 || electronBinary(ROOT) === null) {
    console.log('Electron runtime not available (offline?); Plani will run in browser mode.');
  }
}

function build() {
  // A production-only install (`--omit=dev`) has no bundlers; dist/ must then come with the package.
  for (const tool of ['esbuild', 'vite']) {
    try {
      require.resolve(`${tool}/package.json`);
    } catch {
      console.log(`Skipping the build: ${tool} is not installed (production install).`);
      return 0;
    }
  }
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  return r.status ?? 1;
}

obtainElectron();
process.exit(build());
