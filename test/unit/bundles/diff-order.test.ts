// The change list reads in the plan's order: commitments by plan number
// ("1.2" before "1.10", unnumbered last), each with its milestones and
// indicators by their number, whatever their ids or titles say.
import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../../electron/services/bundles/workspace/diff';
import type { SubmissionPayload } from '../../../shared/model/bundle';
import { newCommitment } from '../../../shared/model/new-commitment';
import type { Commitment, Milestone } from '../../../shared/model/plan';
import { syntheticPlan } from '../../fixtures/synthetic-plan';
import { emptySubmission } from './workspace-fixtures';

const NOW = '2026-01-01T00:00:00.000Z';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A milestone of the synthetic plan, renumbered and renamed. */
const template = syntheticPlan({ commitments: 1, milestonesPer: 1, indicatorsPer: 0, ideas: 0, events: 0, comments: 0, calendar: 0, owner: 'MD' }).commitments[0]!.milestones[0]!;
const milestone = (n: number, seq: number, activity: string): Milestone => ({ ...template, id: id(n), seq, activity: { sq: activity, en: '' } });

function commitment(n: number, planNumber: string | null, title: string, milestones: Milestone[] = []): Commitment {
  const c = newCommitment({ id: id(n), cycleId: '2020-2022', componentCode: 'anti-corruption', owner: 'MD', title: { sq: title }, now: NOW });
  return { ...c, planNumber, milestones, indicators: [] };
}

const submission = (commitments: Commitment[]): SubmissionPayload => ({ ...emptySubmission(), commitments });
const before = { ...submission([]) };

describe('the change list order', () => {
  it('puts commitments by plan number and their milestones by seq, not by id or title', () => {
    const after = submission([
      commitment(1, null, 'A pa numër'),
      commitment(2, '1.10', 'B', [milestone(20, 2, 'A i dyti'), milestone(21, 1, 'Z i pari'), milestone(22, 10, 'M i dhjeti')]),
      commitment(3, '1.2', 'Z', [milestone(30, 3, 'A'), milestone(31, 1, 'B')]),
    ]);
    const added = diffSnapshots(before, after).added.map((r) => [r.entity, r.label.sq]);
    expect(added).toEqual([
      ['commitment', 'Z'],
      ['milestone', 'B'],
      ['milestone', 'A'],
      ['commitment', 'B'],
      ['milestone', 'Z i pari'],
      ['milestone', 'A i dyti'],
      ['milestone', 'M i dhjeti'],
      ['commitment', 'A pa numër'],
    ]);
  });

  it('takes the number the receiver holds (the POC’s) over the one the snapshot echoes', () => {
    const held = { ...submission([commitment(1, '2.1', 'Held as 2.1'), commitment(2, '1.1', 'Held as 1.1')]) };
    const after = submission([
      { ...commitment(1, '1.1', 'Held as 2.1'), title: { sq: 'Held as 2.1, changed', en: '' } },
      { ...commitment(2, null, 'Held as 1.1'), title: { sq: 'Held as 1.1, changed', en: '' } },
    ]);
    expect(diffSnapshots(held, after).changed.map((r) => r.label.sq)).toEqual(['Held as 1.1, changed', 'Held as 2.1, changed']);
  });
});
