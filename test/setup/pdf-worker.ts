// Vitest global setup: print jobs render in a worker thread, which runs
// JavaScript, not the TypeScript sources the tests import. Builds the worker
// once per test run with the very build step that ships it
// (scripts/build.mjs --pdf-worker) and points PLANI_PDF_WORKER at it; test
// files run in forks started after this and inherit the variable.
//
// The bundle goes under node_modules/.cache so its external requires (pdfkit,
// i18next, zod) resolve from the project's node_modules, into a folder of its
// own per run so parallel runs never load each other's half-written file.
// A PLANI_PDF_WORKER already set (e.g. dist/node/pdf-worker.cjs, to test the
// shipped bundle) is used as it is.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export default function setup(): () => void {
  if (process.env.PLANI_PDF_WORKER) {
    if (!existsSync(process.env.PLANI_PDF_WORKER)) throw new Error(`PLANI_PDF_WORKER=${process.env.PLANI_PDF_WORKER} does not exist`);
    return () => {};
  }
  const dir = join(ROOT, 'node_modules', '.cache', 'plani-pdf-worker', `run-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--pdf-worker', dir], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`building the PDF worker failed:\n${built.stdout}${built.stderr}`);
  process.env.PLANI_PDF_WORKER = join(dir, 'pdf-worker.cjs');
  return () => {
    delete process.env.PLANI_PDF_WORKER;
    rmSync(dir, { recursive: true, force: true });
  };
}
