// Reading a round whole for the round screens: the round with its scores, the
// ideas that entered it and its scorers (aggregates.ts reads all three, for
// exports and bundles alike), and the entered ideas as the screens show them.
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

export async function readRoundRecords(db: AnyDb, filter: { ids?: readonly string[] } = {}): Promise<RoundRecord[]> {
  return (await readRounds(db, filter)).map((round) => ({ round, ideaIds: round.ideaIds, scorers: round.scorers }));
}

/** How scorer names are compared: "Ana", "ana" and " Ana " are one scorer. */
export const scorerKey = (name: string) => name.normalize('NFC').trim().toLocaleLowerCase('sq');
