// Child process of the crash test (crash.test.ts): opens a workspace and
// imports one bundle, and stops dead at the moment the parent named, so the
// parent's SIGKILL lands exactly there however slow or busy the machine is.
//
// The moment is observed from outside the importer: the child wraps the
// better-sqlite3 handle the workspace's Kysely instance runs every statement
// through, so production code carries no test hook. A moment is one of
//   before-begin   the bundle is read and verified; BEGIN is about to run
//   in-tx:K        K statements of the import transaction have run (0: just
//                  after BEGIN; the total: just before COMMIT)
//   after-commit   COMMIT has returned
//   none           run to the end
// At the moment the child prints "stopped <moment>" with a synchronous write
// and then blocks its only thread (Atomics.wait: no further statement, no
// event loop turn, no CPU spent) until the SIGKILL comes: no cleanup, no
// finally blocks, no rollback by the process. Run to the end, it prints
// "done <result> <statements> <ms>": the transaction's statement count is what
// the parent spreads its in-tx kills over.
import { readFileSync, writeSync } from 'node:fs';
import type { Statement } from 'better-sqlite3';
import { BundleService } from '../../../electron/services/bundles/workspace/service';
import { openWorkspace } from '../../../electron/services/workspace/workspace';

type Moment = { kind: 'none' } | { kind: 'before-begin' } | { kind: 'in-tx'; after: number } | { kind: 'after-commit' };

function parseMoment(arg: string | undefined): Moment {
  if (arg === 'none' || arg === 'before-begin' || arg === 'after-commit') return { kind: arg };
  const m = /^in-tx:(\d+)$/.exec(arg ?? '');
  if (m) return { kind: 'in-tx', after: Number(m[1]) };
  throw new Error(`unknown moment ${arg}`);
}

function stop(label: string): never {
  writeSync(1, `stopped ${label}\n`);
  const forever = new Int32Array(new SharedArrayBuffer(4));
  for (;;) Atomics.wait(forever, 0, 0);
}

async function main() {
  const [dir, file, momentArg] = process.argv.slice(2);
  if (!dir || !file) throw new Error('usage: crash-child.ts WORKSPACE_DIR BUNDLE_FILE MOMENT');
  const moment = parseMoment(momentArg);
  const bytes = readFileSync(file);
  const ws = await openWorkspace(dir);
  // Importing needs no private key: the keyring folder is never read. A fixed
  // clock makes every completed import write the same rows (accepted_at, log).
  const service = new BundleService(ws, dir, () => new Date('2024-06-01T12:00:00.000Z'));

  const sqlite = ws.store.sqlite;
  const prepare = sqlite.prepare.bind(sqlite);
  let phase: 'before' | 'in-tx' | 'after' = 'before';
  let statements = 0;
  let t0 = 0;
  const observe = (source: string, stmt: Statement): Statement => {
    const isBegin = /^\s*begin/i.test(source);
    const isCommit = /^\s*commit/i.test(source);
    const runThenObserve =
      (name: 'run' | 'all' | 'get') =>
      (...args: unknown[]) => {
        const out = (stmt[name] as (...a: unknown[]) => unknown).apply(stmt, args);
        if (isBegin && phase === 'before') {
          phase = 'in-tx';
          t0 = performance.now();
        } else if (isCommit && phase === 'in-tx') {
          phase = 'after';
          if (moment.kind === 'after-commit') stop('after-commit');
          return out;
        } else if (phase === 'in-tx') {
          statements++;
        } else {
          return out;
        }
        if (moment.kind === 'in-tx' && moment.after === statements) stop(`in-tx:${statements}`);
        return out;
      };
    return new Proxy(stmt, {
      get(target, prop) {
        if (prop === 'run' || prop === 'all' || prop === 'get') return runThenObserve(prop);
        const value = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  sqlite.prepare = ((source: string) => {
    if (phase === 'before' && moment.kind === 'before-begin' && /^\s*begin/i.test(source)) stop('before-begin');
    return observe(source, prepare(source));
  }) as typeof sqlite.prepare;

  const out = await service.import(bytes);
  writeSync(1, `done ${out.result} ${statements} ${(performance.now() - t0).toFixed(1)}\n`);
  await ws.store.close();
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(3);
});
