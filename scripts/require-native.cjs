// electron-builder's beforePack hook: packaging FAILS unless
// build/electron-native holds better-sqlite3 built for the target's platform,
// architecture and Electron version (scripts/rebuild-electron-native.mjs
// writes it and its info.json). Without it the packaged app would load
// better-sqlite3's Node build and could not open any database.
'use strict';
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
const NATIVE_DIR = join(ROOT, 'build', 'electron-native');
const ARCHS = { 0: 'ia32', 1: 'x64', 2: 'armv7l', 3: 'arm64', 4: 'universal' };

/**
 * What stands in the way of packaging for `target` ({ platform, arch, electron }), [] when nothing.
 * `info` is build/electron-native/info.json's content, or null when it is missing.
 */
function nativeProblems(target, info, moduleExists) {
  if (!moduleExists || info === null) return [`${NATIVE_DIR}/better_sqlite3.node is missing: run "node scripts/rebuild-electron-native.mjs --arch ${target.arch}" on a ${target.platform} machine first`];
  const problems = [];
  if (info.platform !== target.platform) problems.push(`the native module was built for ${info.platform}, the package is for ${target.platform} (build it on a ${target.platform} machine)`);
  if (info.arch !== target.arch) problems.push(`the native module was built for ${info.arch}, the package is for ${target.arch}`);
  if (target.electron && info.electron !== target.electron) problems.push(`the native module was built for Electron ${info.electron}, the package uses Electron ${target.electron}`);
  return problems;
}

function readInfo() {
  try {
    return JSON.parse(readFileSync(join(NATIVE_DIR, 'info.json'), 'utf8'));
  } catch {
    return null;
  }
}

/** The hook: context.electronPlatformName, context.arch (electron-builder's Arch enum), context.packager. */
async function beforePack(context) {
  const target = {
    platform: context.electronPlatformName,
    arch: ARCHS[context.arch] ?? String(context.arch),
    electron: context.packager?.config?.electronVersion ?? context.packager?.info?.framework?.version ?? null,
  };
  const problems = nativeProblems(target, readInfo(), existsSync(join(NATIVE_DIR, 'better_sqlite3.node')));
  if (problems.length > 0) throw new Error(`Packaging stopped: ${problems.join('; ')}.`);
}

module.exports = beforePack;
module.exports.default = beforePack;
module.exports.nativeProblems = nativeProblems;
