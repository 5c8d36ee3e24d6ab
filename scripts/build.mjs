#!/usr/bin/env node
// Builds everything the app runs from:
//   dist/renderer/         vite (config: vite.config.mts)
//   dist/electron/main.cjs     Electron main process
//   dist/electron/preload.cjs  sandboxed preload: ONE file, only 'electron' external
//   dist/node/cli.cjs          ogp-drafter (CLI and browser mode)
// Usage: node scripts/build.mjs [--node-only]
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));
const nodeOnly = process.argv.includes('--node-only');

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
  { name: 'cli', entry: 'electron/cli/index.ts', outfile: 'dist/node/cli.cjs', packagesExternal: true },
];

async function esbuildAll() {
  const esbuild = await import('esbuild');
  await Promise.all(
    nodeTargets.map(async (t) => {
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
        ...(t.packagesExternal ? { packages: 'external' } : {}),
        external: ['electron'],
        sourcemap: true,
        logLevel: 'warning',
        // The preload is parsed on every page load and carries zod (for
        // isMethodName); minifying halves it. Main and CLI stay readable.
        minify: !t.packagesExternal,
        legalComments: 'none',
        metafile: true,
      });
      const bytes = Object.values(result.metafile.outputs).reduce((n, o) => (o.entryPoint ? n + o.bytes : n), 0);
      console.log(`  ${t.name.padEnd(8)} ${t.outfile.padEnd(26)} ${(bytes / 1024).toFixed(0).padStart(5)} KiB  ${seconds(start)}`);
    }),
  );
}

async function main() {
  const start = performance.now();
  for (const dir of ['dist/electron', 'dist/node']) rmSync(join(ROOT, dir), { recursive: true, force: true });
  if (!nodeOnly) {
    const t = performance.now();
    viteBuild();
    console.log(`  renderer dist/renderer/              ${seconds(t)}`);
  }
  await esbuildAll();
  console.log(`Built in ${seconds(start)}${nodeOnly ? ' (node side only)' : ''}: ${relative(process.cwd(), join(ROOT, 'dist')) || 'dist'}/`);
}

main().catch((err) => {
  console.error(`Build failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
