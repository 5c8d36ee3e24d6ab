// Child process of the crash test (crash.test.ts): opens a workspace and
// imports one bundle, printing "tx" the moment the import's transaction
// begins (the BEGIN statement is prepared) and "done <result> <ms>" once it
// has committed. The parent kills it at a random moment in between
// (SIGKILL: no cleanup, no finally blocks, no rollback by the process).
import { readFileSync, writeSync } from 'node:fs';
import { BundleService } from '../../../electron/services/bundles/service';
import { openWorkspace } from '../../../electron/services/workspace/workspace';

async function main() {
  const [dir, file] = process.argv.slice(2);
  if (!dir || !file) throw new Error('usage: crash-child.ts WORKSPACE_DIR BUNDLE_FILE');
  const bytes = readFileSync(file);
  const ws = await openWorkspace(dir);
  // Importing needs no private key: the keyring folder is never read. A fixed
  // clock makes every completed import write the same rows (accepted_at, log).
  const service = new BundleService(ws, dir, () => new Date('2024-06-01T12:00:00.000Z'));
  const sqlite = ws.store.sqlite;
  const prepare = sqlite.prepare.bind(sqlite);
  let t0 = 0;
  sqlite.prepare = ((source: string) => {
    if (t0 === 0 && /^\s*begin/i.test(source)) {
      t0 = performance.now();
      // Synchronous, so the line is on its way before the first write of the transaction.
      writeSync(1, 'tx\n');
    }
    return prepare(source);
  }) as typeof sqlite.prepare;
  writeSync(1, 'ready\n');
  const out = await service.import(bytes);
  writeSync(1, `done ${out.result} ${(performance.now() - t0).toFixed(1)}\n`);
  await ws.store.close();
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(3);
});
