// The feedback panel's editing layer: the POC's framework and the owner's
// replies held as records of the shared record session, each field saved as
// the contract's patch (items by key, one language at a time), a refused value
// kept and never sent; the items' states as the boxes show them; and how a
// bundle's feedback changes read (ratings in words, never the code).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RecordSession } from '../../../renderer/src/editor/record-session';
import { feedbackFieldLabel, feedbackValueText } from '../../../renderer/src/sync/feedback-change-labels';
import { frameworkRecord, repliesRecord, shownState, shownStates, type FrameworkRecord, type RepliesRecord } from '../../../renderer/src/feedback/records';
import type { FieldRef } from '../../../renderer/src/lib/field-key';
import { SaveQueue } from '../../../renderer/src/services/autosave/save-queue';
import type { ApiClient } from '../../../shared/api/client';
import type { FeedbackView } from '../../../shared/api/contract';
import { createI18n } from '../../../shared/i18n';
import type { PocFeedback } from '../../../shared/model/cocreation';

const NOW = '2024-05-01T08:00:00.000Z';
const FB = '33333333-3333-4333-8333-333333333333';
const K1 = '44444444-4444-4444-8444-444444444441';
const K2 = '44444444-4444-4444-8444-444444444442';
const blank = { sq: '', en: '' };
const feedback: PocFeedback = {
  id: FB, owner: 'POC', targetType: 'commitment', targetId: '55555555-5555-4555-8555-555555555555', targetRev: 1, targetOwner: 'MD',
  items: [
    { id: K1, check: { sq: 'Njoftimi', en: 'Notice' }, rating: 'met', comment: blank, requiredAction: blank, dueDate: null },
    { id: K2, check: { sq: 'Komentet', en: 'Comments' }, rating: 'partly-met', comment: blank, requiredAction: { sq: 'Shtoni arsyet', en: '' }, dueDate: '2024-05-10' },
  ],
  overall: blank, lfpReply: blank, resolved: false, rev: 1, createdAt: NOW, updatedAt: NOW,
};
const view = (replies: FeedbackView['replies'] = []): FeedbackView & { feedback: PocFeedback } => ({
  role: 'lfp', targetOwner: 'MD', label: { sq: 'A', en: 'A' }, feedback, replies, states: {}, canEdit: false, canReply: true, today: '2024-05-01',
});

function queue() {
  const calls: { method: string; input: Record<string, unknown> }[] = [];
  const api = new Proxy({}, {
    get: (_, method: string) => async (input: Record<string, unknown>) => {
      calls.push({ method, input });
      return { ok: true, value: method === 'unsaved.list' ? { values: [] } : {} };
    },
  }) as ApiClient;
  return { saves: new SaveQueue(api, 10), sent: () => calls.filter((c) => c.method.startsWith('pocFeedback.')) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the POC’s framework in the record session', () => {
  it('saves a rating, a text in one language and a due date through pocFeedback.update, items by key', async () => {
    const { saves, sent } = queue();
    const session = new RecordSession<FrameworkRecord>(saves, frameworkRecord(feedback), () => 0);
    const ref = (field: string, lang: 'sq' | 'en' | null = null): FieldRef => ({ recordType: 'poc-feedback', recordId: FB, field, lang });
    session.edit(ref(`items.${K1}.rating`), 'not-met');
    session.edit(ref(`items.${K2}.requiredAction`, 'en'), 'Add the reasons');
    session.edit(ref('overall', 'sq'), 'Mirë');
    await vi.advanceTimersByTimeAsync(20);
    await saves.flushAll();
    // Each field as its own patch, in the order typed, the others untouched.
    expect(sent().map((c) => c.method)).toEqual(['pocFeedback.update', 'pocFeedback.update', 'pocFeedback.update']);
    expect(sent().map((c) => c.input)).toEqual([
      { id: FB, changes: { items: { [K1]: { rating: 'not-met' } } } },
      { id: FB, changes: { items: { [K2]: { requiredAction: { en: 'Add the reasons' } } } } },
      { id: FB, changes: { overall: { sq: 'Mirë' } } },
    ]);
  });

  it('keeps an impossible due date in the box, with the contract’s message, and never sends it', async () => {
    const { saves, sent } = queue();
    const session = new RecordSession<FrameworkRecord>(saves, frameworkRecord(feedback), () => 0);
    const due: FieldRef = { recordType: 'poc-feedback', recordId: FB, field: `items.${K2}.dueDate`, lang: null };
    session.edit(due, '2024-02-30');
    expect(session.shownValue(due)).toBe('2024-02-30');
    expect(saves.getStatus(FB).fieldErrors[`items.${K2}.dueDate`]).toBe('bad-date');
    expect(saves.keptIn(FB).map((k) => k.value)).toEqual(['2024-02-30']);
    await vi.advanceTimersByTimeAsync(20);
    await saves.flushAll();
    expect(sent()).toEqual([]);
  });
});

