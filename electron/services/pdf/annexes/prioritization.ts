// The prioritization matrix: per component, each round (shortlist, scope,
// final selection) with its criteria as a legend and one row per idea that
// entered it, scored or not: the mean per criterion, the gates, the weighted
// total, the rank, the impact × feasibility quadrant, the decision and the
// reasoned response (OGP minimum requirement 4.1; law 146/2014's reasons for
// not accepting a proposal). The figures are liveResults' in
// shared/cocreation/prioritization, the very ones the results screen shows,
// so paper and screen cannot disagree.
import { type IdeaResult, liveResults, type MatrixEntry, scaleMidpoint, TOTAL_DECIMALS, totalKey } from '../../../../shared/cocreation/prioritization';
import { type Idea, PRIORITIZATION_STAGES, type PrioritizationRound } from '../../../../shared/model/cocreation';
import type { Text } from '../../../../shared/model/primitives';
import { formatDate } from '../../../../shared/format/dates';
import { DECIDED_IDEA_STATUSES } from '../../../../shared/quality/checks/ideas';
import { type Doc } from '../document';
import type { Cell, Column } from '../table';
import { bilingualParagraph, outline } from '../text';
import { compareCodeUnits, compareTexts, decidedText, formatDecimal, formatWeight, localized, once, subLabel, submitterLine } from './cocreation-format';
import { type AnnexInput, type AnnexScope, componentHeading, componentTitle, componentsOf, dateText, inScope, oneLine, same, type Section, modeOf } from './common';
import { annexTable, bilingualHeading, headedTable, TWO_LINES } from './fill';

const stageIndex = (r: PrioritizationRound) => PRIORITIZATION_STAGES.indexOf(r.stage);

/** A component's rounds in stage order; rounds of one stage by opening date (undated last), then id. */
function roundsOf(scope: AnnexScope, componentCode: string): PrioritizationRound[] {
  const opened = (r: PrioritizationRound) => r.openedAt ?? '\uffff';
  return scope.plan.rounds
    .filter((r) => r.componentCode === componentCode)
    .sort((a, b) => stageIndex(a) - stageIndex(b) || compareCodeUnits(opened(a), opened(b)) || compareCodeUnits(a.id, b.id));
}

const ideasOf = (scope: AnnexScope, componentCode: string): Idea[] => scope.plan.ideas.filter((i) => i.componentCode === componentCode);

const isDecided = (idea: Idea) => DECIDED_IDEA_STATUSES.includes(idea.status);

/** The title of an idea a score points at; an idea no longer in the data shows its id. */
const titleOf = (ideas: ReadonlyMap<string, Idea>, id: string): Text => ideas.get(id)?.title ?? same(id);

function decisionCells(input: AnnexInput, idea: Idea | undefined, notSet: string): [Cell, Cell] {
  if (!idea) return [notSet, notSet];
  return [once(input.t(`print.prioritization.ideaStatus.${idea.status}`)), decidedText(idea.reasonedResponse, isDecided(idea), notSet)];
}

function legend(doc: Doc, input: AnnexInput, round: PrioritizationRound): void {
  const { t, lang } = input;
  const notSet = t('print.notSet').sq;
  const col = (key: string) => t(`print.prioritization.criterionColumns.${key}`);
  subLabel(doc, oneLine(t('print.prioritization.criteria'), lang, t('print.missingTranslation')));
  annexTable(doc, {
    columns: [
      { header: col('code'), width: 0.07 },
      { header: col('name'), width: 0.25 },
      { header: col('description'), width: 0.48 },
      { header: col('weight'), width: 0.1, align: 'right', nowrap: true },
      { header: col('gate'), width: 0.1 },
    ],
    rows: round.criteria.map((c, i) => [
      t('print.prioritization.criterionCode', { n: i + 1 }),
      c.name,
      decidedText(c.description, false, notSet),
      formatWeight(c.weight, lang),
      t(c.gate ? 'print.prioritization.yes' : 'print.prioritization.no'),
    ]),
    lang,
    mode: modeOf(input),
  });
}

/** Ranked first, then failed gates by total, then unscored; ties by title so equal ranks read alphabetically. */
function matrixOrder(results: readonly IdeaResult[], ideas: ReadonlyMap<string, Idea>): IdeaResult[] {
  const group = (r: IdeaResult) => (r.rank !== null ? 0 : r.total !== null ? 1 : 2);
  return [...results].sort(
    (a, b) =>
      group(a) - group(b) ||
      (a.rank ?? 0) - (b.rank ?? 0) ||
      (a.total !== null && b.total !== null ? totalKey(b.total) - totalKey(a.total) : 0) ||
      compareTexts(titleOf(ideas, a.ideaId), titleOf(ideas, b.ideaId)) ||
      compareCodeUnits(a.ideaId, b.ideaId),
  );
}

