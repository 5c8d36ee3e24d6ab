// ogp-drafter key show: this workspace's safety code, to read aloud to the
// other side when it enrolls the key; --json adds the key id and public key.
import { showKey } from '../../services/bundles/keys';
import { openWorkspace } from '../../services/workspace/workspace';
import type { CommandContext } from '../io';

export async function runKeyShow(ctx: CommandContext): Promise<void> {
  const ws = await openWorkspace(ctx.workspaceDir);
  try {
    const key = await showKey(ws);
    ctx.report([ctx.t('cli.key.heading', { institution: key.institution }), `  ${key.safetyCode}`], key);
  } finally {
    await ws.store.close();
  }
}
