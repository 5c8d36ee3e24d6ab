// ogp-drafter calendar list | export (or its older name, ics): the process calendar (Annex V) from the
// command line, through the same contract methods the screen calls. The list
// says "late" as the screen does (the due date before today, not done); the
// .ics is written in the language of --lang.
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { calendarStatus } from '../../../shared/cocreation/calendar';
import { calendarPhaseCode } from '../../../shared/cocreation/calendar-phases';
import { formatDate } from '../../../shared/format/dates';
import { localIsoDay } from '../../services/quality/plan-report';
import { writeFileAtomic } from '../files';
import { CliError, type CommandContext } from '../io';
import { withWorkspace } from '../workspace';

export async function runCalendarIcs(ctx: CommandContext, opts: { out: string }): Promise<void> {
  const folder = dirname(resolve(opts.out));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new CliError('file-unwritable', { path: opts.out });
  await withWorkspace(ctx, async (session) => {
    const { text } = await session.call('calendar.ics', { lang: ctx.lang });
    writeFileAtomic(opts.out, text);
    const events = text.split('\r\n').filter((l) => l === 'BEGIN:VEVENT').length;
    ctx.report([ctx.t('cli.calendar.ics', { events, file: opts.out })], { file: resolve(opts.out), events, bytes: Buffer.byteLength(text, 'utf8') });
  });
}

export async function runCalendarList(ctx: CommandContext): Promise<void> {
  await withWorkspace(ctx, async (session) => {
    const { items } = await session.call('calendar.list', {});
    const { t, lang } = ctx;
    const today = localIsoDay(new Date());
    const shown = items.map((i) => ({ ...i, shownStatus: calendarStatus(i, today) }));
    const lines = shown.map((i) => {
      const code = calendarPhaseCode(i.phase);
      const phase = code ? t(`calendar.phase.${code}`) : i.phase[lang] || i.phase.sq;
      const dates = `${i.start ? formatDate(i.start) : '—'} – ${i.due ? formatDate(i.due) : '—'}`;
      const title = i.title[lang].trim() || i.title[lang === 'sq' ? 'en' : 'sq'].trim() || t('calendar.untitled');
      return `  ${phase.padEnd(24)} ${dates.padEnd(25)} ${t(`calendar.status.${i.shownStatus}`).padEnd(14)} ${i.owner.padEnd(6)} ${title}`;
    });
    if (items.length === 0) lines.push(t('cli.calendar.none'));
    ctx.report(lines, { items: shown.map(({ shownStatus, ...i }) => ({ ...i, late: shownStatus === 'late' })), asOf: today });
  });
}