/** Passed, failed (naming the failed gates by their legend code) or not scored; nothing to say without gates. */
function gatesCell(input: AnnexInput, round: PrioritizationRound, r: IdeaResult, notSet: string): Cell {
  const { t } = input;
  if (r.gates.length === 0) return notSet;
  const code = (id: string) => t('print.prioritization.criterionCode', { n: round.criteria.findIndex((c) => c.id === id) + 1 });
  const failed = r.gates.filter((g) => g.state === 'failed').map((g) => code(g.criterionId));
  if (failed.length > 0) return localized(t, 'print.prioritization.gateState.failed', (l) => ({ codes: failed.map((c) => c[l]).join(', ') }));
  return once(t(`print.prioritization.gateState.${r.gates.some((g) => g.state === 'unscored') ? 'unscored' : 'passed'}`));
}

function quadrantCell(input: AnnexInput, entry: MatrixEntry | undefined, axes: boolean, notSet: string): Cell {
  if (!axes || !entry) return notSet;
  return once(input.t(`prioritization.quadrant.${entry.quadrant ?? 'none'}`));
}

function matrix(doc: Doc, input: AnnexInput, round: PrioritizationRound, results: readonly IdeaResult[], places: ReadonlyMap<string, MatrixEntry>, axes: boolean, ideas: ReadonlyMap<string, Idea>): void {
  const { t, lang } = input;
  const notSet = t('print.notSet').sq;
  const col = (key: string) => t(`print.prioritization.columns.${key}`);
  const number = (n: number | null) => (n === null ? notSet : formatDecimal(n, lang, TOTAL_DECIMALS));
  const criterionWidth = Math.min(0.05, 0.24 / Math.max(1, round.criteria.length));
  const columns: Column[] = [
    { header: col('idea'), width: 0.15 },
    { header: col('submitter'), width: 0.09 },
    ...round.criteria.map((_, i): Column => ({ header: t('print.prioritization.criterionCode', { n: i + 1 }), width: criterionWidth, align: 'right', nowrap: true })),
    { header: col('gates'), width: 0.08 },
    { header: col('total'), width: 0.06, align: 'right', nowrap: true },
    { header: col('rank'), width: 0.08, align: 'right' },
    { header: col('quadrant'), width: 0.08 },
    { header: col('decision'), width: 0.08 },
    { header: col('response'), width: 0.14 },
  ];
  subLabel(doc, oneLine(t('print.prioritization.matrix'), lang, t('print.missingTranslation')));
  annexTable(doc, {
    columns,
    rows: matrixOrder(results, ideas).map((r): Cell[] => {
      const idea = ideas.get(r.ideaId);
      const rank: Cell = r.rank !== null ? String(r.rank) : r.passedGates ? notSet : t('print.prioritization.gateFailed');
      return [
        titleOf(ideas, r.ideaId),
        idea ? submitterLine(idea.submitter, idea.consentToPublish, notSet) : notSet,
        ...r.criteria.map((c) => number(c.mean)),
        gatesCell(input, round, r, notSet),
        number(r.total),
        rank,
        quadrantCell(input, places.get(r.ideaId), axes, notSet),
        ...decisionCells(input, idea, notSet),
      ];
    }),
    lang,
    mode: modeOf(input),
  });
}

