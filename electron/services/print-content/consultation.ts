// What the consultation reports print, whatever the format: per component,
// the pre-consultation report, then the consultation report (the report
// templates' sections as bilingual prose), the meetings and surveys they draw
// on, and every comment received with its decision and reason (law 146/2014:
// accepted, partly accepted or not accepted, and why). Participants are
// personal data: their names are printed only where the event records their
// consent, otherwise only the numbers; a comment prints its organisation,
// never its author.
import { mayName } from '../../../shared/cocreation/consultation';
import { type Comment, type ConsultationEvent, type ConsultationReport, REPORT_KINDS } from '../../../shared/model/cocreation';
import type { Text } from '../../../shared/model/primitives';
import type { Component } from '../../../shared/model/reference';
import { compareCodeUnits, compareTexts, decidedText, once } from './cocreation-format';
import { type AnnexScope, componentsOf, componentTitle, dateText, inScope, institutionName, localized, valueText } from './scope';
import type { LabelledTable, TableSpec } from './table';

const REPORT_SECTIONS = ['purpose', 'method', 'participation', 'findings', 'responses', 'impact', 'processFeedback', 'nextSteps'] as const;

/** Pre-consultation before consultation; reports of one kind by creation, then id. */
function reportsOf(scope: AnnexScope, componentCode: string): ConsultationReport[] {
  return scope.plan.reports
    .filter((r) => r.componentCode === componentCode)
    .sort(
      (a, b) =>
        REPORT_KINDS.indexOf(a.kind) - REPORT_KINDS.indexOf(b.kind) || compareCodeUnits(a.createdAt, b.createdAt) || compareCodeUnits(a.id, b.id),
    );
}

/** The report's events found in the data, by date (undated last), title, id. */
function eventsOf(scope: AnnexScope, report: ConsultationReport): ConsultationEvent[] {
  const wanted = new Set(report.events);
  const date = (e: ConsultationEvent) => e.date ?? '\uffff';
  return scope.plan.events
    .filter((e) => wanted.has(e.id))
    .sort((a, b) => compareCodeUnits(date(a), date(b)) || compareTexts(a.title, b.title) || compareCodeUnits(a.id, b.id));
}

/** Comments received at the report's events, or addressed to one of them or to the report itself; in event order. */
function commentsOf(scope: AnnexScope, report: ConsultationReport, events: readonly ConsultationEvent[]): Comment[] {
  const position = new Map(events.map((e, i) => [e.id, i]));
  const at = (c: Comment) => position.get(c.eventId ?? '') ?? position.get(c.target ?? '') ?? events.length;
  return scope.plan.comments
    .filter((c) => (c.eventId !== null && position.has(c.eventId)) || (c.target !== null && (position.has(c.target) || c.target === report.id)))
    .sort((a, b) => at(a) - at(b) || compareCodeUnits(a.createdAt, b.createdAt) || compareCodeUnits(a.id, b.id));
}

function eventsTable(scope: AnnexScope, events: readonly ConsultationEvent[]): TableSpec {
  const { t } = scope;
  const notSet = t('print.notSet').sq;
  const col = (key: string) => t(`print.consultation.eventColumns.${key}`);
  const count = (e: ConsultationEvent, gender: string) => String(e.participants.filter((p) => p.gender === gender).length);
  return {
    columns: [
      { header: col('date'), width: 0.11 },
      { header: col('type'), width: 0.15 },
      { header: col('mode'), width: 0.11 },
      { header: col('title'), width: 0.33 },
      { header: col('participants'), width: 0.12, align: 'right', nowrap: true },
      { header: col('women'), width: 0.09, align: 'right', nowrap: true },
      { header: col('men'), width: 0.09, align: 'right', nowrap: true },
    ],
    rows: events.map((e) => [
      dateText(e.date, notSet),
      once(t(`print.consultation.eventType.${e.type}`)),
      once(t(`print.consultation.eventMode.${e.mode}`)),
      e.title,
      String(e.participants.length),
      count(e, 'female'),
      count(e, 'male'),
    ]),
  };
}

