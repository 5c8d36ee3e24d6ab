// The POC's feedback as an LFP reads it, and the POC's review saved as typed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Review } from '../../../shared/model/bundle';
import type { PocFeedback } from '../../../shared/model/cocreation';
import { collectFeedback, isOutdated, type HeldRecord } from '../../../renderer/src/sync/feedback';
import { ReviewSaver, mergeReviewPatch, type ReviewPatch } from '../../../renderer/src/sync/review-saver';

const C1 = '11111111-1111-4111-8111-111111111111';
const M1 = '33333333-3333-4333-8333-333333333333';
const IDEA = '55555555-5555-4555-8555-555555555555';
const STAMP = '2021-03-15T09:30:00.000Z';

const review = (commitmentRev: number, decidedAt = STAMP): Review => ({
  commitmentId: C1,
  commitmentRev,
  planNumber: '1.2',
  decision: 'returned',
  comment: { sq: 'Plotësoni treguesit.', en: 'Complete the indicators.' },
  decidedAt,
});

const note = (id: string, targetType: PocFeedback['targetType'], targetId: string, targetRev: number | null): PocFeedback => ({
  id,
  owner: 'POC',
  targetType,
  targetId,
  targetRev,
  items: [],
  overall: { sq: 'Koment', en: 'Comment' },
  lfpReply: { sq: '', en: '' },
  resolved: false,
  rev: 1,
  createdAt: STAMP,
  updatedAt: STAMP,
});

describe('collectFeedback', () => {
  const held = new Map<string, HeldRecord>([
    [C1, { commitmentId: C1, rev: 4, entity: 'commitment' }],
    [M1, { commitmentId: C1, rev: 2, entity: 'milestone', number: 1 }],
  ]);

  it('marks a review made on an earlier revision', () => {
    expect(collectFeedback({ reviews: [review(3)], feedback: [] }, held).byCommitment.get(C1)?.reviewOutdated).toBe(true);
    expect(collectFeedback({ reviews: [review(4)], feedback: [] }, held).byCommitment.get(C1)?.reviewOutdated).toBe(false);
  });

  it('puts notes on milestones under their commitment, notes on other records apart', () => {
    const out = collectFeedback({ reviews: [], feedback: [note('a', 'milestone', M1, 1), note('b', 'commitment', C1, 4), note('c', 'idea', IDEA, 1)] }, held);
    const entry = out.byCommitment.get(C1)!;
    expect(entry.review).toBeNull();
    expect(entry.notes.map((n) => [n.feedback.id, n.outdated])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    expect(out.other.map((n) => n.feedback.id)).toEqual(['c']);
  });

  it('keeps the later of two reviews of one commitment', () => {
    const out = collectFeedback({ reviews: [review(4, '2021-03-20T00:00:00.000Z'), review(2, '2021-03-01T00:00:00.000Z')], feedback: [] }, held);
    expect(out.byCommitment.get(C1)?.review?.commitmentRev).toBe(4);
  });

  it('does not flag what it cannot compare', () => {
    expect(isOutdated(null, 3)).toBe(false);
    expect(isOutdated(2, undefined)).toBe(false);
    expect(isOutdated(2, 3)).toBe(true);
  });
});

describe('mergeReviewPatch', () => {
  it('lets later edits win, language by language for the comment', () => {
    expect(mergeReviewPatch({ planNumber: '1', comment: { sq: 'a' } }, { decision: 'accepted', comment: { en: 'b' } })).toEqual({
      planNumber: '1',
      decision: 'accepted',
      comment: { sq: 'a', en: 'b' },
    });
    expect(mergeReviewPatch({ decision: 'accepted' }, { decision: null })).toEqual({ decision: null });
  });
});

describe('ReviewSaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the edits of a pause as one request', async () => {
    const sent: ReviewPatch[] = [];
    const saver = new ReviewSaver(async (_id, patch) => (sent.push(patch), { ok: true, value: { commitmentRev: 4 } }), 500);
    saver.edit(C1, { comment: { sq: 'K' } });
    saver.edit(C1, { comment: { sq: 'Ko' } });
    saver.edit(C1, { planNumber: '1.2' });
    expect(saver.status(C1).phase).toBe('pending');
    await vi.advanceTimersByTimeAsync(499);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([{ comment: { sq: 'Ko' }, planNumber: '1.2' }]);
    expect(saver.status(C1)).toMatchObject({ phase: 'saved', commitmentRev: 4 });
  });

  it('sends a click at once, and one request at a time per commitment', async () => {
    let release!: () => void;
    const sent: ReviewPatch[] = [];
    const saver = new ReviewSaver(async (_id, patch) => {
      sent.push(patch);
      if (sent.length === 1) await new Promise<void>((r) => (release = r));
      return { ok: true, value: { commitmentRev: 4 } };
    }, 500);
    saver.edit(C1, { decision: 'accepted' }, { immediate: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([{ decision: 'accepted' }]);
    saver.edit(C1, { decision: 'returned' }, { immediate: true });
    await vi.advanceTimersByTimeAsync(10);
    expect(sent).toHaveLength(1);
    release();
    await vi.advanceTimersByTimeAsync(0);
    await saver.flush();
    expect(sent).toEqual([{ decision: 'accepted' }, { decision: 'returned' }]);
    expect(saver.status(C1).phase).toBe('saved');
  });

  it('keeps a failed edit for a retry, under newer edits', async () => {
    let fail = true;
    const sent: ReviewPatch[] = [];
    const saver = new ReviewSaver(async (_id, patch) => {
      sent.push(patch);
      return fail ? { ok: false, error: { code: 'internal' } } : { ok: true, value: { commitmentRev: 5 } };
    }, 100);
    saver.edit(C1, { planNumber: '1.1', comment: { sq: 'a' } });
    await vi.advanceTimersByTimeAsync(100);
    expect(saver.status(C1)).toMatchObject({ phase: 'error', error: { code: 'internal' } });
    expect(saver.hasUnsaved()).toBe(true);
    fail = false;
    saver.edit(C1, { comment: { sq: 'b' } });
    await vi.advanceTimersByTimeAsync(100);
    expect(sent[1]).toEqual({ planNumber: '1.1', comment: { sq: 'b' } });
    expect(saver.status(C1)).toMatchObject({ phase: 'saved', error: null, commitmentRev: 5 });
    expect(saver.hasUnsaved()).toBe(false);
  });

  it('flush sends what waits without waiting for the pause', async () => {
    const sent: string[] = [];
    const saver = new ReviewSaver(async (id) => (sent.push(id), { ok: true, value: { commitmentRev: 1 } }), 10_000);
    saver.edit(C1, { planNumber: '2' });
    saver.edit(M1, { planNumber: '3' });
    await saver.flush();
    expect(sent.sort()).toEqual([C1, M1].sort());
  });

  it('tells listeners which commitment changed', async () => {
    const seen: string[] = [];
    const saver = new ReviewSaver(async () => ({ ok: true, value: { commitmentRev: 1 } }), 10);
    saver.subscribe((id) => seen.push(id));
    saver.edit(C1, { decision: null }, { immediate: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(new Set(seen)).toEqual(new Set([C1]));
  });
});