/** Prints a round; returns the ids of the ideas its matrix lists (every idea that entered it). */
function renderRound(doc: Doc, input: AnnexInput, round: PrioritizationRound, ideas: ReadonlyMap<string, Idea>, parent: PDFKit.PDFOutline): string[] {
  const { t, lang } = input;
  const placeholder = t('print.missingTranslation');
  const notSet = t('print.notSet').sq;
  const text = localized(t, 'print.prioritization.round', (l) => ({
    stage: t(`print.prioritization.stage.${round.stage}`)[l],
    start: dateText(round.openedAt, notSet),
    end: dateText(round.closedAt, notSet),
  }));
  const title = oneLine(text, lang, placeholder);
  bilingualHeading(doc, text, lang, 3, TWO_LINES);
  outline(doc, title, parent);
  // The round's own idea list, as on screen: an idea nobody scored yet has its row; a score of an idea taken out of the round does not count.
  const result = liveResults(round, round.ideaIds);
  const midpoint = scaleMidpoint(round.scale);
  const scorers = round.scorers.length;
  const method = localized(t, 'print.prioritization.method', (l) => ({
    min: round.scale.min,
    max: round.scale.max,
    scorers,
    midpoint: formatDecimal(midpoint, l, Number.isInteger(midpoint) ? 0 : 1),
  }));
  bilingualParagraph(doc, method, lang, placeholder);
  if (result.ignored > 0) bilingualParagraph(doc, t('print.prioritization.ignored', { count: result.ignored }), lang, placeholder);
  if (round.criteria.length > 0) legend(doc, input, round);
  if (result.ideas.every((r) => r.scorers === 0)) bilingualParagraph(doc, t('print.prioritization.noScores'), lang, placeholder);
  if (result.ideas.length > 0) matrix(doc, input, round, result.ideas, new Map(result.matrix.map((m) => [m.ideaId, m])), result.axes, ideas);
  return result.ideas.map((r) => r.ideaId);
}

/** The component's ideas no round scored: their decision and reasoned response must be on paper too. */
function unscoredIdeas(doc: Doc, input: AnnexInput, list: readonly Idea[], parent: PDFKit.PDFOutline): void {
  const { t, lang } = input;
  const notSet = t('print.notSet').sq;
  const col = (key: string) => t(`print.prioritization.columns.${key}`);
  const title = oneLine(t('print.prioritization.unscoredIdeas'), lang, t('print.missingTranslation'));
  const sorted = [...list].sort((a, b) => compareCodeUnits(a.receivedAt, b.receivedAt) || compareTexts(a.title, b.title) || compareCodeUnits(a.id, b.id));
  headedTable(doc, t('print.prioritization.unscoredIdeas'), 3, {
    columns: [
      { header: col('idea'), width: 0.25 },
      { header: col('submitter'), width: 0.15 },
      { header: col('received'), width: 0.09 },
      { header: col('decision'), width: 0.12 },
      { header: col('response'), width: 0.39 },
    ],
    rows: sorted.map((idea) => [idea.title, submitterLine(idea.submitter, idea.consentToPublish, notSet), formatDate(idea.receivedAt), ...decisionCells(input, idea, notSet)]),
    lang,
    mode: modeOf(input),
  }, { afterHeading: () => outline(doc, title, parent) });
}

function renderPrioritization(doc: Doc, input: AnnexInput): void {
  const { t, lang, plan } = input;
  const placeholder = t('print.missingTranslation');
  const ideas = new Map(plan.ideas.map((i) => [i.id, i]));
  let ticks = 0;
  const tick = () => {
    ticks++;
    input.tick();
  };
  for (const comp of componentsOf(input)) {
    const compTitle = componentHeading(input, comp, placeholder);
    bilingualHeading(doc, componentTitle(input, comp), lang, 2, TWO_LINES);
    const compItem = outline(doc, compTitle, input.outline);
    const rounds = roundsOf(input, comp.code);
    const own = ideasOf(input, comp.code);
    if (rounds.length === 0) bilingualParagraph(doc, t('print.prioritization.noRounds'), lang, placeholder);
    if (own.length === 0) bilingualParagraph(doc, t('print.prioritization.noIdeas'), lang, placeholder);
    const scored = new Set<string>();
    for (const round of rounds) {
      for (const id of renderRound(doc, input, round, ideas, compItem)) scored.add(id);
      tick();
    }
    const unscored = own.filter((i) => !scored.has(i.id));
    if (unscored.length > 0) unscoredIdeas(doc, input, unscored, compItem);
    tick();
  }
  if (ticks === 0) input.tick();
}

/** One unit per round and one per component (its ideas outside any round); at least one. */
function prioritizationUnits(scope: AnnexScope): number {
  return Math.max(
    1,
    componentsOf(scope).reduce((n, c) => n + 1 + roundsOf(scope, c.code).length, 0),
  );
}

function* prioritizationRecords(scope: AnnexScope): Iterable<{ updatedAt: string }> {
  for (const r of scope.plan.rounds) if (inScope(scope, r.componentCode)) yield r;
  for (const i of scope.plan.ideas) if (inScope(scope, i.componentCode)) yield i;
}

export const prioritizationSection: Section = {
  // A column per criterion beside the idea, decision and response: landscape.
  layout: 'landscape',
  units: prioritizationUnits,
  render: renderPrioritization,
  records: prioritizationRecords,
};
