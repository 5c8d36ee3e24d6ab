// ogp-drafter backup create | list | restore FILE|--latest [--yes]: the same
// backup.* methods the Backups screen calls. `restore` reaches the workspace
// without opening it first, since a damaged database is what it repairs.
import { basename } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { BackupEntry } from '../../../shared/api/contract';
import type { CommandContext } from '../io';
import { withWorkspace } from '../workspace';

const row = (ctx: CommandContext, b: BackupEntry) =>
  ctx.t('cli.backup.row', { file: b.file, kind: ctx.t(`cli.backup.kind.${b.kind}`).padEnd(8), date: b.createdAt.slice(0, 19).replace('T', ' '), size: b.size });

export async function runBackupCreate(ctx: CommandContext): Promise<void> {
  await withWorkspace(ctx, async (session) => {
    const made = await session.call('backup.create', {});
    ctx.report([ctx.t('cli.backup.created', { file: made.file, size: made.size })], made);
  });
}

export async function runBackupList(ctx: CommandContext): Promise<void> {
  await withWorkspace(
    ctx,
    async (session) => {
      const { dir, backups } = await session.call('backup.list', {});
      const human = backups.length === 0 ? [ctx.t('cli.backup.none', { dir })] : [ctx.t('cli.backup.heading', { dir }), ...backups.map((b) => row(ctx, b))];
      ctx.report(human, { dir, backups });
    },
    { openFirst: false },
  );
}

export async function runBackupRestore(ctx: CommandContext, opts: { file: string | undefined; latest: boolean; yes: boolean }): Promise<void> {
  await withWorkspace(
    ctx,
    async (session) => {
      const { backups } = await session.call('backup.list', {});
      // A name as "backup list" shows it, or a path to it in the backups folder.
      const file = opts.latest ? backups[0]?.file : basename(opts.file ?? '');
      if (!file) throw new AppError('backup-not-found', { params: { file: opts.file ?? '--latest' } });
      if (!backups.some((b) => b.file === file)) throw new AppError('backup-not-found', { params: { file: opts.file ?? file } });
      if (!opts.yes) throw new AppError('restore-needs-confirmation', { params: { file, replaced: 'backups/replaced-<time>.sqlite' } });
      const done = await session.call('backup.restore', { file });
      ctx.report([ctx.t('cli.backup.restored', done)], done);
    },
    { openFirst: false },
  );
}
