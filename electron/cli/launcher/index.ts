// dist/node/cli.cjs: the small file `node` starts. It runs the bundled
// program (cli-main.cjs, beside it) through V8's code cache, so a command
// does not spend its first half second compiling 2.6 MB of JavaScript.
//
// The cache (cli-main.cjs.cache) is written by the first run that finds none
// (the build makes one), or finds it made by another Node, V8 or build of
// the program; a run that cannot write it (a read-only install) still works,
// only slower. A cache is used only when its header names this very file
// (size and modification time) and this Node version and architecture.
import { closeSync, fstatSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';

const MAIN = join(__dirname, 'cli-main.cjs');
const CACHE = `${MAIN}.cache`;

function readMain(): { source: string; stamp: string } {
  const fd = openSync(MAIN, 'r');
  try {
    const st = fstatSync(fd);
    return { source: readFileSync(fd, 'utf8'), stamp: `${st.size}:${st.mtimeMs}:${process.version}:${process.arch}` };
  } finally {
    closeSync(fd);
  }
}

/** The cached code when its header matches `stamp`; the header is one line. */
function readCache(stamp: string): Buffer | undefined {
  try {
    const file = readFileSync(CACHE);
    const eol = file.indexOf(10);
    return eol > 0 && file.toString('latin1', 0, eol) === stamp ? file.subarray(eol + 1) : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(script: Script, stamp: string): void {
  const tmp = `${CACHE}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, Buffer.concat([Buffer.from(`${stamp}\n`, 'latin1'), script.createCachedData()]));
    renameSync(tmp, CACHE);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
  }
}

const { source, stamp } = readMain();
const cachedData = readCache(stamp);
// The same wrapper Node puts around a CommonJS file: the program sees this
// module, so `require.main === module` and relative requires behave as if
// cli-main.cjs had been started itself. The program holds no real import()
// (a script run from a code cache could not resolve one; the build refuses
// it, see scripts/build.mjs).
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: MAIN, cachedData });
if (cachedData === undefined || script.cachedDataRejected) {
  // After the command has run, so the cache holds the functions it compiled.
  process.once('exit', () => writeCache(script, stamp));
}
script.runInThisContext()(module.exports, require, module, MAIN, __dirname);
