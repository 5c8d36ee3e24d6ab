// Ideas written straight into a workspace's real SQLite file through the
// store's record writer (the one a bundle or plan import uses), for tests that
// need many ideas in a given state at once; the ideas register's own
// behaviour is tested through its service (test/unit/cocreation/ideas*.test.ts).
import { openStore } from '../../electron/services/store/database';
import { upsertRecords } from '../../electron/services/store/records';
import { IDEA } from '../../electron/services/store/tables';
import { dbPath } from '../../electron/services/workspace/paths';
import type { Idea } from '../../shared/model/cocreation';

export { idea } from './idea-record';

/** Writes the ideas into the workspace at `workspaceDir` through a second connection, and closes it. */
export async function insertIdeas(workspaceDir: string, ideas: readonly Idea[]): Promise<void> {
  const store = openStore(dbPath(workspaceDir));
  try {
    await upsertRecords(store.db, IDEA, ideas);
  } finally {
    await store.close();
  }
}
