#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into build/electron-native/, beside
// (never over) the Node build in node_modules that tests, the CLI and browser
// mode load. The desktop main process hands this file to better-sqlite3's
// `nativeBinding` option (electron/main/startup.ts); electron-builder copies
// it to resources/electron-native/ (electron-builder.yml, extraResources).
//
// Needs network access to Electron's headers (or a prebuilt binary on
// GitHub), and for a source build a C++ toolchain (Windows: Visual Studio
// Build Tools). Run it on the packaging machine, once per Electron upgrade:
//   node scripts/rebuild-electron-native.mjs [--arch x64|arm64|ia32] [--from-source] [--dry-run]
//
// Pitfall guarded against: a rebuild that silently fetches a Node-ABI
// prebuilt (daintreehq/daintree#4419). The result is checked by loading it
// in Node, which must refuse it naming Electron's NODE_MODULE_VERSION.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));
const OUT_DIR = join(ROOT, 'build', 'electron-native');
const OUT_FILE = join(OUT_DIR, 'better_sqlite3.node');
const WORK = join(OUT_DIR, 'work');

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i !== -1 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const arch = option('--arch', process.arch);
const fromSource = process.argv.includes('--from-source');
const dryRun = process.argv.includes('--dry-run');

function fail(message) {
  console.error(`rebuild-electron-native: ${message}`);
  process.exit(1);
}

// @electron/rebuild (and electron-builder, which runs it) needs Node 22.12 or
// later; running, building and testing Plani need only the engines' 20.11.
const [nodeMajor, nodeMinor] = process.versions.node.split('.').map(Number);
if (nodeMajor < 22 || (nodeMajor === 22 && nodeMinor < 12)) fail(`packaging needs Node 22.12 or later (this is ${process.version}); running and testing Plani need only Node 20.11`);

const electronPkg = require('electron/package.json');
const electronVersion = electronPkg.version;
const electronDir = dirname(require.resolve('electron/package.json'));
const expectedAbi = (() => {
  const file = join(electronDir, 'abi_version');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  try {
    return String(require('node-abi').getAbi(electronVersion, 'electron'));
  } catch {
    return null;
  }
})();
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = require('better-sqlite3/package.json').version;

console.log(
  `better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (ABI ${expectedAbi ?? '?'}), ${process.platform}-${arch}` +
    `${fromSource ? ', from source' : ''} -> ${relative(ROOT, OUT_FILE)}`,
);
if (dryRun) process.exit(0);

// A private copy of the package, so node_modules/better-sqlite3/build (the
// Node ABI binary) is never touched.
rmSync(WORK, { recursive: true, force: true });
mkdirSync(join(WORK, 'node_modules'), { recursive: true });
const copy = join(WORK, 'node_modules', 'better-sqlite3');
cpSync(sqliteDir, copy, {
  recursive: true,
  filter: (src) => {
    const rel = relative(sqliteDir, src);
    return rel !== 'build' && !rel.startsWith(`build${sep}`) && rel !== 'node_modules' && !rel.startsWith(`node_modules${sep}`);
  },
});
writeFileSync(
  join(WORK, 'package.json'),
  `${JSON.stringify({ name: 'plani-electron-native', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }, null, 2)}\n`,
);

const { rebuild } = await import('@electron/rebuild');
try {
  await rebuild({
    buildPath: WORK,
    electronVersion,
    arch,
    onlyModules: ['better-sqlite3'],
    force: true,
    mode: 'sequential',
    buildFromSource: fromSource,
    // Confines the module search to WORK: with the repository root here,
    // @electron/rebuild would also find and rebuild node_modules/better-sqlite3
    // in place, breaking the Node build. (prebuild-install is still found: that
    // lookup walks up to the repository's node_modules on its own.)
    projectRootPath: WORK,
  });
} catch (err) {
  fail(`the rebuild failed: ${err instanceof Error ? err.message : String(err)}`);
}

const built = join(copy, 'build', 'Release', 'better_sqlite3.node');
if (!existsSync(built)) fail(`no binary at ${relative(ROOT, built)}`);

// Node must refuse an Electron build, naming Electron's module version.
const probe = spawnSync(process.execPath, ['-e', `process.dlopen({ exports: {} }, ${JSON.stringify(built)})`], { encoding: 'utf8' });
if (probe.status === 0) fail('the binary loads in Node: it was built for Node, not for Electron (a Node prebuilt was fetched?)');
const found = /NODE_MODULE_VERSION (\d+)/.exec(probe.stderr)?.[1];
if (expectedAbi && found && found !== expectedAbi) fail(`the binary has NODE_MODULE_VERSION ${found}, Electron ${electronVersion} needs ${expectedAbi}`);
if (!found) console.warn('warning: could not read the module version back; check the app starts before packaging.');

copyFileSync(built, OUT_FILE);
writeFileSync(
  join(OUT_DIR, 'info.json'),
  `${JSON.stringify({ module: 'better-sqlite3', version: sqliteVersion, electron: electronVersion, abi: expectedAbi, platform: process.platform, arch, builtAt: new Date().toISOString() }, null, 2)}\n`,
);
rmSync(WORK, { recursive: true, force: true });
console.log(`Done: ${relative(ROOT, OUT_FILE)}`);
