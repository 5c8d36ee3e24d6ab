// ogp-drafter pdf: one printed annex of the current cycle, written atomically.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderAnnexWithInfo } from '../../services/pdf/render';
import { openWorkspace } from '../../services/workspace/workspace';
import type { PdfAnnexArg, PdfLangArg } from '../args';
import { writeFileAtomic } from '../files';
import type { CommandContext } from '../io';

export async function runPdf(
  ctx: CommandContext,
  opts: { annex: PdfAnnexArg; printLang: PdfLangArg; component: string | undefined; out: string },
): Promise<void> {
  const ws = await openWorkspace(ctx.workspaceDir);
  try {
    const { bytes, pages } = await renderAnnexWithInfo({ ws, annex: opts.annex, lang: opts.printLang, component: opts.component });
    writeFileAtomic(opts.out, bytes);
    const file = resolve(opts.out);
    const size = statSync(file).size;
    ctx.report([ctx.t('cli.pdf.done', { file: opts.out, pages, bytes: size })], { file, pages, bytes: size });
  } finally {
    await ws.store.close();
  }
}
