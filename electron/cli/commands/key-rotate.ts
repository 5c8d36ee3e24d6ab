// ogp-drafter key rotate --out FILE: a new signing key for this workspace,
// announced by a key-rotation bundle signed by the old key and the new one
// (docs/bundle-format.md, "Trust"). The file is written (atomically) before
// the workspace switches keys, so a file that cannot be written leaves the
// old key in use. Prints the new safety code and that the file must reach
// the other side before the next bundle.
import { existsSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { BundleService } from '../../services/bundles/service';
import { openWorkspace } from '../../services/workspace/workspace';
import { CliError, type CommandContext } from '../io';
import { writeBytesAtomic } from './bundle-common';

export async function runKeyRotate(ctx: CommandContext, opts: { out: string }): Promise<void> {
  // Checked first: a bad path must change nothing (no number taken, no key made).
  const file = resolve(opts.out);
  const folder = dirname(file);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new CliError('file-unwritable', { path: opts.out });
  const ws = await openWorkspace(ctx.workspaceDir);
  try {
    let written = false;
    let rotated;
    try {
      rotated = await new BundleService(ws, ctx.keyringDir).rotateKey((bundle) => {
        writeBytesAtomic(opts.out, bundle.bytes);
        written = true;
      });
    } catch (err) {
      // The switch failed after the file was written: a rotation to a key this workspace does not hold must not be sent.
      if (written) rmSync(file, { force: true });
      throw err;
    }
    const { t } = ctx;
    const previousKeyId = rotated.written.manifest.issuer.keyId;
    const other = t(ws.info.role === 'poc' ? 'cli.key.toLfps' : 'cli.key.toPoc');
    ctx.report(
      [
        t('cli.key.rotated', { file: opts.out, keyId: rotated.newKeyId, previous: previousKeyId }),
        t('cli.key.newCode'),
        `  ${rotated.safetyCode}`,
        t('cli.key.deliver', { to: other }),
      ],
      { fileName: file, keyId: rotated.newKeyId, safetyCode: rotated.safetyCode, previousKeyId },
    );
  } finally {
    await ws.store.close();
  }
}
