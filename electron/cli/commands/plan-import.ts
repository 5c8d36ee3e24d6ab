// ogp-drafter plan import: plan.import, the same method the other transports
// call: the whole file is validated against the schema and the workspace
// first, then loaded in one transaction. The file is read here, its size
// checked before a byte is read.
import { basename, resolve } from 'node:path';
import { type ImportSummary, invalidInterchange, readInterchangeBytes } from '../../services/interchange';
import type { CommandContext } from '../io';
import { uploadOf, withWorkspace } from '../workspace';

export async function runPlanImport(ctx: CommandContext, opts: { file: string }): Promise<void> {
  await withWorkspace(ctx, async (session) => {
    const read = readInterchangeBytes(opts.file);
    if (!read.ok) throw invalidInterchange(read.issues);
    const { counts } = await session.call('plan.import', { file: uploadOf(basename(opts.file), read.bytes) });
    const { t } = ctx;
    const lines = (Object.keys(counts) as (keyof ImportSummary)[])
      .filter((k) => counts[k] > 0)
      .map((k) => `  ${t(`cli.counts.${k}`)}: ${counts[k]}`);
    ctx.report([t('cli.import.done', { file: opts.file }), ...lines], { file: resolve(opts.file), counts });
  });
}
