// ogp-drafter cycle start | list: the plan's cycles from the command line,
// through the same contract methods the cycle switcher calls. "start" is the
// POC's (the service refuses an LFP, exit 1); a period or number that cannot
// be read is a usage mistake (exit 2, in args.ts).
import { formatDate } from '../../../shared/format/dates';
import type { CommandContext } from '../io';
import { withWorkspace } from '../workspace';

export async function runCycleStart(ctx: CommandContext, opts: { id: string; periodStart: string; periodEnd: string; number: number }): Promise<void> {
  await withWorkspace(ctx, async (session) => {
    const started = await session.call('cycle.start', { id: opts.id, periodStart: opts.periodStart, periodEnd: opts.periodEnd, number: opts.number });
    const { cycle } = started;
    ctx.report(
      [ctx.t('cli.cycle.started', { id: cycle.id, number: cycle.number, start: formatDate(cycle.periodStart), end: formatDate(cycle.periodEnd), components: started.components, items: started.calendarItems })],
      { cycle, components: started.components, calendarItems: started.calendarItems, currentCycleId: started.workspace.currentCycleId },
    );
  });
}

export async function runCycleList(ctx: CommandContext): Promise<void> {
  await withWorkspace(ctx, async (session) => {
    const list = await session.call('cycle.list', {});
    const { t, lang } = ctx;
    const lines = list.cycles.map((c) =>
      t('cli.cycle.row', {
        mark: c.current ? '*' : ' ',
        id: c.id,
        number: c.number,
        start: formatDate(c.periodStart),
        end: formatDate(c.periodEnd),
        title: c.title[lang] || c.title.sq,
        state: (c.current ? t('cli.cycle.current') : '') + (c.open ? '' : t('cli.cycle.earlier')),
      }),
    );
    ctx.report(lines, list);
  });
}
