// Backups of the database and restoring one (backup/backups.ts).
import { backupFile, backupsDir, createBackup, listBackups, restoreBackup } from '../../backup/backups';
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

type BackupMethods = 'backup.list' | 'backup.create' | 'backup.restore';

export function backupHandlers(ctx: PlaniContext): Pick<Handlers, BackupMethods> {
  return {
    // Listing needs no open database: it is what a person looks at when the database will not open.
    'backup.list': async () => ({ dir: backupsDir(ctx.workspaceDir), backups: listBackups(ctx.workspaceDir) }),
    'backup.create': async () => {
      const ws = await ctx.workspace();
      await ctx.pendingBackup();
      return createBackup(ws.store.sqlite, ws.dir, { kind: 'manual', now: ctx.clock() });
    },
    'backup.restore': async ({ file }) => {
      const source = backupFile(ctx.workspaceDir, file);
      // The database (damaged or not) is closed before its file is set aside; the next call opens the restored one.
      await ctx.closeWorkspace();
      const done = restoreBackup(ctx.workspaceDir, source, ctx.clock());
      return { file: done.file, replaced: done.replaced };
    },
  };
}
