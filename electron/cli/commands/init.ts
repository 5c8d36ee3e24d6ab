// ogp-drafter init: the same workspace creation the first screen of the app
// performs, with the key-encryption key in the keyring folder beside (never
// inside) the workspace.
import { keyringProtector } from '../../services/keys/protector';
import type { WorkspaceRole } from '../../../shared/model/reference';
import { initWorkspace } from '../../services/workspace/workspace';
import type { CommandContext } from '../io';

export async function runInit(ctx: CommandContext, opts: { role: WorkspaceRole; institution: string }): Promise<void> {
  const ws = await initWorkspace({
    dir: ctx.workspaceDir,
    role: opts.role,
    institution: opts.institution,
    protectorFor: (id) => keyringProtector(ctx.keyringDir, id),
  });
  try {
    const keyId = await ws.store.db.selectFrom('workspace_meta').select('value').where('key', '=', 'key_id').executeTakeFirst();
    const { info } = ws;
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
  } finally {
    await ws.store.close();
  }
}
