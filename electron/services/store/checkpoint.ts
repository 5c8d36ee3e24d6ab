// WAL checkpoints and search-index merges kept out of a keystroke's save. SQLite's automatic
// checkpoint runs inside whichever commit crosses its threshold, so one save
// in a few hundred paid for copying the whole WAL back and syncing the
// database file (16 ms at the p99.9 on 400 commitments). Here the connection
// checkpoints when writing has paused: a timer looks every IDLE_MS at the
// connection's change count, and once a look finds no write since the one
// before, it runs a PASSIVE checkpoint (which never waits for, nor blocks,
// a reader). The automatic checkpoint stays only as a backstop, far above
// what a burst of typing writes, and journal_size_limit shrinks the WAL file
// back once a checkpoint has emptied it.
//
// FTS5 likewise merges its index segments inside the commit that adds one
// (a field save adds one): automerge is turned off on opening, and the same
// pause runs a bounded merge first. Left alone, segments would pile up to
// FTS5's crisis merge (16 at one level), which still runs in a commit.
import type Database from 'better-sqlite3';

/** How long writing must have paused before a checkpoint (between 1× and 2× this). */
export const IDLE_MS = 200;
/** Pages in the WAL at which a commit checkpoints anyway (the backstop: ~40 MB). */
export const BACKSTOP_PAGES = 10_000;
/** The WAL file is cut back to this once a checkpoint has emptied it. */
export const WAL_SIZE_LIMIT = 16 * 1024 * 1024;

export interface IdleCheckpoints {
  /** One look of the timer: note a write, or checkpoint if none came since the last look. */
  tick(): void;
  stop(): void;
}

/** Pages of merge work one pause does in the search index (a few ms at most). */
export const MERGE_PAGES = 200;

export function configureWal(sqlite: Database.Database): void {
  sqlite.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  sqlite.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT}`);
}

/** Search-index merges on pauses only (a setting kept in the index; written once). Before migrations, the index may not exist yet: call after. */
export function mergeSearchOnIdle(sqlite: Database.Database): void {
  const automerge = sqlite.prepare(`SELECT v FROM search_text_config WHERE k = 'automerge'`).pluck().get();
  if (automerge !== 0) sqlite.prepare(`INSERT INTO search_text(search_text, rank) VALUES ('automerge', 0)`).run();
}

export function idleCheckpoints(sqlite: Database.Database, idleMs = IDLE_MS): IdleCheckpoints {
  const changes = sqlite.prepare('SELECT total_changes()').pluck();
  const merge = sqlite.prepare(`INSERT INTO search_text(search_text, rank) VALUES ('merge', ${MERGE_PAGES})`);
  let seen = changes.get() as number;
  let pending = false;
  const tick = () => {
    if (!sqlite.open) return;
    const now = changes.get() as number;
    if (now !== seen) {
      seen = now;
      pending = true;
    } else if (pending && !sqlite.inTransaction) {
      pending = false;
      merge.run();
      sqlite.pragma('wal_checkpoint(PASSIVE)');
      // The merge is a write of its own: not one that should bring another pause's work.
      seen = changes.get() as number;
    }
  };
  const timer = setInterval(() => {
    try {
      tick();
    } catch {
      // A busy or closing database: the next pause, or the backstop, checkpoints.
    }
  }, idleMs);
  timer.unref();
  return { tick, stop: () => clearInterval(timer) };
}
