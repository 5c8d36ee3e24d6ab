// What the prioritization matrix prints, whatever the format: per component,
// each round (shortlist, scope, final selection) with its criteria as a
// legend and one row per idea that entered it, scored or not: the mean per
// criterion, the gates, the weighted total, the rank (or that the idea did
// not pass a gate), the impact × feasibility quadrant, the decision and the
// reasoned response (OGP minimum requirement 4.1; law 146/2014's reasons for
// not accepting a proposal); then the component's ideas no round scored. The
// figures are liveResults' in shared/cocreation/prioritization, the very ones
// the results screen shows, so paper and screen cannot disagree. A
// submitter is named only with their consent.
import { type IdeaResult, liveResults, type MatrixEntry, scaleMidpoint, TOTAL_DECIMALS, totalKey } from '../../../shared/cocreation/prioritization';
import { formatDate } from '../../../shared/format/dates';
import { type Idea, PRIORITIZATION_STAGES, type PrioritizationRound } from '../../../shared/model/cocreation';
import type { Text } from '../../../shared/model/primitives';
import type { Component } from '../../../shared/model/reference';
import { DECIDED_IDEA_STATUSES } from '../../../shared/quality/checks/ideas';
import { compareCodeUnits, compareTexts, decidedText, formatDecimal, formatWeight, once, submitterLine } from './cocreation-format';
import { type AnnexScope, componentsOf, componentTitle, dateText, inScope, localized, same } from './scope';
import type { Cell, Column, LabelledTable, TableSpec } from './table';

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

function decisionCells(scope: AnnexScope, idea: Idea | undefined, notSet: string): [Cell, Cell] {
  if (!idea) return [notSet, notSet];
  return [once(scope.t(`print.prioritization.ideaStatus.${idea.status}`)), decidedText(idea.reasonedResponse, isDecided(idea), notSet)];
}

