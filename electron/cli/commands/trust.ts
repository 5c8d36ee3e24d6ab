// ogp-drafter trust list | trust revoke CODE: the keys this workspace accepts
// bundles from, and revoking one by its safety code (spaces optional).
import { AppError } from '../../../shared/api/errors';
import { CliError, type CommandContext } from '../io';
import { withWorkspace } from '../workspace';

export async function runTrustList(ctx: CommandContext): Promise<void> {
  await withWorkspace(ctx, async (session) => {
    const { signers } = await session.call('trust.list', {});
    const { t } = ctx;
    const lines =
      signers.length === 0
        ? [t('cli.trust.none')]
        : signers.flatMap((s) => [t('cli.trust.row', { institution: s.institution, keyId: s.keyId, status: t(`cli.trust.status.${s.status}`), at: s.enrolledAt }), `  ${s.safetyCode}`]);
    ctx.report(lines, { signers });
  });
}

export async function runTrustRevoke(ctx: CommandContext, opts: { code: string }): Promise<void> {
  await withWorkspace(ctx, async (session) => {
    let signer;
    try {
      signer = await session.call('trust.revoke', { safetyCode: opts.code });
    } catch (err) {
      // Not a code at all (the contract refuses it) or no key with it: either way no key has this code.
      if (err instanceof AppError && (err.code === 'not-found' || err.code === 'invalid-input')) throw new CliError('unknown-safety-code', { code: opts.code.trim() });
      throw err;
    }
    ctx.report([ctx.t('cli.trust.revoked', { institution: signer.institution, keyId: signer.keyId }), `  ${signer.safetyCode}`], signer);
  });
}
