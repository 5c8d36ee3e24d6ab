// The annexes as Word blocks, from the same print-content the PDF prints
// from: Annex VI/VII (each commitment's template sections and milestones),
// Annex IX (each commitment's indicators), the plan's introduction per
// component (and the sources of its data) and its front matter; the other
// annexes are in process-annexes.ts. Headings: the annex Heading 1, components
// Heading 2, commitments Heading 3 (what the contents list, as the PDF's
// do), the captions under them Heading 4.
import type { Commitment } from '../../../shared/model/plan';
import type { Text } from '../../../shared/model/primitives';
import type { Component } from '../../../shared/model/reference';
import { commitmentSections, milestonesTitle, milestoneTable } from '../print-content/commitment';
import { decide } from '../print-content/decide';
import { type FrontPart } from '../print-content/front';
import { cycleYears, indicatorTable } from '../print-content/indicators';
import { componentCommitmentTable, componentFields, componentListTitle } from '../print-content/intro';
import { type AnnexScope, commitmentsOf, commitmentTitle, componentsOf, componentTitle, modeOf } from '../print-content/scope';
import { sourcesContent } from '../print-content/sources';
import type { TableSpec } from '../print-content/table';
import { wordTable } from './table';
import { fieldParagraphs, type Headings, labelParagraphs, paragraph, partsParagraphs, sentenceParagraphs } from './text';

/** Where the WordprocessingML goes, how wide a table may be (twentieths of a point), and the headings' bookmarks. */
export interface Sink {
  scope: AnnexScope;
  width: number;
  out: string[];
  headings: Headings;
}

export const table = (sink: Sink, spec: TableSpec) => wordTable(spec, sink.scope.lang, modeOf(sink.scope), sink.width);
// A paragraph after a table, so two tables never run together and a heading never clings to a table above.
export const gap = () => paragraph('');

/** A field: its label and value as decide() says, or nothing at all when it has nothing to print. */
export function field(sink: Sink, label: Text, value: Text | string | null): void {
  const filled = decide(value, sink.scope.lang, modeOf(sink.scope));
  if (filled) sink.out.push(fieldParagraphs(label, filled, sink.scope.lang));
}

/** Each component printed under a Heading 2, then `body` with its commitments, or a line saying it has none. */
function byComponent(sink: Sink, body: (comp: Component, list: Commitment[], index: number) => void, opts: { pageBreak?: boolean } = {}): void {
  const { scope, out } = sink;
  componentsOf(scope).forEach((comp, i) => {
    out.push(sink.headings.heading(componentTitle(scope, comp), scope.lang, 2, { pageBreakBefore: !!opts.pageBreak && i > 0 }));
    const list = commitmentsOf(scope, comp.code);
    body(comp, list, i);
    if (list.length === 0) out.push(labelParagraphs(scope.t('print.noCommitments'), scope.lang));
  });
}

function commitmentBody(sink: Sink, c: Commitment): void {
  const { scope, out } = sink;
  for (const section of commitmentSections(scope, c)) {
    out.push(sink.headings.heading(section.title, scope.lang, 4));
    for (const row of section.rows) out.push(fieldParagraphs(row.label, row.filled, scope.lang));
  }
  out.push(sink.headings.heading(milestonesTitle(scope), scope.lang, 4));
  const milestones = milestoneTable(scope, c);
  if (milestones) out.push(table(sink, milestones), gap());
  else out.push(labelParagraphs(scope.t('print.noMilestones'), scope.lang));
}

/** Annex VI/VII: each commitment from a new page (the first of a component under its heading). */
export function actionPlanBlocks(sink: Sink): void {
  byComponent(
    sink,
    (_comp, list) =>
      list.forEach((c, j) => {
        sink.out.push(sink.headings.heading(commitmentTitle(c, sink.scope.lang), sink.scope.lang, 3, { pageBreakBefore: j > 0 }));
        commitmentBody(sink, c);
      }),
    { pageBreak: true },
  );
}

/** Annex IX: per commitment, its indicators with a target column per year of the cycle. */
export function indicatorBlocks(sink: Sink): void {
  const { scope, out } = sink;
  const years = cycleYears(scope);
  byComponent(sink, (_comp, list) =>
    list.forEach((c) => {
      out.push(sink.headings.heading(commitmentTitle(c, scope.lang), scope.lang, 3));
      if (c.indicators.length === 0) out.push(labelParagraphs(scope.t('print.noIndicators'), scope.lang));
      else out.push(table(sink, indicatorTable(scope, c, years)), gap());
    }),
  );
}

/** The plan's introduction: per component its policy goal, lead institutions and list of commitments; then where the data came from. */
export function introductionBlocks(sink: Sink): void {
  const { scope, out } = sink;
  byComponent(sink, (comp, list) => {
    for (const [label, value] of componentFields(scope, comp)) field(sink, label, value);
    if (list.length === 0) return;
    out.push(sink.headings.heading(componentListTitle(scope), scope.lang, 4), table(sink, componentCommitmentTable(scope, list)), gap());
  });
  const sources = sourcesContent(scope);
  out.push(sink.headings.heading(sources.title, scope.lang, 2));
  if (!sources.table) out.push(sentenceParagraphs(sources.sentence, scope.lang));
  else out.push(partsParagraphs(decide(sources.sentence, scope.lang, 'final') ?? []), table(sink, sources.table), gap());
}

/** One part of the front matter under its Heading 1. */
export function frontPartBlocks(sink: Sink, part: FrontPart): void {
  const { scope, out } = sink;
  out.push(sink.headings.heading(part.title, scope.lang, 1));
  const prose = (text: Parameters<typeof decide>[0]) => {
    out.push(partsParagraphs(decide(text, scope.lang, modeOf(scope)) ?? []));
  };
  const body = part.body;
  switch (body.kind) {
    case 'prose':
      return prose(body.text);
    case 'approval':
      if (body.decision) out.push(sink.headings.heading(body.decision, scope.lang, 4));
      if (body.text) prose(body.text);
      return;
    case 'abbreviations':
      out.push(table(sink, body.table));
      return;
  }
}
