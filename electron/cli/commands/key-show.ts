// ogp-drafter key show: this workspace's safety code, to read aloud to the
// other side when it enrolls the key; --json adds the key id and public key.
import { showKey } from '../../services/bundles/workspace/keys';
import type { CommandContext } from '../io';
import { withWorkspace } from '../workspace';

export async function runKeyShow(ctx: CommandContext): Promise<void> {
  await withWorkspace(ctx, async (session) => {
    const key = await showKey(await session.workspace());
    ctx.report([ctx.t('cli.key.heading', { institution: key.institution }), `  ${key.safetyCode}`], key);
  });
}
