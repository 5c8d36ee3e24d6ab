// ogp-drafter pdf: one printed annex of the current cycle, written atomically.
// A draft by default; --final only when the plan is ready (pdf/readiness.ts),
// otherwise exit 1 with the list of what stands in the way.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { PrintMode, PrintRequest } from '../../../shared/model/print';
import type { ObstacleCommitment, PrintObstacle, PrintReadiness } from '../../../shared/quality/print-readiness';
import { hasComponent, loadPrintData, type PrintData } from '../../services/pdf/print-data';
import { notReady, printDataReadiness } from '../../services/pdf/readiness';
import { type Progress, renderDocument } from '../../services/pdf/render';
import type { PdfAnnexArg, PdfLangArg } from '../args';
import { writeFileAtomic } from '../files';
import { type CommandContext, jsonLine } from '../io';
import { describeError } from '../messages';
import { withWorkspace } from '../workspace';
import { findingText, titleIn } from './check';

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

/** "1.2 Regjistri i pronësisë", or the idea's, the event's, the plan's name. */
function subject(ctx: CommandContext, o: Extract<PrintObstacle, { commitment: unknown }>): string {
  const c: ObstacleCommitment | null = o.commitment;
  if (c) {
    const title = titleIn(c.title, ctx.lang) || ctx.t('cli.check.untitled');
    return c.planNumber ? `${c.planNumber} ${title}` : title;
  }
  if (o.kind === 'blocking-finding' && o.recordTitle && (o.target.type === 'idea' || o.target.type === 'consultation-event')) {
    return ctx.t(o.target.type === 'idea' ? 'cli.check.idea' : 'cli.check.event', { title: titleIn(o.recordTitle, ctx.lang) });
  }
  return ctx.t('cli.check.plan');
}

function obstacleLine(ctx: CommandContext, o: PrintObstacle): string {
  const { t } = ctx;
  switch (o.kind) {
    case 'returned':
      return t('cli.pdf.notReady.returned', { subject: subject(ctx, o) });
    case 'undecided':
      return t('cli.pdf.notReady.undecided', { subject: subject(ctx, o), status: t(`model.commitmentStatus.${o.status}`) });
    case 'blocking-finding':
      return t('cli.pdf.notReady.finding', { subject: subject(ctx, o), ...findingText(t, o) });
    case 'no-commitments':
      return t('cli.pdf.notReady.no-commitments');
  }
}

/** The refusal of a final print: the reason and the list on stderr, or all of it as one JSON value. */
export function refuse(ctx: CommandContext, readiness: PrintReadiness): number {
  const error = describeError(ctx.t, notReady(readiness));
  if (ctx.json) ctx.io.stdout.write(jsonLine({ ok: false, error, readiness }));
  else ctx.io.stderr.write(`${[error.message, ...readiness.obstacles.map((o) => obstacleLine(ctx, o)), ctx.t('cli.pdf.notReady.hint')].join('\n')}\n`);
  return 1;
}

/**
 * What both print commands do around their renderer: the snapshot of the current cycle, the
 * component check, the readiness gate of a final print (on the same snapshot, with one reading of
 * the clock: the CLI is the edge of the program), the atomic write and the report of the file.
 */
export async function printCommand(
  ctx: CommandContext,
  opts: { annex: PrintRequest['annex']; printLang: PdfLangArg; component: string | undefined; out: string; mode: PrintMode },
  render: (data: PrintData, req: PrintRequest, now: Date) => Promise<{ bytes: Uint8Array; done: (file: string, bytes: number) => [string, Record<string, unknown>] }>,
): Promise<number> {
  return withWorkspace(ctx, async (session) => {
    const data = await loadPrintData(await session.workspace());
    if (opts.component !== undefined && !hasComponent(data, opts.component)) {
      throw new AppError('unknown-component', { params: { code: opts.component } });
    }
    const req: PrintRequest = { annex: opts.annex, lang: opts.printLang, mode: opts.mode, ...(opts.component === undefined ? {} : { component: opts.component }) };
    const now = new Date();
    if (opts.mode === 'final') {
      const readiness = printDataReadiness(data, req, now);
      if (!readiness.ready) return refuse(ctx, readiness);
    }
    const { bytes, done } = await render(data, req, now);
    writeFileAtomic(opts.out, bytes);
    const file = resolve(opts.out);
    const [line, json] = done(opts.out, statSync(file).size);
    ctx.report([line], { file, ...json });
    return 0;
  });
}

export function runPdf(
  ctx: CommandContext,
  opts: { annex: PdfAnnexArg; printLang: PdfLangArg; component: string | undefined; out: string; mode: PrintMode },
): Promise<number> {
  return printCommand(ctx, opts, async (data, req) => {
    const progress = progressLine(ctx);
    const { bytes, pages } = await renderDocument(data, req, progress.report).finally(progress.clear);
    return { bytes, done: (file, size) => [ctx.t('cli.pdf.done', { file, pages, bytes: size }), { pages, bytes: size }] };
  });
}
