// ogp-drafter bundle export --out FILE [--to CODE]: an LFP's signed
// submission to the POC, or the POC's feedback (to one institution with
// --to, else to every institution). Shows what it contains and its number.
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError, type CommandContext } from '../io';
import { fetchToDisk } from '../staged';
import { withWorkspace } from '../workspace';
import { summaryLines } from './bundle-common';

export async function runBundleExport(ctx: CommandContext, opts: { out: string; to: string | undefined }): Promise<void> {
  // Checked first: an export takes a sequence number, which is never given back.
  const folder = dirname(resolve(opts.out));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new CliError('file-unwritable', { path: opts.out });
  await withWorkspace(ctx, async (session) => {
    // Written by the service into a staged file (attachments streamed) and fetched a chunk at a time.
    const out = await session.call('bundle.exportStaged', { to: opts.to });
    await fetchToDisk(session, out.stagedId, opts.out);
    ctx.report([ctx.t('cli.bundle.exported', { file: opts.out, seq: out.summary.seq }), ...summaryLines(ctx, out.summary)], {
      file: resolve(opts.out),
      summary: out.summary,
    });
  });
}