function legendTable(scope: AnnexScope, round: PrioritizationRound): TableSpec {
  const { t, lang } = scope;
  const notSet = t('print.notSet').sq;
  const col = (key: string) => t(`print.prioritization.criterionColumns.${key}`);
  return {
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
  };
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
function gatesCell(scope: AnnexScope, round: PrioritizationRound, r: IdeaResult, notSet: string): Cell {
  const { t } = scope;
  if (r.gates.length === 0) return notSet;
  const code = (id: string) => t('print.prioritization.criterionCode', { n: round.criteria.findIndex((c) => c.id === id) + 1 });
  const failed = r.gates.filter((g) => g.state === 'failed').map((g) => code(g.criterionId));
  if (failed.length > 0) return localized(t, 'print.prioritization.gateState.failed', (l) => ({ codes: failed.map((c) => c[l]).join(', ') }));
  return once(t(`print.prioritization.gateState.${r.gates.some((g) => g.state === 'unscored') ? 'unscored' : 'passed'}`));
}

function quadrantCell(scope: AnnexScope, entry: MatrixEntry | undefined, axes: boolean, notSet: string): Cell {
  if (!axes || !entry) return notSet;
  return once(scope.t(`prioritization.quadrant.${entry.quadrant ?? 'none'}`));
}

function matrixTable(scope: AnnexScope, round: PrioritizationRound, results: readonly IdeaResult[], places: ReadonlyMap<string, MatrixEntry>, axes: boolean, ideas: ReadonlyMap<string, Idea>): TableSpec {
  const { t, lang } = scope;
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
  return {
    columns,
    rows: matrixOrder(results, ideas).map((r): Cell[] => {
      const idea = ideas.get(r.ideaId);
      const rank: Cell = r.rank !== null ? String(r.rank) : r.passedGates ? notSet : t('print.prioritization.gateFailed');
      return [
        titleOf(ideas, r.ideaId),
        idea ? submitterLine(idea.submitter, idea.consentToPublish, notSet) : notSet,
        ...r.criteria.map((c) => number(c.mean)),
        gatesCell(scope, round, r, notSet),
        number(r.total),
        rank,
        quadrantCell(scope, places.get(r.ideaId), axes, notSet),
        ...decisionCells(scope, idea, notSet),
      ];
    }),
  };
}

/** One round as printed, in the order printed. */
export interface RoundContent {
  /** The round's heading: its stage and dates. */
  title: Text;
  /** How the figures are worked out (scale, scorers, the gates' midpoint). */
  method: Text;
  /** How many scores of ideas taken out of the round do not count; null when none. */
  ignored: Text | null;
  /** The criteria as a legend; null for a round without criteria. */
  legend: LabelledTable | null;
  /** That nobody scored yet; null once someone has. */
  noScores: Text | null;
  /** One row per idea that entered the round; null for a round without ideas. */
  matrix: LabelledTable | null;
}

export interface PrioritizationComponent {
  component: Component;
  title: Text;
  /** What the component lacks (no rounds, no ideas), each a sentence under its heading. */
  notes: Text[];
  rounds: RoundContent[];
  /** The component's ideas no round scored: their decision and reasoned response must be on paper too. */
  unscored: { title: Text; table: TableSpec } | null;
}

function roundContent(scope: AnnexScope, round: PrioritizationRound, ideas: ReadonlyMap<string, Idea>): { content: RoundContent; ideaIds: string[] } {
  const { t } = scope;
  const notSet = t('print.notSet').sq;
  const title = localized(t, 'print.prioritization.round', (l) => ({
    stage: t(`print.prioritization.stage.${round.stage}`)[l],
    start: dateText(round.openedAt, notSet),
    end: dateText(round.closedAt, notSet),
  }));
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
  const places = new Map(result.matrix.map((m) => [m.ideaId, m]));
  return {
    content: {
      title,
      method,
      ignored: result.ignored > 0 ? t('print.prioritization.ignored', { count: result.ignored }) : null,
      legend: round.criteria.length > 0 ? { label: t('print.prioritization.criteria'), table: legendTable(scope, round) } : null,
      noScores: result.ideas.every((r) => r.scorers === 0) ? t('print.prioritization.noScores') : null,
      matrix: result.ideas.length > 0 ? { label: t('print.prioritization.matrix'), table: matrixTable(scope, round, result.ideas, places, result.axes, ideas) } : null,
    },
    ideaIds: result.ideas.map((r) => r.ideaId),
  };
}

function unscoredTable(scope: AnnexScope, list: readonly Idea[]): TableSpec {
  const { t } = scope;
  const notSet = t('print.notSet').sq;
  const col = (key: string) => t(`print.prioritization.columns.${key}`);
  const sorted = [...list].sort((a, b) => compareCodeUnits(a.receivedAt, b.receivedAt) || compareTexts(a.title, b.title) || compareCodeUnits(a.id, b.id));
  return {
    columns: [
      { header: col('idea'), width: 0.25 },
      { header: col('submitter'), width: 0.15 },
      { header: col('received'), width: 0.09 },
      { header: col('decision'), width: 0.12 },
      { header: col('response'), width: 0.39 },
    ],
    rows: sorted.map((idea) => [idea.title, submitterLine(idea.submitter, idea.consentToPublish, notSet), formatDate(idea.receivedAt), ...decisionCells(scope, idea, notSet)]),
  };
}

/** The matrix of every component printed, in plan order. */
export function prioritizationContent(scope: AnnexScope): PrioritizationComponent[] {
  const { t, plan } = scope;
  const ideas = new Map(plan.ideas.map((i) => [i.id, i]));
  return componentsOf(scope).map((comp) => {
    const rounds = roundsOf(scope, comp.code);
    const own = ideasOf(scope, comp.code);
    const notes: Text[] = [];
    if (rounds.length === 0) notes.push(t('print.prioritization.noRounds'));
    if (own.length === 0) notes.push(t('print.prioritization.noIdeas'));
    const scored = new Set<string>();
    const printed = rounds.map((round) => {
      const { content, ideaIds } = roundContent(scope, round, ideas);
      for (const id of ideaIds) scored.add(id);
      return content;
    });
    const unscored = own.filter((i) => !scored.has(i.id));
    return {
      component: comp,
      title: componentTitle(scope, comp),
      notes,
      rounds: printed,
      unscored: unscored.length > 0 ? { title: t('print.prioritization.unscoredIdeas'), table: unscoredTable(scope, unscored) } : null,
    };
  });
}

/** One unit per round and one per component (its ideas outside any round); at least one. */
export function prioritizationUnits(scope: AnnexScope): number {
  return Math.max(
    1,
    componentsOf(scope).reduce((n, c) => n + 1 + roundsOf(scope, c.code).length, 0),
  );
}

export function* prioritizationRecords(scope: AnnexScope): Iterable<{ updatedAt: string }> {
  for (const r of scope.plan.rounds) if (inScope(scope, r.componentCode)) yield r;
  for (const i of scope.plan.ideas) if (inScope(scope, i.componentCode)) yield i;
}
