// ogp-drafter pdf: one printed annex of the current cycle, written atomically.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ANNEXES, type AnnexName, renderAnnexWithInfo } from '../../services/pdf/render';
import { openWorkspace } from '../../services/workspace/workspace';
import type { PdfAnnexArg, PdfLangArg } from '../args';
import { writeFileAtomic } from '../files';
import { CliError, type CommandContext } from '../io';

const printable = (a: PdfAnnexArg): a is AnnexName => (ANNEXES as readonly string[]).includes(a);

export async function runPdf(
  ctx: CommandContext,
  opts: { annex: PdfAnnexArg; printLang: PdfLangArg; component: string | undefined; out: string },
): Promise<void> {
  // The contract names every annex; those not rendered yet are refused (exit 1), not unknown (exit 2).
  if (!printable(opts.annex)) throw new CliError('pdf-not-available', { annex: opts.annex });
  const annex = opts.annex;
  const ws = await openWorkspace(ctx.workspaceDir);
  try {
    const { bytes, pages } = await renderAnnexWithInfo({ ws, annex, lang: opts.printLang, component: opts.component, now: new Date() });
    writeFileAtomic(opts.out, bytes);
    const file = resolve(opts.out);
    const size = statSync(file).size;
    ctx.report([ctx.t('cli.pdf.done', { file: opts.out, pages, bytes: size })], { file, pages, bytes: size });
  } finally {
    await ws.store.close();
  }
}
