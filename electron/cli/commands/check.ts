// ogp-drafter check: the plan-wide quality report the app's panel shows, as
// text (one line per finding, grouped by component, then a summary) or as
// the QualityReport JSON. Exit code 1 while anything is blocking, so a script
// can refuse to send a plan that is not ready.
import type { TFunction } from 'i18next';
import { withReadableDates } from '../../../shared/format/dates';
import type { Lang, Text } from '../../../shared/model/primitives';
import { checkPlan, type Finding, type PlanInput, type QualityReport } from '../../../shared/quality';
import { loadPlanInput } from '../../services/quality/plan-report';
import { integrityProblems } from '../../services/store/integrity';
import type { CommandContext } from '../io';
import { withWorkspace } from '../workspace';

const other = (lang: Lang): Lang => (lang === 'sq' ? 'en' : 'sq');

/** A title in the chosen language, else the other one, else "". */
export const titleIn = (text: Text, lang: Lang) => text[lang].trim() || text[other(lang)].trim();

/** The first of `keys` the catalogue has, translated; undefined when none. */
function firstExisting(t: TFunction, keys: readonly (string | undefined)[]): string | undefined {
  for (const key of keys) {
    if (key === undefined) continue;
    const text = t(key, { defaultValue: '\u0000' });
    if (text !== '\u0000') return text;
  }
  return undefined;
}

/** The label of a finding's field: its fieldKey, else the renderer's naming convention, else the path itself. */
function fieldLabel(t: TFunction, f: Pick<Finding, 'params' | 'target'>): string | null {
  const { type, field } = f.target;
  if (field === null) return null;
  const fieldKey = typeof f.params.fieldKey === 'string' ? f.params.fieldKey : undefined;
  return firstExisting(t, [fieldKey, `model.${type}.${field}`, `panels.fields.${type}.${field.replace(/\./g, '-')}`]) ?? field;
}

/** A finding's message, and where it applies (" · Titulli (SQ)", or "" for no field). */
export function findingText(t: TFunction, f: Pick<Finding, 'checkId' | 'params' | 'target'>): { message: string; where: string } {
  const label = fieldLabel(t, f);
  const message = t(`quality.${f.checkId}`, { ...withReadableDates(f.params), ...(label === null ? {} : { field: label }) });
  const where = label === null ? '' : ` · ${label}${f.target.lang ? ` (${t(`common.languageShort.${f.target.lang}`)})` : ''}`;
  return { message, where };
}

function makeFormatter(ctx: CommandContext, input: PlanInput) {
  const { t, lang } = ctx;
  const commitments = new Map(input.commitments.map((c) => [c.id, c]));
  const ideas = new Map((input.ideas ?? []).map((i) => [i.id, i]));
  const events = new Map((input.events ?? []).map((e) => [e.id, e]));
  const rounds = new Map((input.rounds ?? []).map((r) => [r.id, r]));
  const severities = { blocking: t('cli.check.severity.blocking'), warning: t('cli.check.severity.warning') };
  const width = Math.max(severities.blocking.length, severities.warning.length);

  /** Whose finding it is: the commitment (plan number and title), the idea, the event, or the plan. */
  function subject(f: Finding): string {
    const { type, id, commitmentId } = f.target;
    if (type === 'idea') return t('cli.check.idea', { title: titleIn(ideas.get(id ?? '')?.title ?? { sq: '', en: '' }, lang) });
    if (type === 'prioritization-round') {
      const stage = rounds.get(id ?? '')?.stage;
      return t('cli.check.round', { stage: stage ? t(`print.prioritization.stage.${stage}`) : '' });
    }
    if (type === 'consultation-event') return t('cli.check.event', { title: titleIn(events.get(id ?? '')?.title ?? { sq: '', en: '' }, lang) });
    const c = commitmentId ? commitments.get(commitmentId) : undefined;
    if (!c) return t('cli.check.plan');
    const title = titleIn(c.title, lang) || t('cli.check.untitled');
    return c.planNumber ? `${c.planNumber} ${title}` : title;
  }

  return (f: Finding): string => {
    const { message, where } = findingText(t, f);
    return `  ${severities[f.severity].padEnd(width)}  ${subject(f)}${where}: ${message}`;
  };
}

function componentHeading(ctx: CommandContext, input: PlanInput, code: string): string {
  const component = input.reference.components.find((c) => c.code === code && (input.cycle === null || c.cycleId === input.cycle.id));
  return component ? ctx.t('cli.check.component', { number: component.number, title: titleIn(component.title, ctx.lang) }) : code;
}

function humanReport(ctx: CommandContext, input: PlanInput, report: QualityReport): string[] {
  const { t } = ctx;
  const format = makeFormatter(ctx, input);
  const lines: string[] = [];
  if (input.cycle) lines.push(t('cli.check.heading', { cycle: titleIn(input.cycle.title, ctx.lang) }), '');
  // Findings arrive grouped (plan first, then component by component); a heading opens each group.
  let group: string | null | undefined;
  for (const f of report.findings) {
    const code = f.target.componentCode;
    if (code !== group) {
      lines.push(code === null ? t('cli.check.plan') : componentHeading(ctx, input, code));
      group = code;
    }
    lines.push(format(f));
  }
  if (report.findings.length === 0) lines.push(t('cli.check.none'));
  lines.push('', t('cli.check.summary', { blocking: report.blocking, warnings: report.warnings }), t('cli.check.completeness'));
  for (const c of report.completeness) {
    const component = componentHeading(ctx, input, c.componentCode);
    lines.push(
      c.commitments === 0
        ? t('cli.check.noCommitments', { component })
        : t('cli.check.completenessRow', { component, sq: c.sq, en: c.en, count: c.commitments }),
    );
  }
  return lines;
}

/**
 * Opening the workspace has run SQLite's quick_check (a damaged file is
 * refused there, exit 1); --integrity adds the full integrity_check, whose
 * problems are listed before the quality report and make the exit code 1.
 */
export async function runCheck(ctx: CommandContext, opts: { integrity: boolean } = { integrity: false }): Promise<number> {
  return withWorkspace(ctx, async (session) => {
    const ws = await session.workspace();
    const problems = opts.integrity ? integrityProblems(ws.store.sqlite, 'full') : [];
    // The CLI is the edge of the program: the clock is read here, never inside the checks.
    const input = await loadPlanInput(ws, { now: new Date() });
    const report = checkPlan(input);
    const integrityLines = !opts.integrity
      ? []
      : problems.length === 0
        ? []
        : [ctx.t('cli.check.integrityDamaged', { path: ws.store.file, count: problems.length }), ...problems.map((p) => `  ${p}`), ''];
    if (opts.integrity && problems.length === 0) ctx.note([ctx.t('cli.check.integrityOk', { path: ws.store.file })]);
    ctx.report([...integrityLines, ...humanReport(ctx, input, report)], opts.integrity ? { ...report, integrity: { mode: 'full', problems } } : report);
    return report.blocking > 0 || problems.length > 0 ? 1 : 0;
  });
}
