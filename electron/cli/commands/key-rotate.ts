// ogp-drafter key rotate --out FILE: a new signing key for this workspace,
// announced by a key-rotation bundle signed by the old key and the new one
// (docs/bundle-format.md, "Trust"). The file is written (atomically) before
// the workspace switches keys, so a file that cannot be written leaves the
// old key in use. Prints the new safety code and that the file must reach
// the other side before the next bundle.
import { existsSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { writeFileAtomic } from '../files';
import { CliError, type CommandContext } from '../io';
import { withWorkspace } from '../workspace';

export async function runKeyRotate(ctx: CommandContext, opts: { out: string }): Promise<void> {
  // Checked first: a bad path must change nothing (no number taken, no key made).
  const file = resolve(opts.out);
  const folder = dirname(file);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new CliError('file-unwritable', { path: opts.out });
  let written = false;
  const deliverRotation = (bundle: { bytes: Buffer }) => {
    writeFileAtomic(opts.out, bundle.bytes);
    written = true;
  };
  await withWorkspace(
    ctx,
    async (session) => {
      const previousKeyId = (await session.call('key.show', {})).keyId;
      let rotated;
      try {
        rotated = await session.call('key.rotate', {});
      } catch (err) {
        // The switch failed after the file was written: a rotation to a key this workspace does not hold must not be sent.
        if (written) rmSync(file, { force: true });
        throw err;
      }
      const { t } = ctx;
      const other = t((await session.workspace()).info.role === 'poc' ? 'cli.key.toLfps' : 'cli.key.toPoc');
      ctx.report(
        [
          t('cli.key.rotated', { file: opts.out, keyId: rotated.keyId, previous: previousKeyId }),
          t('cli.key.newCode'),
          `  ${rotated.safetyCode}`,
          t('cli.key.deliver', { to: other }),
        ],
        { fileName: file, keyId: rotated.keyId, safetyCode: rotated.safetyCode, previousKeyId },
      );
    },
    { deliverRotation },
  );
}
