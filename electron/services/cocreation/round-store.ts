// Reading a round whole: the round with its scores (aggregates.ts), the ideas
// that entered it and its scorers. A round that arrived by interchange or
// bundle import has scores but no round_idea or round_scorer rows of its own;
// the ideas it scored and the names that scored count as entered, so the POC
// sees an LFP's round as the LFP does.
import type { RoundIdea } from '../../../shared/api/contract';
import type { PrioritizationRound } from '../../../shared/model/cocreation';
import { readRounds } from '../store/aggregates';
import type { AnyDb } from '../store/database';
import { selectRecords } from '../store/records';
import { IDEA } from '../store/tables';

export interface RoundRecord {
  round: PrioritizationRound;
  ideaIds: string[];
  scorers: string[];
}

/** The ideas of `ideaIds` the workspace holds, as the round screens show them, in that order. */
export async function readRoundIdeas(db: AnyDb, ideaIds: readonly string[]): Promise<RoundIdea[]> {
  const ideas = await selectRecords<RoundIdea & Record<string, unknown>>(db, IDEA, { column: 'id', in: ideaIds });
  const byId = new Map(ideas.map((i) => [i.id, i]));
  return ideaIds.flatMap((id) => {
    const i = byId.get(id);
    return i
      ? [{ id: i.id, componentCode: i.componentCode, owner: i.owner, receivedAt: i.receivedAt, title: i.title, submitter: i.submitter, status: i.status, reasonedResponse: i.reasonedResponse, decidedAt: i.decidedAt, commitmentId: i.commitmentId, problem: i.problem, proposedSolution: i.proposedSolution }]
      : [];
  });
}

const union = (first: readonly string[], more: Iterable<string>) => [...new Set([...first, ...more])];

export async function readRoundRecords(db: AnyDb, filter: { ids?: readonly string[] } = {}): Promise<RoundRecord[]> {
  const rounds = await readRounds(db, filter);
  if (rounds.length === 0) return [];
  const ids = rounds.map((r) => r.id);
  const ideaRows = await db.selectFrom('round_idea').select(['round_id', 'idea_id']).where('round_id', 'in', ids).orderBy('round_id').orderBy('position').execute();
  const scorerRows = await db.selectFrom('round_scorer').select(['round_id', 'name']).where('round_id', 'in', ids).orderBy('round_id').orderBy('position').execute();
  return rounds.map((round) => ({
    round,
    ideaIds: union(ideaRows.filter((r) => r.round_id === round.id).map((r) => r.idea_id), [...new Set(round.scores.map((s) => s.ideaId))].sort()),
    scorers: union(scorerRows.filter((r) => r.round_id === round.id).map((r) => r.name), [...new Set(round.scores.map((s) => s.scorer))].sort()),
  }));
}

/** How scorer names are compared: "Ana", "ana" and " Ana " are one scorer. */
export const scorerKey = (name: string) => name.normalize('NFC').trim().toLocaleLowerCase('sq');
