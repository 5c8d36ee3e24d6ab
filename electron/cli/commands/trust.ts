// ogp-drafter trust list | trust revoke CODE: the keys this workspace accepts
// bundles from, and revoking one by its safety code (spaces optional).
import { AppError } from '../../../shared/api/errors';
import { BundleService } from '../../services/bundles/service';
import { openWorkspace } from '../../services/workspace/workspace';
import { CliError, type CommandContext } from '../io';

export async function runTrustList(ctx: CommandContext): Promise<void> {
  const ws = await openWorkspace(ctx.workspaceDir);
  try {
    const signers = await new BundleService(ws, ctx.keyringDir).trustList();
    const { t } = ctx;
    const lines =
      signers.length === 0
        ? [t('cli.trust.none')]
        : signers.flatMap((s) => [t('cli.trust.row', { institution: s.institution, keyId: s.keyId, status: t(`cli.trust.status.${s.status}`), at: s.enrolledAt }), `  ${s.safetyCode}`]);
    ctx.report(lines, { signers });
  } finally {
    await ws.store.close();
  }
}

export async function runTrustRevoke(ctx: CommandContext, opts: { code: string }): Promise<void> {
  const ws = await openWorkspace(ctx.workspaceDir);
  try {
    let signer;
    try {
      signer = await new BundleService(ws, ctx.keyringDir).trustRevoke(opts.code);
    } catch (err) {
      if (err instanceof AppError && err.code === 'not-found') throw new CliError('unknown-safety-code', { code: opts.code.trim() });
      throw err;
    }
    ctx.report([ctx.t('cli.trust.revoked', { institution: signer.institution, keyId: signer.keyId }), `  ${signer.safetyCode}`], signer);
  } finally {
    await ws.store.close();
  }
}