describe('the owner’s replies in the record session', () => {
  it('sends a reply and the resolved mark through pocFeedback.reply; the state follows the box', async () => {
    const { saves, sent } = queue();
    const record = repliesRecord(view());
    expect(record.items[K2]).toEqual({ reply: blank, resolved: false });
    const session = new RecordSession<RepliesRecord>(saves, record, () => 0);
    const ref = (field: string, lang: 'sq' | 'en' | null = null): FieldRef => ({ recordType: 'feedback-reply', recordId: FB, field, lang });
    const items = frameworkRecord(feedback).items;
    expect(shownStates([K1, K2], items, session.getSnapshot().shown.items, '2024-05-11')).toEqual({ [K1]: 'met', [K2]: 'overdue' });
    session.edit(ref(`items.${K2}.reply`, 'sq'), 'U shtuan');
    session.edit(ref(`items.${K2}.resolved`), true);
    expect(shownStates([K1, K2], items, session.getSnapshot().shown.items, '2024-05-11')).toEqual({ [K1]: 'met', [K2]: 'resolved' });
    await vi.advanceTimersByTimeAsync(20);
    await saves.flushAll();
    expect(sent().map((c) => [c.method, c.input])).toEqual([
      ['pocFeedback.reply', { id: FB, changes: { items: { [K2]: { reply: { sq: 'U shtuan' } } } } }],
      ['pocFeedback.reply', { id: FB, changes: { items: { [K2]: { resolved: true } } } }],
    ]);
  });

  it('shows an item the POC has not rated and asks nothing of as not rated, not met', () => {
    expect(shownState({ rating: null }, 'met')).toBe('unrated');
    expect(shownState({ rating: 'met' }, 'met')).toBe('met');
    expect(shownState({ rating: null }, 'open')).toBe('open');
  });

  it('reads the replies held for the framework into its items', () => {
    const r = { id: '66666666-6666-4666-8666-666666666666', owner: 'MD', feedbackId: FB, itemId: K2, reply: { sq: 'Po', en: 'Yes' }, resolved: true, rev: 1, createdAt: NOW, updatedAt: NOW };
    expect(repliesRecord(view([r])).items).toEqual({ [K1]: { reply: blank, resolved: false }, [K2]: { reply: { sq: 'Po', en: 'Yes' }, resolved: true } });
  });
});

describe('feedback changes in a bundle preview', () => {
  it.each(['sq', 'en'] as const)('names item fields and prints ratings and the resolved mark in words (%s)', (lang) => {
    const tx = createI18n(lang).t as unknown as (key: string, o?: Record<string, unknown>) => string;
    expect(feedbackFieldLabel('poc-feedback', 'items.3.rating', tx)).toBe(lang === 'sq' ? 'Pika 3: Vlerësimi' : 'Item 3: Rating');
    expect(feedbackFieldLabel('feedback-reply', 'resolved', tx)).toBe(lang === 'sq' ? 'E zgjidhur' : 'Resolved');
    expect(feedbackFieldLabel('commitment', 'title', tx)).toBeUndefined();
    expect(feedbackValueText('poc-feedback', 'items.3.rating', 'partly-met', tx)).toBe(lang === 'sq' ? 'Përmbushet pjesërisht' : 'Partly met');
    expect(feedbackValueText('feedback-reply', 'resolved', 'true', tx)).toBe(lang === 'sq' ? 'Po' : 'Yes');
    expect(feedbackValueText('poc-feedback', 'items.3.comment', 'partly-met', tx)).toBeUndefined();
  });
});
