// ogp-drafter key protect --passphrase|--keyring: the key.protect method, the
// passphrase read from PLANI_KEY_PASSPHRASE by the session (cli/workspace.ts).
import type { CommandContext } from '../io';
import { withWorkspace } from '../workspace';

export async function runKeyProtect(ctx: CommandContext, opts: { to: 'passphrase' | 'keyring' }): Promise<void> {
  await withWorkspace(ctx, async (session) => {
    const done = await session.call('key.protect', { to: opts.to });
    ctx.report([done.moved === 0 ? ctx.t('cli.keyProtect.none', { scheme: done.scheme }) : ctx.t('cli.keyProtect.done', { count: done.moved, scheme: done.scheme })], done);
  });
}
