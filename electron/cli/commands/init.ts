// ogp-drafter init: the same workspace creation the first screen of the app
// performs (workspace.init), with the key-encryption key in the keyring
// folder beside (never inside) the workspace.
import type { WorkspaceRole } from '../../../shared/model/reference';
import type { CommandContext } from '../io';
import { withWorkspace } from '../workspace';

export async function runInit(ctx: CommandContext, opts: { role: WorkspaceRole; institution: string }): Promise<void> {
  await withWorkspace(
    ctx,
    async (session) => {
      const info = await session.call('workspace.init', { role: opts.role, institution: opts.institution });
      const ws = await session.workspace();
      const keyId = await ws.store.db.selectFrom('workspace_meta').select('value').where('key', '=', 'key_id').executeTakeFirst();
      const { t } = ctx;
      ctx.report(
        [
          t('cli.init.done', { institution: info.institution.name[ctx.lang], code: info.institution.code, role: info.role.toUpperCase() }),
          t('cli.init.folder', { path: ws.dir }),
          t('cli.init.fingerprint'),
          `  ${info.keyFingerprint}`,
        ],
        { workspace: ws.dir, role: info.role, institution: info.institution.code, keyId: keyId?.value, fingerprint: info.keyFingerprint },
      );
    },
    { create: true },
  );
}
