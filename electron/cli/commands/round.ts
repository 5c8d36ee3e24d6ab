// ogp-drafter round sheet | scores | results: a scorer's Excel score sheet
// out, a filled one back in (the same methods the screen calls), and a
// round's results as the screen computes them (shared/cocreation/
// prioritization.ts), as text or, with --json, as data.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { MAX_UPLOAD_BYTES } from '../../../shared/api/contract';
import { liveResults, TOTAL_DECIMALS } from '../../../shared/cocreation/prioritization';
import type { Lang, Text } from '../../../shared/model/primitives';
import { withRegularFile } from '../../services/files/regular-file';
import { writeFileAtomic } from '../files';
import { CliError, type CommandContext } from '../io';
import { uploadOf, withWorkspace } from '../workspace';

const titleIn = (text: Text, lang: Lang) => text[lang].trim() || text[lang === 'sq' ? 'en' : 'sq'].trim();

export async function runRoundSheet(ctx: CommandContext, opts: { round: string; scorer: string; out: string }): Promise<void> {
  const folder = dirname(resolve(opts.out));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new CliError('file-unwritable', { path: opts.out });
  await withWorkspace(ctx, async (session) => {
    const { dataBase64 } = await session.call('round.sheetExport', { id: opts.round, scorer: opts.scorer });
    writeFileAtomic(opts.out, Buffer.from(dataBase64, 'base64'));
    ctx.report([ctx.t('cli.round.sheet', { scorer: opts.scorer.trim(), file: opts.out })], { file: resolve(opts.out), round: opts.round, scorer: opts.scorer.trim() });
  });
}

export async function runRoundScores(ctx: CommandContext, opts: { file: string }): Promise<void> {
  // One byte over the limit is read, so the service refuses an oversized file by its size rather than a cut one.
  const bytes = withRegularFile(opts.file, (size, readUpTo) => readUpTo(Math.min(size, MAX_UPLOAD_BYTES) + 1));
  await withWorkspace(ctx, async (session) => {
    const result = await session.call('round.sheetImport', { file: uploadOf(basename(opts.file), bytes) });
    ctx.report([ctx.t('cli.round.scores', { ...result, file: opts.file })], { file: resolve(opts.file), ...result });
  });
}

export async function runRoundResults(ctx: CommandContext, opts: { round: string }): Promise<void> {
  await withWorkspace(ctx, async (session) => {
    const view = await session.call('round.get', { id: opts.round });
    const results = liveResults(view.round, view.ideas.map((i) => i.id));
    const ideas = new Map(view.ideas.map((i) => [i.id, i]));
    const quadrants = new Map(results.matrix.map((m) => [m.ideaId, m]));
    const { t, lang } = ctx;
    const rows = results.ideas.map((r) => {
      const m = quadrants.get(r.ideaId)!;
      return {
        ideaId: r.ideaId,
        title: ideas.get(r.ideaId)?.title ?? { sq: '', en: '' },
        rank: r.rank,
        total: r.total,
        passedGates: r.passedGates,
        gates: r.gates,
        impact: m.impact,
        feasibility: m.feasibility,
        quadrant: m.quadrant,
        scorers: r.scorers,
        criteria: r.criteria,
      };
    });
    const fixed = (n: number | null) => (n === null ? '—' : n.toFixed(TOTAL_DECIMALS));
    const gateText = (r: (typeof rows)[number]) =>
      r.gates.length === 0 ? '—' : r.gates.some((g) => g.state === 'failed') ? t('prioritization.results.failed') : r.gates.every((g) => g.state === 'passed') ? t('prioritization.results.passed') : t('prioritization.results.unscored');
    const human = [
      t('cli.round.heading', { stage: t(`print.prioritization.stage.${view.round.stage}`), component: view.round.componentCode, scorers: view.scorers.length, ideas: view.ideas.length }),
      ...(view.round.closedAt ? [t('prioritization.closedState', { date: view.round.closedAt })] : []),
      ...(results.weightsAddUp ? [] : [t('quality.round-weights', { sum: Math.round(view.round.criteria.reduce((n, c) => n + c.weight, 0) * 1000) / 10 })]),
      ...rows.map((r) =>
        t('cli.round.row', {
          rank: r.rank ?? '–',
          title: titleIn(r.title, lang) || t('prioritization.decisions.untitled'),
          total: fixed(r.total),
          gates: gateText(r),
          quadrant: t(`prioritization.quadrant.${r.quadrant ?? 'none'}`),
        }),
      ),
    ];
    ctx.report(human, {
      round: { id: view.round.id, componentCode: view.round.componentCode, stage: view.round.stage, scale: view.round.scale, openedAt: view.round.openedAt, closedAt: view.round.closedAt, scorers: view.scorers },
      weightsAddUp: results.weightsAddUp,
      midpoint: results.midpoint,
      ignored: results.ignored,
      ideas: rows,
    });
  });
}
