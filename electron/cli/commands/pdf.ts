// ogp-drafter pdf: one printed annex of the current cycle, written atomically.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Progress, renderAnnexWithInfo } from '../../services/pdf/render';
import type { PdfAnnexArg, PdfLangArg } from '../args';
import { writeFileAtomic } from '../files';
import type { CommandContext } from '../io';
import { withWorkspace } from '../workspace';

/**
 * "Po përgatitet PDF-ja… 45%" on one line of a terminal, rewritten as the
 * percentage grows and erased at the end; nothing when stderr is a file or a
 * pipe, or with --json, so scripts see only the result.
 */
function progressLine(ctx: CommandContext): { report?: Progress; clear: () => void } {
  const err = ctx.io.stderr;
  if (ctx.json || !err.isTTY) return { clear: () => {} };
  let shown = -1;
  return {
    report: (done, total) => {
      const percent = total > 0 ? Math.floor((100 * done) / total) : 0;
      if (percent === shown) return;
      shown = percent;
      err.write(`\r${ctx.t('cli.pdf.progress', { percent })}`);
    },
    clear: () => {
      if (shown >= 0) err.write('\r\x1b[K');
    },
  };
}

export async function runPdf(
  ctx: CommandContext,
  opts: { annex: PdfAnnexArg; printLang: PdfLangArg; component: string | undefined; out: string },
): Promise<void> {
  await withWorkspace(ctx, async (session) => {
    const ws = await session.workspace();
    const progress = progressLine(ctx);
    const { bytes, pages } = await renderAnnexWithInfo({ ws, annex: opts.annex, lang: opts.printLang, component: opts.component }, progress.report).finally(
      progress.clear,
    );
    writeFileAtomic(opts.out, bytes);
    const file = resolve(opts.out);
    const size = statSync(file).size;
    ctx.report([ctx.t('cli.pdf.done', { file: opts.out, pages, bytes: size })], { file, pages, bytes: size });
  });
}
