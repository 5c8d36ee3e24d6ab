// ogp-drafter docx: Annex VI/VII, Annex IX or the consolidated plan as a Word
// file, written atomically. A draft by default; --final is refused (exit 1,
// with the list of what stands in the way) exactly as for ogp-drafter pdf.
import type { DocxAnnex, PrintMode } from '../../../shared/model/print';
import { renderDocx } from '../../services/docx/render';
import type { PdfLangArg } from '../args';
import type { CommandContext } from '../io';
import { printCommand } from './pdf';

export function runDocx(
  ctx: CommandContext,
  opts: { annex: DocxAnnex; printLang: PdfLangArg; component: string | undefined; out: string; mode: PrintMode },
): Promise<number> {
  return printCommand(ctx, opts, async (data, req, now) => {
    const { bytes } = await renderDocx(data, req, now);
    return { bytes, done: (file, size) => [ctx.t('cli.docx.done', { file, bytes: size }), { bytes: size }] };
  });
}
