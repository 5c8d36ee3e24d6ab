// ogp-drafter plan export: the whole workspace as one interchange document.
import { resolve } from 'node:path';
import { exportInterchange, serializeInterchange, summarizeInterchange } from '../../services/interchange';
import { writeFileAtomic } from '../files';
import type { CommandContext } from '../io';
import { withWorkspace } from '../workspace';

/** `out` is a file path, or "-" for standard output. */
export async function runPlanExport(ctx: CommandContext, opts: { out: string }): Promise<void> {
  await withWorkspace(ctx, async (session) => {
    const ws = await session.workspace();
    const doc = await exportInterchange(ws.store, { role: ws.info.role, institution: ws.info.institution.code });
    const text = serializeInterchange(doc);
    const counts = summarizeInterchange(doc);
    const { t } = ctx;
    if (opts.out === '-') {
      // Standard output carries the document itself; the summary goes to stderr.
      ctx.io.stdout.write(text);
      ctx.note([t('cli.export.done', { ...counts, file: t('cli.export.stdout') })]);
      return;
    }
    writeFileAtomic(opts.out, text);
    ctx.report([t('cli.export.done', { ...counts, file: opts.out })], { file: resolve(opts.out), counts });
  });
}
