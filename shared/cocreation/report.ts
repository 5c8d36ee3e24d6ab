// A consultation report as assembled from the records it draws on: who took
// part in its chosen events (participation), how each comment received there
// was answered (the response table), what changed in the component's
// commitments after the latest of those events (impact), and the comments
// still waiting for a decision. Pure, for the service, the screen's CLI twin
// and the tests alike; the text "fill from records" writes into the sections
// is made here too, in both languages, from the caller's translators.
import type { Comment, ConsultationEvent, ConsultationReport } from '../model/cocreation';
import type { Commitment } from '../model/plan';
import { MAX_TEXT, type Text } from '../model/primitives';
import { participation, type Participation, responseTable, type ResponseRow } from './consultation';

/** The template's sections, in the order the form and the print show them. */
export const REPORT_SECTIONS = ['purpose', 'method', 'participation', 'findings', 'responses', 'impact', 'processFeedback', 'nextSteps'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];
/** The sections "fill from records" writes. */
export const GENERATED_SECTIONS = ['participation', 'responses', 'impact'] as const satisfies readonly ReportSection[];

export const IMPACT_KINDS = ['commitment', 'milestone', 'indicator'] as const;
export const IMPACT_CHANGES = ['added', 'changed'] as const;

export interface ImpactItem {
  kind: (typeof IMPACT_KINDS)[number];
  change: (typeof IMPACT_CHANGES)[number];
  id: string;
  commitmentId: string;
  /** The commitment's title, a milestone's activity, an indicator's name. */
  title: Text;
  /** The commitment's title, for a milestone or an indicator. */
  commitmentTitle: Text;
  rev: number;
  /** When it was created (added) or last saved (changed). */
  at: string;
  /** The accepted or partly accepted comments of the chosen events that concern it. */
  comments: string[];
}

export interface UndecidedComment {
  id: string;
  eventId: string;
  text: Text;
  organisation: string;
  theme: string;
}

export interface ReportEventSummary {
  id: string;
  title: Text;
  date: string | null;
  type: ConsultationEvent['type'];
  participants: number;
}

export interface ReportAssembly {
  /** The chosen events found in the records, by date (undated last); ids no longer found are left out. */
  events: ReportEventSummary[];
  participation: Participation;
  responses: ResponseRow[];
  /** The latest date among the chosen events; changes from that day on count as impact. Null when none is dated. */
  since: string | null;
  impact: ImpactItem[];
  undecided: UndecidedComment[];
}

export interface AssemblyInput {
  report: Pick<ConsultationReport, 'events'>;
  /** The events the report names (any others are ignored). */
  events: readonly ConsultationEvent[];
  /** Comments of those events (any others are ignored). */
  comments: readonly Comment[];
  /** The component's commitments of the report's owner and cycle. */
  commitments: readonly Commitment[];
}

const byDate = (a: ConsultationEvent, b: ConsultationEvent) =>
  (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function assembleReport(input: AssemblyInput): ReportAssembly {
  const wanted = new Set(input.report.events);
  const events = input.events.filter((e) => wanted.has(e.id)).sort(byDate);
  const chosen = new Set(events.map((e) => e.id));
  const comments = input.comments.filter((c) => c.eventId !== null && chosen.has(c.eventId));
  let since: string | null = null;
  for (const e of events) if (e.date !== null && (since === null || e.date > since)) since = e.date;
  return {
    events: events.map((e) => ({ id: e.id, title: e.title, date: e.date, type: e.type, participants: e.participants.length })),
    participation: participation(events),
    responses: responseTable(comments),
    since,
    impact: since === null ? [] : impactSince(since, input.commitments, comments),
    undecided: comments
      .filter((c) => c.decision === null)
      .map((c) => ({ id: c.id, eventId: c.eventId!, text: c.text, organisation: c.organisation, theme: c.theme })),
  };
}

/**
 * What was added or saved on or after `since` (an ISO day: a timestamp of
 * that day sorts after it): the workspace keeps each record's revision and
 * the time of its last save, not each field's past values, so a change is
 * named by record, with the comments that asked for it.
 */
function impactSince(since: string, commitments: readonly Commitment[], comments: readonly Comment[]): ImpactItem[] {
  const asked = new Map<string, string[]>();
  for (const c of comments) {
    if (c.target === null || (c.decision !== 'accepted' && c.decision !== 'partly-accepted')) continue;
    const list = asked.get(c.target) ?? [];
    list.push(c.id);
    asked.set(c.target, list);
  }
  const out: ImpactItem[] = [];
  const push = (kind: ImpactItem['kind'], r: { id: string; rev: number; createdAt: string; updatedAt: string }, c: Commitment, title: Text) => {
    const change = r.createdAt >= since ? 'added' : r.updatedAt >= since ? 'changed' : null;
    if (change === null) return;
    out.push({ kind, change, id: r.id, commitmentId: c.id, title, commitmentTitle: c.title, rev: r.rev, at: change === 'added' ? r.createdAt : r.updatedAt, comments: asked.get(r.id) ?? [] });
  };
  for (const c of commitments) {
    push('commitment', c, c, c.title);
    for (const m of c.milestones) push('milestone', m, c, m.activity);
    for (const i of c.indicators) push('indicator', i, c, i.name);
  }
  return out;
}

/** One language's catalogue lookup, as i18next's `t` of that language. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;
type Lang = 'sq' | 'en';

const pick = (text: Text, lang: Lang) => text[lang].trim() || text[lang === 'sq' ? 'en' : 'sq'].trim();

/** Lines joined until the next would pass the text limit; then one line saying how many were left out. */
function bounded(head: string[], lines: string[], more: (n: number) => string): string {
  const out = [...head];
  let length = head.join('\n').length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Room is kept for the closing line.
    if (length + line.length + 1 > MAX_TEXT - 200) {
      out.push(more(lines.length - i));
      break;
    }
    out.push(line);
    length += line.length + 1;
  }
  return out.join('\n').slice(0, MAX_TEXT);
}

