// ogp-drafter plan import: validate the whole file against the schema and the
// workspace first, then load it in one transaction.
import { resolve } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { type ImportSummary, importInterchange, readInterchangeFile, readKnown } from '../../services/interchange';
import { openWorkspace } from '../../services/workspace/workspace';
import type { CommandContext } from '../io';

export async function runPlanImport(ctx: CommandContext, opts: { file: string }): Promise<void> {
  const ws = await openWorkspace(ctx.workspaceDir);
  try {
    const parsed = readInterchangeFile(opts.file, { known: await readKnown(ws.store.db) });
    if (!parsed.ok) {
      throw new AppError('invalid-interchange', { issues: parsed.issues, params: { count: parsed.issues.length } });
    }
    const counts = await importInterchange(ws.store, parsed.doc);
    const { t } = ctx;
    const lines = (Object.keys(counts) as (keyof ImportSummary)[])
      .filter((k) => counts[k] > 0)
      .map((k) => `  ${t(`cli.counts.${k}`)}: ${counts[k]}`);
    ctx.report([t('cli.import.done', { file: opts.file }), ...lines], { file: resolve(opts.file), counts });
  } finally {
    await ws.store.close();
  }
}
