// The Electron executable the npm package installed, or null when its binary
// was never downloaded. Found from the package's path.txt and dist/ without
// running its index.js: since Electron 42 that downloads a missing binary on
// first require, which on an offline machine prints a failed fetch and throws.
const { existsSync, readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

function electronBinary(root) {
  let dir;
  try {
    dir = dirname(require.resolve('electron/package.json', { paths: [root] }));
  } catch {
    return null;
  }
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(dir, 'dist');
  const full = join(distDir, executable);
  return executable !== '' && existsSync(full) ? full : null;
}

module.exports = { electronBinary };
