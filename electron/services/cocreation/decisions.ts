// Deciding an idea, with its reasoned response (OGP's reasoned-response
// requirement, law 146/2014's reasons for non-acceptance). The link between
// an idea and its commitment is kept on both sides: the idea's commitmentId
// and the commitment's originIdeas, which the interchange exports. Adoption
// goes through the commitment service, so a commitment made from an idea is
// created, owned and checked like any other.
import type { Decision, RoundIdea } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import type { Idea } from '../../../shared/model/cocreation';
import { CommitmentPatch } from '../../../shared/api/contract';
import type { Text } from '../../../shared/model/primitives';
import { CommitmentService } from '../plan/commitments';
import { localIsoDay } from '../quality/plan-report';
import { readCommitments } from '../store/aggregates';
import { assertOpenCycle } from '../store/open-cycle';
import { selectRecords } from '../store/records';
import { IDEA } from '../store/tables';
import { WorkspaceService } from '../workspace/workspace-service';
import { readRoundIdeas } from './round-store';

const LINKED: readonly Idea['status'][] = ['adopted', 'merged'];

export class DecisionService extends WorkspaceService {
  private readonly commitments = new CommitmentService(this.ws, this.clock);

  async decide(input: { ideaId: string; decision: Decision; reasonedResponse: Text; commitmentId?: string }): Promise<{ idea: RoundIdea }> {
    const idea = await this.ownIdea(input.ideaId);
    // An idea of an earlier cycle keeps the decision it had there.
    await assertOpenCycle(this.db, idea.cycleId);
    const linked = LINKED.includes(idea.status) && idea.commitmentId !== null;
    let commitmentId: string | null = null;
    if (input.decision === 'adopted' || input.decision === 'merged') {
      // One idea, one commitment: a second adoption would make two commitments claim it.
      if (linked) throw new AppError('idea-already-linked', { params: { status: idea.status } });
      commitmentId = input.decision === 'adopted' ? await this.adopt(idea) : await this.merge(idea, input.commitmentId);
    } else if (linked) {
      await this.unlink(idea.id, idea.commitmentId!);
    }
    await this.db
      .updateTable('idea')
      .set((eb) => ({
        status: input.decision,
        commitment_id: commitmentId,
        reasoned_response_sq: input.reasonedResponse.sq,
        reasoned_response_en: input.reasonedResponse.en,
        decided_at: localIsoDay(this.clock()),
        rev: eb('rev', '+', 1),
        updated_at: this.now(),
      }))
      .where('id', '=', idea.id)
      .where('owner', '=', this.me)
      .execute();
    const [saved] = await readRoundIdeas(this.db, [idea.id]);
    return { idea: saved! };
  }

  /** The ideas behind a commitment: those it names in originIdeas and those that name it, oldest first. */
  async originIdeas(commitmentId: string): Promise<RoundIdea[]> {
    const [commitment] = await readCommitments(this.db, { ids: [commitmentId] });
    if (!commitment) throw new AppError('not-found', { params: { id: commitmentId } });
    const pointing = await this.db.selectFrom('idea').select('id').where('commitment_id', '=', commitmentId).execute();
    const ids = [...new Set([...commitment.originIdeas, ...pointing.map((r) => r.id)])];
    const ideas = await readRoundIdeas(this.db, ids);
    return ideas.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id));
  }

  private async ownIdea(id: string): Promise<Idea> {
    const [idea] = await selectRecords<Idea>(this.db, IDEA, { column: 'id', eq: id });
    if (!idea) throw new AppError('not-found', { params: { id } });
    if (idea.owner !== this.me) throw new AppError('not-owner', { params: { owner: idea.owner } });
    return idea;
  }

  /** A new commitment in the idea's component, pre-filled from it. */
  private async adopt(idea: Idea): Promise<string> {
    const created = await this.commitments.create({ componentCode: idea.componentCode, cycleId: idea.cycleId, title: idea.title });
    const fields = { problem: idea.problem, solution: idea.proposedSolution, expectedResults: idea.expectedResult, originIdeas: [idea.id] };
    // OGP values the commitment's list does not know are left for the officer to choose rather than refusing the adoption.
    const withValues = CommitmentPatch.safeParse({ ...fields, ogpValues: idea.ogpValues });
    await this.commitments.update(created.id, withValues.success ? withValues.data : fields);
    return created.id;
  }

  private async merge(idea: Idea, commitmentId: string | undefined): Promise<string> {
    if (commitmentId === undefined) throw new AppError('merge-needs-commitment');
    const [commitment] = await readCommitments(this.db, { ids: [commitmentId] });
    if (!commitment) throw new AppError('not-found', { params: { id: commitmentId } });
    if (commitment.owner !== this.me) throw new AppError('merge-foreign-commitment', { params: { owner: commitment.owner } });
    if (!commitment.originIdeas.includes(idea.id)) await this.commitments.update(commitmentId, { originIdeas: [...commitment.originIdeas, idea.id] });
    return commitmentId;
  }

  /** A decision taken back: the commitment no longer names the idea (the commitment itself stays). */
  private async unlink(ideaId: string, commitmentId: string) {
    const [commitment] = await readCommitments(this.db, { ids: [commitmentId] });
    if (!commitment || commitment.owner !== this.me || !commitment.originIdeas.includes(ideaId)) return;
    await this.commitments.update(commitmentId, { originIdeas: commitment.originIdeas.filter((id) => id !== ideaId) });
  }
}
