// ogp-drafter docx: Annex VI/VII, Annex IX or the consolidated plan as a Word
// file, written atomically. A draft by default; --final is refused (exit 1,
// with the list of what stands in the way) exactly as for ogp-drafter pdf.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { DocxAnnex, DocxRequest, PrintMode } from '../../../shared/model/print';
import { renderDocx } from '../../services/docx/render';
import { hasComponent, loadPrintData } from '../../services/pdf/print-data';
import { printDataReadiness } from '../../services/pdf/readiness';
import type { PdfLangArg } from '../args';
import { writeFileAtomic } from '../files';
import type { CommandContext } from '../io';
import { withWorkspace } from '../workspace';
import { refuse } from './pdf';

export async function runDocx(
  ctx: CommandContext,
  opts: { annex: DocxAnnex; printLang: PdfLangArg; component: string | undefined; out: string; mode: PrintMode },
): Promise<number> {
  return withWorkspace(ctx, async (session) => {
    const ws = await session.workspace();
    const data = await loadPrintData(ws);
    if (opts.component !== undefined && !hasComponent(data, opts.component)) {
      throw new AppError('unknown-component', { params: { code: opts.component } });
    }
    const req: DocxRequest = { annex: opts.annex, lang: opts.printLang, mode: opts.mode, ...(opts.component === undefined ? {} : { component: opts.component }) };
    // The CLI is the edge of the program: the clock is read here, once, for the check and the export.
    const now = new Date();
    if (opts.mode === 'final') {
      const readiness = printDataReadiness(data, req, now);
      if (!readiness.ready) return refuse(ctx, readiness);
    }
    const { bytes } = await renderDocx(data, req, now);
    writeFileAtomic(opts.out, bytes);
    const file = resolve(opts.out);
    const size = statSync(file).size;
    ctx.report([ctx.t('cli.docx.done', { file: opts.out, bytes: size })], { file, bytes: size });
    return 0;
  });
}
