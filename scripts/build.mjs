#!/usr/bin/env node
// Builds everything the app runs from:
//   dist/renderer/         vite (config: vite.config.mts)
//   dist/electron/main.cjs     Electron main process
//   dist/electron/preload.cjs  sandboxed preload: ONE file, only 'electron' external
//   dist/node/cli.cjs          ogp-drafter (CLI and browser mode): a small
//                              launcher that runs dist/node/cli-main.cjs through
//                              V8's code cache (cli-main.cjs.cache, made here)
//   dist/{electron,node}/pdf-worker.cjs  the print worker, beside each bundle
//                              that starts it (PrintJobs finds it by __dirname)
// Usage: node scripts/build.mjs [--node-only]
//        node scripts/build.mjs --pdf-worker DIR   only the print worker, into
//                              DIR/pdf-worker.cjs (the vitest global setup)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));
const nodeOnly = process.argv.includes('--node-only');
const workerOnlyAt = process.argv.indexOf('--pdf-worker');

const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(2)} s`;

function viteBuild() {
  const pkg = require('vite/package.json');
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin.vite;
  const viteCli = join(dirname(require.resolve('vite/package.json')), bin);
  const r = spawnSync(process.execPath, [viteCli, 'build', '--config', join(ROOT, 'vite.config.mts'), '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status ?? r.signal})`);
}

/** Node-side bundles: dependencies stay in node_modules (shipped by electron-builder). */
const nodeTargets = [
  { name: 'main', entry: 'electron/main/index.ts', outfile: 'dist/electron/main.cjs', packagesExternal: true },
  { name: 'preload', entry: 'electron/preload/index.ts', outfile: 'dist/electron/preload.cjs', packagesExternal: false },
  // The CLI starts once per command: the pure-JS packages every command
  // touches are bundled in (one file to read, tree-shaken, no module
  // resolution over hundreds of files); the rest load when a command needs them.
  { name: 'cli', entry: 'electron/cli/index.ts', outfile: 'dist/node/cli-main.cjs', packagesExternal: true, bundled: ['zod', 'kysely', 'i18next', '@noble/curves'], requireOnly: true },
  { name: 'cli-start', entry: 'electron/cli/launcher/index.ts', outfile: 'dist/node/cli.cjs', packagesExternal: true },
  ...['dist/electron', 'dist/node'].map((dir) => pdfWorkerTarget(join(dir, 'pdf-worker.cjs'))),
];

/**
 * The print worker runs in a worker thread: it renders from a plain snapshot
 * and must not load what only the main thread may (better-sqlite3 is built
 * for one ABI and opened by the main thread; electron does not exist in a
 * worker). A change that drags either in fails the build, not a print.
 */
function pdfWorkerTarget(outfile) {
  return { name: 'pdf-worker', entry: 'electron/services/pdf/worker.ts', outfile, packagesExternal: true, forbidden: ['better-sqlite3', 'electron'] };
}

/** Every dependency (and its subpaths) except those a target bundles in. */
function externalDependencies(bundled) {
  const deps = Object.keys(require('./package.json').dependencies ?? {}).filter((d) => !bundled.includes(d));
  return deps.flatMap((d) => [d, `${d}/*`]);
}

function checkNoDynamicImport(t, metafile) {
  const dynamic = Object.values(metafile.outputs).flatMap((o) => o.imports.filter((i) => i.kind === 'dynamic-import' && i.external));
  if (dynamic.length > 0) throw new Error(`${t.outfile} must not import() ${dynamic.map((i) => i.path).join(', ')} (it runs from a code cache; see requireOnly)`);
}

function checkForbiddenImports(t, metafile) {
  if (!t.forbidden) return;
  const imports = Object.values(metafile.outputs).flatMap((o) => (o.entryPoint ? o.imports : []));
  const bad = imports.filter((i) => t.forbidden.some((f) => i.path === f || i.path.startsWith(`${f}/`)));
  if (bad.length > 0) throw new Error(`${t.outfile} must not import ${[...new Set(bad.map((i) => i.path))].join(', ')} (see pdfWorkerTarget)`);
}

