// Field paths: reading and writing nested values without touching the rest,
// and the patch one change becomes (shared/api/patch.ts).
import { describe, expect, it } from 'vitest';
import { applyField, getAt, issueBelongsTo, mergePatch, patchFor, readField, setAt } from '../../../renderer/src/lib/field-paths';
import type { Commitment } from '../../../shared/model/plan';

const commitment = {
  id: 'c1',
  title: { sq: 'A', en: 'B' },
  budget: { amount: 5, currency: 'ALL', fundingSource: { sq: '', en: '' } },
  milestones: [{ id: 'm1', activity: { sq: 'x', en: '' } }, { id: 'm2', activity: { sq: 'y', en: '' } }],
  indicators: [{ id: 'i1', baseline: { value: null, year: null }, targets: [] }],
} as unknown as Commitment;

describe('field paths', () => {
  it('reads values by path and language', () => {
    expect(getAt(commitment, 'title', 'en')).toBe('B');
    expect(getAt(commitment, 'budget.amount', null)).toBe(5);
    expect(getAt(commitment, 'budget.fundingSource', 'sq')).toBe('');
    expect(getAt(commitment, 'nope.deeper', null)).toBeUndefined();
    expect(readField(commitment, { recordType: 'milestone', recordId: 'm2', field: 'activity', lang: 'sq' })).toBe('y');
    expect(readField(commitment, { recordType: 'indicator', recordId: 'i1', field: 'baseline.value', lang: null })).toBeNull();
    expect(readField(commitment, { recordType: 'milestone', recordId: 'gone', field: 'activity', lang: 'sq' })).toBeUndefined();
  });

  it('writes a copy, keeping untouched branches identical', () => {
    const next = setAt(commitment, 'budget.amount', null, 7);
    expect(next.budget.amount).toBe(7);
    expect(commitment.budget.amount).toBe(5);
    expect(next.title).toBe(commitment.title);
    expect(next.budget.fundingSource).toBe(commitment.budget.fundingSource);
    expect(setAt(commitment, 'title', 'sq', 'A')).toBe(commitment);
  });

  it('changes one milestone or indicator and nothing else', () => {
    const next = applyField(commitment, { recordType: 'milestone', recordId: 'm2', field: 'activity', lang: 'en' }, 'Y');
    expect(next.milestones[1]?.activity).toEqual({ sq: 'y', en: 'Y' });
    expect(next.milestones[0]).toBe(commitment.milestones[0]);
    expect(next.indicators).toBe(commitment.indicators);
    expect(applyField(commitment, { recordType: 'indicator', recordId: 'nope', field: 'targets', lang: null }, [])).toBe(commitment);
  });

  it('builds and merges patches as the contract expects them', () => {
    expect(patchFor('title', 'sq', 'T')).toEqual({ title: { sq: 'T' } });
    expect(patchFor('budget.fundingSource', 'en', 'State')).toEqual({ budget: { fundingSource: { en: 'State' } } });
    expect(patchFor('targets', null, [{ year: 2021, value: 3 }])).toEqual({ targets: [{ year: 2021, value: 3 }] });
    const merged = mergePatch(mergePatch(patchFor('title', 'sq', 'T'), patchFor('title', 'en', 'E')), patchFor('budget.amount', null, 1));
    expect(merged).toEqual({ title: { sq: 'T', en: 'E' }, budget: { amount: 1 } });
    // Lists are replaced whole, never merged item by item.
    expect(mergePatch({ sdgs: [1, 2] }, { sdgs: [3] })).toEqual({ sdgs: [3] });
  });

  it('matches located issues to the field they are about', () => {
    expect(issueBelongsTo('budget.amount', 'budget.amount')).toBe(true);
    expect(issueBelongsTo('targets[1].value', 'targets')).toBe(true);
    expect(issueBelongsTo('title.sq', 'title.sq')).toBe(true);
    expect(issueBelongsTo('title.en', 'title.sq')).toBe(false);
    expect(issueBelongsTo('titleX', 'title')).toBe(false);
  });
});