/** The named participants: only those who consented to be named (or whose whole list did). */
function participantLists(scope: AnnexScope, events: readonly ConsultationEvent[]): LabelledTable[] {
  const { t } = scope;
  const placeholder = t('print.missingTranslation');
  const notSet = t('print.notSet').sq;
  const col = (key: string) => t(`print.consultation.participantColumns.${key}`);
  return events
    .map((e) => ({ e, named: e.participants.filter((p) => mayName(e, p)) }))
    .filter(({ named }) => named.length > 0)
    .map(({ e, named }) => ({
      label: localized(t, 'print.consultation.participants', (l) => ({ event: e.title[l].trim() || placeholder[l] })),
      table: {
        columns: [
          { header: col('name'), width: 0.35 },
          { header: col('organisation'), width: 0.4 },
          { header: col('sector'), width: 0.25 },
        ],
        rows: named.map((p) => [valueText(p.name, notSet), valueText(p.organisation, notSet), valueText(p.sector, notSet)]),
      },
    }));
}

function commentsTable(scope: AnnexScope, comments: readonly Comment[]): TableSpec {
  const { t } = scope;
  const notSet = t('print.notSet').sq;
  const col = (key: string) => t(`print.consultation.commentColumns.${key}`);
  return {
    columns: [
      { header: col('organisation'), width: 0.18 },
      { header: col('comment'), width: 0.35 },
      { header: col('decision'), width: 0.14 },
      { header: col('reason'), width: 0.33 },
    ],
    // The organisation, not the author: a commenter's name is personal data.
    rows: comments.map((c) => [
      valueText(c.organisation, notSet),
      c.text,
      once(t(`print.consultation.decision.${c.decision ?? 'none'}`)),
      decidedText(c.reason, c.decision !== null, notSet),
    ]),
  };
}

/** A list under its label: its table, or the sentence saying it is empty. */
export interface ReportList {
  label: Text;
  table: TableSpec | null;
  none: Text | null;
}

/** One report as printed, in the order printed. */
export interface ReportContent {
  /** "Raporti i konsultimit — Ministria e Drejtësisë". */
  title: Text;
  status: Text;
  /** The template's sections: [label, text], each printed as a field (left out when empty in a final print). */
  sections: [Text, Text][];
  events: ReportList & {
    /** That names are printed only with consent; null when no event has participants. */
    participantsNote: Text | null;
    participants: LabelledTable[];
  };
  comments: ReportList;
}

export interface ConsultationComponent {
  component: Component;
  title: Text;
  /** That the component has no report; null when it has. */
  none: Text | null;
  reports: ReportContent[];
}

function reportContent(scope: AnnexScope, report: ConsultationReport): ReportContent {
  const { t, plan } = scope;
  const owner: Text = institutionName(plan.reference, report.owner);
  const events = eventsOf(scope, report);
  const comments = commentsOf(scope, report, events);
  return {
    title: localized(t, 'print.consultation.heading', (l) => ({ kind: t(`print.consultation.kind.${report.kind}`)[l], institution: owner[l] || report.owner })),
    status: localized(t, 'print.consultation.status', (l) => ({ status: t(`print.consultation.reportStatus.${report.status}`)[l] })),
    sections: REPORT_SECTIONS.map((key) => [t(`print.consultation.sections.${key}`), report[key]]),
    events: {
      label: t('print.consultation.events'),
      table: events.length > 0 ? eventsTable(scope, events) : null,
      none: events.length === 0 ? t('print.consultation.noEvents') : null,
      participantsNote: events.some((e) => e.participants.length > 0) ? t('print.consultation.participantsNote') : null,
      participants: participantLists(scope, events),
    },
    comments: {
      label: t('print.consultation.comments'),
      table: comments.length > 0 ? commentsTable(scope, comments) : null,
      none: comments.length === 0 ? t('print.consultation.noComments') : null,
    },
  };
}

/** The reports of every component printed, in plan order. */
export function consultationContent(scope: AnnexScope): ConsultationComponent[] {
  return componentsOf(scope).map((comp) => {
    const reports = reportsOf(scope, comp.code);
    return {
      component: comp,
      title: componentTitle(scope, comp),
      none: reports.length === 0 ? scope.t('print.consultation.noReports') : null,
      reports: reports.map((r) => reportContent(scope, r)),
    };
  });
}

/** One unit of work per report printed; a plan without reports is one unit (its sentences). */
export const consultationUnits = (scope: AnnexScope): number => Math.max(1, componentsOf(scope).reduce((n, c) => n + reportsOf(scope, c.code).length, 0));

export function* consultationRecords(scope: AnnexScope): Iterable<{ updatedAt: string }> {
  for (const report of scope.plan.reports) {
    if (!inScope(scope, report.componentCode)) continue;
    const events = eventsOf(scope, report);
    yield report;
    yield* events;
    yield* commentsOf(scope, report, events);
  }
}