function participationText(a: ReportAssembly, t: Translate): string {
  const p = a.participation;
  if (p.total.total === 0) return t('reports.generated.noParticipants', { events: a.events.length });
  const counts = (c: Participation['total']) => t('reports.generated.counts', { ...c });
  const head = [t('reports.generated.participation', { events: a.events.length, total: p.total.total, counts: counts(p.total) })];
  const sectors = p.bySector.map((s) => t('reports.generated.sector', { sector: s.sector || t('reports.generated.noSector'), total: s.counts.total, counts: counts(s.counts) }));
  const names = p.named.length > 0 ? [t('reports.generated.named', { count: p.named.length, unnamed: p.unnamed })] : [t('reports.generated.noneNamed', { unnamed: p.unnamed })];
  const people = p.named.map((n) => `• ${n.name}${n.organisation ? ` (${n.organisation})` : ''}`);
  return bounded([...head, ...sectors, ...names], people, (n) => t('reports.generated.more', { count: n }));
}

function responsesText(a: ReportAssembly, t: Translate, lang: Lang): string {
  if (a.responses.length === 0) return t('reports.generated.noResponses');
  const counts = { accepted: 0, 'partly-accepted': 0, 'not-accepted': 0 };
  for (const r of a.responses) counts[r.decision]++;
  const head = [t('reports.generated.responses', { total: a.responses.length, accepted: counts.accepted, partly: counts['partly-accepted'], not: counts['not-accepted'] })];
  const lines = a.responses.map((r) =>
    t('reports.generated.response', {
      decision: t(`consultation.decision.${r.decision}`),
      from: r.organisation || r.author || t('reports.generated.anonymous'),
      text: pick(r.text, lang).replace(/\s+/g, ' '),
      reason: pick(r.reason, lang).replace(/\s+/g, ' ') || '—',
    }),
  );
  return bounded(head, lines, (n) => t('reports.generated.more', { count: n }));
}

function impactText(a: ReportAssembly, t: Translate, lang: Lang, formatDay: (iso: string) => string): string {
  if (a.since === null) return t('reports.generated.noDate');
  if (a.impact.length === 0) return t('reports.generated.noImpact', { since: formatDay(a.since) });
  const head = [t('reports.generated.impact', { since: formatDay(a.since), count: a.impact.length })];
  const lines = a.impact.map((i) =>
    t(`reports.generated.impactItem.${i.kind}`, {
      change: t(`reports.impact.change.${i.change}`),
      title: pick(i.title, lang) || t('reports.untitled'),
      commitment: pick(i.commitmentTitle, lang) || t('reports.untitled'),
      date: formatDay(i.at.slice(0, 10)),
      comments: i.comments.length,
    }),
  );
  return bounded(head, lines, (n) => t('reports.generated.more', { count: n }));
}

/** The participation, responses and impact sections as "fill from records" writes them, in both languages. */
export function generatedSections(a: ReportAssembly, t: Record<Lang, Translate>, formatDay: (iso: string) => string): Record<(typeof GENERATED_SECTIONS)[number], Text> {
  const both = (f: (lang: Lang) => string): Text => ({ sq: f('sq'), en: f('en') });
  return {
    participation: both((l) => participationText(a, t[l])),
    responses: both((l) => responsesText(a, t[l], l)),
    impact: both((l) => impactText(a, t[l], l, formatDay)),
  };
}
