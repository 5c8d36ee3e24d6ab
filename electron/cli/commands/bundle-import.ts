// ogp-drafter bundle import FILE [--trust CODE] [--dry-run] [--verbose]: shows who signed
// the bundle, whether that key is enrolled, its number against the last one
// accepted, and what changed; applies it in one transaction. Exit 0 when
// applied or when it is the same bundle again, 1 when refused (the reason
// code and its translated sentence). An unknown signer is enrolled only with
// --trust and its safety code; without it the code is printed to compare.
// --dry-run shows the same and writes nothing. What changed is summarised
// (counts per kind, the first lines); --verbose prints every line, --json
// gives every change as before. Both go through the contract
// (bundle.preview, bundle.import) like the app's import screen, the file
// handed over a chunk at a time (staging.*), so a bundle of any size up to
// the bundle limit is read in bounded memory.
import { MAX_BUNDLE_FILE_BYTES } from '../../../shared/api/contract';
import { BundleService } from '../../services/bundles/workspace/service';
import { sameSafetyCode } from '../../services/bundles/workspace/trust';
import type { CommandContext } from '../io';
import { stageFromDisk } from '../staged';
import { type CliSession, withWorkspace } from '../workspace';
import { bundleFileSize, changeLines, inLang, isRefusal, refusalOf, reportRefusal, sequenceLine, signerLines, summaryLines } from './bundle-common';

async function feedbackLines(ctx: CommandContext, session: CliSession): Promise<string[]> {
  const { t, lang } = ctx;
  const reviews = await new BundleService(await session.workspace(), ctx.keyringDir).reviewsWithMarkers();
  if (reviews.length === 0) return [];
  return [
    t('cli.bundle.reviews'),
    ...reviews.map(({ review: r, title, currentRev, outdated }) => {
      const decision = t(`bundles.decision.${r.decision ?? 'none'}`);
      const comment = inLang(r.comment, lang);
      const marker = outdated ? ` [${t('bundles.earlierRevision', { rev: r.commitmentRev, current: currentRev ?? 0 })}]` : '';
      return `  ${r.planNumber ?? '–'} “${inLang(title, lang) || r.commitmentId}”: ${decision}${comment ? ` · ${comment}` : ''}${marker}`;
    }),
  ];
}

export async function runBundleImport(ctx: CommandContext, opts: { file: string; trust: string | undefined; dryRun: boolean; verbose?: boolean }): Promise<number> {
  const size = bundleFileSize(opts.file);
  const refused = (err: unknown, logged: boolean) => {
    if (!isRefusal(err)) throw err;
    const { reason, params } = refusalOf(err);
    return reportRefusal(ctx, reason, reason === 'file-too-large' ? { ...params, size } : params, logged);
  };
  return withWorkspace(ctx, async (session) => {
    const { t } = ctx;
    // Refused before any byte is handed over; nothing to log, as for a file that cannot be read.
    if (size > MAX_BUNDLE_FILE_BYTES) return reportRefusal(ctx, 'file-too-large', { size, limit: MAX_BUNDLE_FILE_BYTES }, false);
    const file = { stagedId: (await stageFromDisk(session, opts.file)).stagedId };
    if (opts.dryRun) {
      let preview;
      try {
        preview = await session.call('bundle.preview', { file });
      } catch (err) {
        return refused(err, false);
      }
      const lines = [t('cli.bundle.dryRun'), ...summaryLines(ctx, preview.summary), ...signerLines(ctx, preview.signer), sequenceLine(ctx, preview.sequence), ...changeLines(ctx, preview.changes, opts.verbose === true)];
      const mismatch = opts.trust !== undefined && !sameSafetyCode(opts.trust, preview.signer.safetyCode);
      const refusal = preview.refusal ?? (mismatch ? { reason: 'safety-code-mismatch' as const, params: {} } : null);
      if (refusal) {
        // A code typed wrong is answered with "does not match" only: the right one must come from the other side, by phone.
        ctx.report(mismatch ? lines.filter((l) => l.trim() !== preview.signer.safetyCode) : lines);
        return reportRefusal(ctx, refusal.reason, refusal.params, false);
      }
      if (preview.signer.status === 'unknown' && opts.trust === undefined) lines.push(t('cli.bundle.needsTrust', { code: preview.signer.safetyCode }));
      ctx.report(lines, { ok: true, dryRun: true, preview });
      return 0;
    }

    let outcome;
    try {
      outcome = await session.call('bundle.import', { file, trustCode: opts.trust });
    } catch (err) {
      return refused(err, true);
    }
    const lines = [
      t(`bundles.result.${outcome.result}`),
      ...summaryLines(ctx, outcome.summary),
      ...signerLines(ctx, outcome.signer),
      ...(outcome.enrolled ? [t('cli.bundle.enrolled', { institution: outcome.signer.institution })] : []),
      sequenceLine(ctx, outcome.sequence),
    ];
    if (outcome.result === 'applied') {
      if (outcome.summary.bundleType === 'submission') lines.push(...changeLines(ctx, outcome.changes, opts.verbose === true));
      if (outcome.summary.bundleType === 'feedback') lines.push(...(await feedbackLines(ctx, session)));
    }
    ctx.report(lines, { ok: true, result: outcome.result, summary: outcome.summary, signer: outcome.signer, sequence: outcome.sequence, changes: outcome.changes });
    return 0;
  });
}
