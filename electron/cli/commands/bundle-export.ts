// ogp-drafter bundle export --out FILE [--to CODE]: an LFP's signed
// submission to the POC, or the POC's feedback (to one institution with
// --to, else to every institution). Shows what it contains and its number.
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { BundleService } from '../../services/bundles/service';
import { openWorkspace } from '../../services/workspace/workspace';
import { CliError, type CommandContext } from '../io';
import { summaryLines, writeBytesAtomic } from './bundle-common';

export async function runBundleExport(ctx: CommandContext, opts: { out: string; to: string | undefined }): Promise<void> {
  // Checked first: an export takes a sequence number, which is never given back.
  const folder = dirname(resolve(opts.out));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new CliError('file-unwritable', { path: opts.out });
  const ws = await openWorkspace(ctx.workspaceDir);
  try {
    const out = await new BundleService(ws, ctx.keyringDir).export(opts.to);
    writeBytesAtomic(opts.out, out.bytes);
    ctx.report([ctx.t('cli.bundle.exported', { file: opts.out, seq: out.summary.seq }), ...summaryLines(ctx, out.summary)], {
      file: resolve(opts.out),
      summary: out.summary,
    });
  } finally {
    await ws.store.close();
  }
}