async function esbuildAll(targets) {
  const esbuild = await import('esbuild');
  await Promise.all(
    targets.map(async (t) => {
      const start = performance.now();
      if (!existsSync(join(ROOT, t.entry))) throw new Error(`${t.entry} is missing`);
      const result = await esbuild.build({
        absWorkingDir: ROOT,
        entryPoints: [t.entry],
        outfile: t.outfile,
        bundle: true,
        format: 'cjs',
        // The sandboxed preload has no Node built-ins: building it for the
        // browser platform turns an accidental `node:fs` into a build error.
        platform: t.packagesExternal ? 'node' : 'browser',
        target: t.packagesExternal ? 'node20' : 'chrome120',
        ...(t.packagesExternal && !t.bundled ? { packages: 'external' } : {}),
        external: ['electron', ...(t.bundled ? externalDependencies(t.bundled) : [])],
        // The CLI runs from a V8 code cache, where a real import() cannot resolve: every package is required.
        ...(t.requireOnly ? { supported: { 'dynamic-import': false } } : {}),
        sourcemap: true,
        logLevel: 'warning',
        // The preload is parsed on every page load and carries zod (for
        // isMethodName); minifying halves it. Main and CLI stay readable.
        minify: !t.packagesExternal,
        legalComments: 'none',
        metafile: true,
      });
      checkForbiddenImports(t, result.metafile);
      if (t.requireOnly) checkNoDynamicImport(t, result.metafile);
      const bytes = Object.values(result.metafile.outputs).reduce((n, o) => (o.entryPoint ? n + o.bytes : n), 0);
      console.log(`  ${t.name.padEnd(10)} ${t.outfile.padEnd(28)} ${(bytes / 1024).toFixed(0).padStart(5)} KiB  ${seconds(start)}`);
    }),
  );
}

/**
 * One run of the CLI makes its code cache (electron/cli/launcher/index.ts):
 * `check` on a throw-away workspace, so the cache holds what opening a
 * workspace compiles as well as the command line itself.
 */
function warmCliCache() {
  const cli = join(ROOT, 'dist/node/cli.cjs');
  const cache = join(ROOT, 'dist/node/cli-main.cjs.cache');
  const tmp = mkdtempSync(join(tmpdir(), 'plani-build-'));
  const env = { ...process.env, PLANI_KEYRING_DIR: join(tmp, 'keyring') };
  const run = (args, ok) => {
    const r = spawnSync(process.execPath, [cli, ...args, '--workspace', join(tmp, 'ws')], { env, stdio: 'ignore' });
    if (!ok.includes(r.status)) throw new Error(`dist/node/cli.cjs ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
  };
  try {
    run(['init', '--role', 'lfp', '--institution', 'MD'], [0]);
    rmSync(cache, { force: true });
    run(['check'], [0, 1]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  if (!existsSync(cache)) throw new Error(`${relative(ROOT, cache)} was not made`);
}

async function main() {
  const start = performance.now();
  if (workerOnlyAt >= 0) {
    const dir = process.argv[workerOnlyAt + 1];
    if (!dir) throw new Error('--pdf-worker needs a folder');
    await esbuildAll([pdfWorkerTarget(join(resolve(dir), 'pdf-worker.cjs'))]);
    return;
  }
  for (const dir of ['dist/electron', 'dist/node']) rmSync(join(ROOT, dir), { recursive: true, force: true });
  if (!nodeOnly) {
    const t = performance.now();
    viteBuild();
    console.log(`  ${'renderer'.padEnd(10)} ${'dist/renderer/'.padEnd(28)}        ${seconds(t)}`);
  }
  await esbuildAll(nodeTargets);
  warmCliCache();
  console.log(`Built in ${seconds(start)}${nodeOnly ? ' (node side only)' : ''}: ${relative(process.cwd(), join(ROOT, 'dist')) || 'dist'}/`);
}

main().catch((err) => {
  console.error(`Build failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
