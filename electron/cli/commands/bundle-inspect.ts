// ogp-drafter bundle inspect FILE: verifies the signature and integrity of a
// bundle and prints its manifest summary and the signer's safety code,
// without a workspace and without importing anything. The file is read a
// range at a time (attachments streamed through their hashes), so a bundle of
// any size up to MAX_BUNDLE_BYTES is inspected in bounded memory.
import { summarizeBundle } from '../../services/bundles/file/summary';
import { manifestSafetyCode } from '../../services/bundles/workspace/trust';
import { readBundleFile as verifyBundleFile } from '../../services/bundles/file/read';
import { withRegularFile } from '../../services/files/regular-file';
import { BundleRefusal } from '../../services/bundles/types';
import type { CommandContext } from '../io';
import { reportRefusal, summaryLines } from './bundle-common';

export async function runBundleInspect(ctx: CommandContext, opts: { file: string }): Promise<number> {
  const size = withRegularFile(opts.file, (n) => n);
  let verified;
  try {
    verified = await verifyBundleFile(opts.file);
  } catch (err) {
    if (!(err instanceof BundleRefusal)) throw err;
    const params = err.reason === 'file-too-large' ? { ...err.params, size } : err.params;
    return reportRefusal(ctx, err.reason, params, false);
  }
  const m = verified.manifest;
  const summary = summarizeBundle(verified);
  const safetyCode = manifestSafetyCode(m);
  const { t } = ctx;
  ctx.report(
    [
      t('cli.bundle.verified'),
      ...summaryLines(ctx, summary),
      t('cli.bundle.signedBy', { institution: m.issuer.institution, keyId: m.issuer.keyId }),
      `  ${safetyCode}`,
      ...(m.rotation ? [t('cli.bundle.rotation', { keyId: m.rotation.newKeyId, seq: m.rotation.effectiveFromSeq })] : []),
    ],
    { ok: true, summary, signer: { institution: m.issuer.institution, keyId: m.issuer.keyId, safetyCode }, manifest: m },
  );
  return 0;
}
