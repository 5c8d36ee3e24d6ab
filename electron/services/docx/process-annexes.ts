// Annex III, Annex V, the prioritization matrix and the consultation
// reports as Word blocks, from the same print-content the PDF prints from
// (what each row holds, the placeholder decisions, who may be named). Their
// parts are headings the contents list: components and calendar phases
// Heading 2, rounds and reports Heading 3; the lines introducing a table
// are bold paragraphs kept with it, as in the PDF.
import { calendarContent } from '../print-content/calendar';
import { consultationContent, type ReportContent, type ReportList } from '../print-content/consultation';
import { focalPointsTable, institutionsTable } from '../print-content/institutions';
import { prioritizationContent, type RoundContent } from '../print-content/prioritization';
import type { LabelledTable } from '../print-content/table';
import { field, gap, type Sink, table } from './annexes';
import { sentenceParagraphs, tableLabel } from './text';

/** Annex III: the lead institutions of every component, then the focal points. */
export function institutionsBlocks(sink: Sink): void {
  const { scope, out } = sink;
  out.push(table(sink, institutionsTable(scope)), gap());
  const focal = focalPointsTable(scope);
  if (focal) out.push(sink.headings.heading(focal.title, scope.lang, 2), table(sink, focal.table), gap());
}

/** Annex V: the sentence (the data date "late" is judged on), then each phase under its heading. */
export function calendarBlocks(sink: Sink): void {
  const { scope, out } = sink;
  const content = calendarContent(scope);
  out.push(sentenceParagraphs(content.sentence, scope.lang));
  for (const phase of content.phases) out.push(sink.headings.heading(phase.title, scope.lang, 2), table(sink, phase.table), gap());
}

function labelled(sink: Sink, l: LabelledTable): void {
  sink.out.push(tableLabel(l.label, sink.scope.lang), table(sink, l.table), gap());
}

function roundBlocks(sink: Sink, round: RoundContent): void {
  const { scope, out } = sink;
  out.push(sink.headings.heading(round.title, scope.lang, 3), sentenceParagraphs(round.method, scope.lang));
  if (round.ignored) out.push(sentenceParagraphs(round.ignored, scope.lang));
  if (round.legend) labelled(sink, round.legend);
  if (round.noScores) out.push(sentenceParagraphs(round.noScores, scope.lang));
  if (round.matrix) labelled(sink, round.matrix);
}

/** The prioritization matrix: per component its rounds, then the ideas no round scored. */
export function prioritizationBlocks(sink: Sink): void {
  const { scope, out } = sink;
  for (const part of prioritizationContent(scope)) {
    out.push(sink.headings.heading(part.title, scope.lang, 2));
    for (const note of part.notes) out.push(sentenceParagraphs(note, scope.lang));
    for (const round of part.rounds) roundBlocks(sink, round);
    if (part.unscored) out.push(sink.headings.heading(part.unscored.title, scope.lang, 3), table(sink, part.unscored.table), gap());
  }
}

function list(sink: Sink, l: ReportList, more?: () => void): void {
  sink.out.push(tableLabel(l.label, sink.scope.lang));
  if (l.none) sink.out.push(sentenceParagraphs(l.none, sink.scope.lang));
  if (l.table) {
    sink.out.push(table(sink, l.table), gap());
    more?.();
  }
}

function reportBlocks(sink: Sink, report: ReportContent): void {
  const { scope, out } = sink;
  out.push(sink.headings.heading(report.title, scope.lang, 3), sentenceParagraphs(report.status, scope.lang));
  for (const [label, text] of report.sections) field(sink, label, text);
  list(sink, report.events, () => {
    if (report.events.participantsNote) out.push(sentenceParagraphs(report.events.participantsNote, scope.lang));
    for (const named of report.events.participants) labelled(sink, named);
  });
  list(sink, report.comments);
}

/** The consultation reports: per component, each report with its events and comments. */
export function consultationBlocks(sink: Sink): void {
  const { scope, out } = sink;
  for (const part of consultationContent(scope)) {
    out.push(sink.headings.heading(part.title, scope.lang, 2));
    if (part.none) out.push(sentenceParagraphs(part.none, scope.lang));
    for (const report of part.reports) reportBlocks(sink, report);
  }
}
