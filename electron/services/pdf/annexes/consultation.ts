// The consultation reports: per component, the pre-consultation report, then
// the consultation report (the report templates' sections as bilingual
// prose), the meetings and surveys they draw on, and every comment received
// with its decision and reason (law 146/2014: accepted, partly accepted or not
// accepted, and why). Participants are personal data: their names are printed
// only where the event records their consent, otherwise only the numbers.
import { mayName } from '../../../../shared/cocreation/consultation';
import { type Comment, type ConsultationEvent, type ConsultationReport, REPORT_KINDS } from '../../../../shared/model/cocreation';
import type { Text } from '../../../../shared/model/primitives';
import { type Doc } from '../document';
import { bilingualParagraph, outline } from '../text';
import { compareCodeUnits, compareTexts, decidedText, localized, once, subLabel } from './cocreation-format';
import { type AnnexInput, type AnnexScope, componentHeading, componentTitle, componentsOf, dateText, field, inScope, institutionName, oneLine, type Section, valueText, modeOf } from './common';
import { annexTable, bilingualHeading, TWO_LINES } from './fill';

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

function eventsTable(doc: Doc, input: AnnexInput, events: readonly ConsultationEvent[]): void {
  const { t, lang } = input;
  const notSet = t('print.notSet').sq;
  const col = (key: string) => t(`print.consultation.eventColumns.${key}`);
  const count = (e: ConsultationEvent, gender: string) => String(e.participants.filter((p) => p.gender === gender).length);
  annexTable(doc, {
    columns: [
      { header: col('date'), width: 0.11 },
      { header: col('type'), width: 0.15 },
      { header: col('mode'), width: 0.11 },
      { header: col('title'), width: 0.33 },
      { header: col('participants'), width: 0.12, align: 'right' },
      { header: col('women'), width: 0.09, align: 'right' },
      { header: col('men'), width: 0.09, align: 'right' },
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
    lang,
    mode: modeOf(input),
  });
}

/** Names only of the participants who consented to be named (or whose whole list did). */
function participantLists(doc: Doc, input: AnnexInput, events: readonly ConsultationEvent[]): void {
  const { t, lang } = input;
  const placeholder = t('print.missingTranslation');
  const notSet = t('print.notSet').sq;
  if (!events.some((e) => e.participants.length > 0)) return;
  bilingualParagraph(doc, t('print.consultation.participantsNote'), lang, placeholder);
  const col = (key: string) => t(`print.consultation.participantColumns.${key}`);
  for (const e of events) {
    const named = e.participants.filter((p) => mayName(e, p));
    if (named.length === 0) continue;
    subLabel(doc, oneLine(localized(t, 'print.consultation.participants', (l) => ({ event: e.title[l].trim() || placeholder[l] })), lang, placeholder));
    annexTable(doc, {
      columns: [
        { header: col('name'), width: 0.35 },
        { header: col('organisation'), width: 0.4 },
        { header: col('sector'), width: 0.25 },
      ],
      rows: named.map((p) => [valueText(p.name, notSet), valueText(p.organisation, notSet), valueText(p.sector, notSet)]),
      lang,
      mode: modeOf(input),
    });
  }
}

function commentsTable(doc: Doc, input: AnnexInput, comments: readonly Comment[]): void {
  const { t, lang } = input;
  const notSet = t('print.notSet').sq;
  const col = (key: string) => t(`print.consultation.commentColumns.${key}`);
  annexTable(doc, {
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
    lang,
    mode: modeOf(input),
  });
}

function reportHeading(input: AnnexInput, report: ConsultationReport): Text {
  const { t, plan } = input;
  const owner: Text = institutionName(plan.reference, report.owner);
  return localized(t, 'print.consultation.heading', (l) => ({ kind: t(`print.consultation.kind.${report.kind}`)[l], institution: owner[l] || report.owner }));
}

function renderReport(doc: Doc, input: AnnexInput, report: ConsultationReport, parent: PDFKit.PDFOutline): void {
  const { t, lang } = input;
  const placeholder = t('print.missingTranslation');
  const text = reportHeading(input, report);
  const title = oneLine(text, lang, placeholder);
  bilingualHeading(doc, text, lang, 3, TWO_LINES);
  outline(doc, title, parent);
  bilingualParagraph(doc, localized(t, 'print.consultation.status', (l) => ({ status: t(`print.consultation.reportStatus.${report.status}`)[l] })), lang, placeholder);
  for (const key of REPORT_SECTIONS) {
    field(doc, input, t(`print.consultation.sections.${key}`), report[key]);
  }

  const events = eventsOf(input, report);
  subLabel(doc, oneLine(t('print.consultation.events'), lang, placeholder));
  if (events.length === 0) bilingualParagraph(doc, t('print.consultation.noEvents'), lang, placeholder);
  else {
    eventsTable(doc, input, events);
    participantLists(doc, input, events);
  }

  const comments = commentsOf(input, report, events);
  subLabel(doc, oneLine(t('print.consultation.comments'), lang, placeholder));
  if (comments.length === 0) bilingualParagraph(doc, t('print.consultation.noComments'), lang, placeholder);
  else commentsTable(doc, input, comments);
}

function renderConsultation(doc: Doc, input: AnnexInput): void {
  const { t, lang } = input;
  const placeholder = t('print.missingTranslation');
  let ticks = 0;
  for (const comp of componentsOf(input)) {
    const compTitle = componentHeading(input, comp, placeholder);
    bilingualHeading(doc, componentTitle(input, comp), lang, 2, TWO_LINES);
    const compItem = outline(doc, compTitle, input.outline);
    const reports = reportsOf(input, comp.code);
    if (reports.length === 0) bilingualParagraph(doc, t('print.consultation.noReports'), lang, placeholder);
    for (const report of reports) {
      renderReport(doc, input, report, compItem);
      ticks++;
      input.tick();
    }
  }
  if (ticks === 0) input.tick();
}

/** The reports printed, component by component. */
const printedReports = (scope: AnnexScope): ConsultationReport[] => componentsOf(scope).flatMap((c) => reportsOf(scope, c.code));

function* consultationRecords(scope: AnnexScope): Iterable<{ updatedAt: string }> {
  for (const report of scope.plan.reports) {
    if (!inScope(scope, report.componentCode)) continue;
    const events = eventsOf(scope, report);
    yield report;
    yield* events;
    yield* commentsOf(scope, report, events);
  }
}

export const consultationSection: Section = {
  layout: 'portrait',
  // One unit per report printed; a plan without reports is one unit (its sentences).
  units: (scope) => Math.max(1, printedReports(scope).length),
  render: renderConsultation,
  records: consultationRecords,
};
