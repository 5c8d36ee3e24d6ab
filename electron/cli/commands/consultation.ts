// ogp-drafter consultation report --component CODE --kind pre-consultation|consultation:
// the component's report of that kind in the current cycle, assembled from
// its records as the screen shows it (report.assemble): its sections in the
// language of the messages, the events it draws on, the response table of
// the decided comments and how many are still undecided; with --json, the
// report and its assembly as data. Exit 1 when the component or the report
// does not exist.
import type { ReportAssembly } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import { REPORT_SECTIONS } from '../../../shared/cocreation/report';
import { formatDate } from '../../../shared/format/dates';
import type { ConsultationReport } from '../../../shared/model/cocreation';
import type { Lang, Text } from '../../../shared/model/primitives';
import { CliError, type CommandContext } from '../io';
import { withWorkspace } from '../workspace';

const shown = (text: Text, lang: Lang) => text[lang].trim() || text[lang === 'sq' ? 'en' : 'sq'].trim();
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export async function runConsultationReport(ctx: CommandContext, opts: { component: string; reportKind: ConsultationReport['kind'] }): Promise<void> {
  await withWorkspace(ctx, async (session) => {
    const overview = await session.call('plan.overview', {});
    const entry = overview.components.find((c) => c.component.code === opts.component);
    if (!entry) throw new AppError('unknown-component', { params: { code: opts.component } });
    const { reports } = await session.call('report.list', { filter: { componentCode: opts.component } });
    const found = reports.find((r) => r.kind === opts.reportKind);
    if (!found) throw new CliError('no-report', { component: opts.component, kind: ctx.t(`reports.kind.${opts.reportKind}`) });
    const { report, assembly } = await session.call('report.assemble', { id: found.id });
    const componentTitle = shown(entry.component.title, ctx.lang) || entry.component.code;
    ctx.report(humanReport(ctx, report, assembly, `${entry.component.number}. ${componentTitle}`), {
      report: {
        id: report.id,
        cycleId: report.cycleId,
        kind: report.kind,
        componentCode: report.componentCode,
        owner: report.owner,
        status: report.status,
        rev: report.rev,
        updatedAt: report.updatedAt,
      },
      sections: Object.fromEntries(REPORT_SECTIONS.map((s) => [s, report[s]])),
      events: assembly.events,
      participation: assembly.participation,
      responses: assembly.responses,
      since: assembly.since,
      impact: assembly.impact,
      undecided: assembly.undecided,
    });
  });
}

function humanReport(ctx: CommandContext, report: ConsultationReport, a: ReportAssembly, component: string): string[] {
  const { t, lang } = ctx;
  const out = [
    t('cli.consultation.heading', { kind: t(`reports.kind.${report.kind}`), component, owner: report.owner, status: t(`reports.status.${report.status}`) }),
    t('cli.consultation.events', { count: a.events.length }),
    ...a.events.map((e) => t('cli.consultation.event', { title: shown(e.title, lang) || t('reports.untitled'), date: e.date ? formatDate(e.date) : t('consultation.list.undated'), participants: e.participants })),
  ];
  for (const s of REPORT_SECTIONS) {
    const text = shown(report[s], lang);
    out.push('', `${t(`reports.section.${s}`)}:`);
    out.push(...(text ? text.split('\n').map((l) => `  ${l}`) : ['  —']));
  }
  out.push('', t('cli.consultation.responses', { heading: t('reports.responses.heading'), count: a.responses.length }));
  if (a.responses.length === 0) out.push(`  ${t('reports.responses.none')}`);
  for (const r of a.responses) {
    out.push(
      t('cli.consultation.row', {
        decision: t(`consultation.decision.${r.decision}`),
        from: r.organisation || r.author || t('reports.generated.anonymous'),
        text: oneLine(shown(r.text, lang)) || '—',
        reason: oneLine(shown(r.reason, lang)) || '—',
      }),
    );
  }
  out.push('', t('cli.consultation.undecided', { heading: t('reports.undecided.heading'), count: a.undecided.length }));
  for (const c of a.undecided) out.push(`  ${oneLine(shown(c.text, lang)) || c.organisation || c.id}`);
  return out;
}
