#!/usr/bin/env node
// `npm start [-- --workspace DIR --port N]`: the desktop app when the
// Electron runtime is installed, otherwise browser mode on 127.0.0.1.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));
const args = process.argv.slice(2);

const OUTPUTS = ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/node/cli.cjs', 'dist/renderer/index.html'];

const { electronBinary } = require('./scripts/electron-binary.cjs');

function run(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: ROOT, stdio: 'inherit', env });
  // Ctrl+C reaches the child through the terminal; forward what does not.
  for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  child.on('error', (err) => {
    console.error(`Could not start ${command}: ${err.message}`);
    process.exit(1);
  });
}

if (OUTPUTS.some((f) => !existsSync(join(ROOT, f)))) {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const electron = electronBinary(ROOT);
if (electron) {
  // ELECTRON_RUN_AS_NODE left over in a shell would start Node instead of the app.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  run(electron, [ROOT, ...args], env);
} else {
  // The CLI says why, in the workspace's language, before the address.
  run(process.execPath, [join(ROOT, 'dist', 'node', 'cli.cjs'), 'serve', ...args], { ...process.env, PLANI_ELECTRON_MISSING: '1' });
}
