// The POC feedback framework's round trip through real workspaces and real
// signed bundles: the POC rates an LFP's commitment, the feedback bundle
// brings it to the LFP, the LFP replies and resolves, its next submission
// brings that back. Dates come from each party's clock, never the machine's.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { FeedbackService } from '../../../electron/services/feedback/service';
import { planQualityReport } from '../../../electron/services/quality/plan-report';
import { draftCommitment, forge, type Party, party, steppingClock } from '../bundles/workspace-fixtures';

let poc: Party, md: Party;
let pocClock: () => Date, mdClock: () => Date;
let today = '2024-05-01T08:00:00.000Z';
// Each party's services read the same movable "today".
const clockAt = () => {
  const step = steppingClock();
  return () => new Date(today.slice(0, 10) + step().toISOString().slice(10));
};

beforeEach(async () => {
  today = '2024-05-01T08:00:00.000Z';
  pocClock = clockAt();
  mdClock = clockAt();
  poc = await party('poc', 'POC', pocClock);
  md = await party('lfp', 'MD', mdClock);
});
afterEach(async () => {
  await poc.close();
  await md.close();
});

const code = async (p: Party) => (await p.bundles.showKey()).safetyCode;
const service = (p: Party, clock: () => Date) => new FeedbackService(p.ws, clock);
async function errorOf(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('the POC feedback framework', () => {
  it('travels POC → LFP → POC: a partly met item with its required action and due date, replied to and resolved', async () => {
    const c = await draftCommitment(md, 'anti-corruption', { sq: 'Angazhimi A', en: 'Commitment A' });
    await poc.bundles.import((await md.bundles.export()).bytes, await code(md));

    const target = { type: 'commitment' as const, id: c.commitmentId };
    const pocFb = service(poc, pocClock);
    const created = await pocFb.create(target);
    expect(created.canEdit).toBe(true);
    expect(created.feedback!.items.length).toBeGreaterThanOrEqual(7);
    const key = created.feedback!.items[2]!.id!;
    const items = Object.fromEntries(
      created.feedback!.items.map((it, i) => [
        it.id!,
        i === 2 ? { rating: 'partly-met' as const, comment: { sq: 'Mungojnë arsyet', en: 'Reasons missing' }, requiredAction: { sq: 'Shtoni arsyet' }, dueDate: '2024-05-10' } : { rating: 'met' as const },
      ]),
    );
    const updated = await pocFb.update(created.feedback!.id, { items, overall: { sq: 'Mirë në përgjithësi', en: 'Good overall' } });
    // One language at a time, as the editing layer sends it: the other stays.
    await pocFb.update(created.feedback!.id, { items: { [key]: { requiredAction: { en: 'Add the reasons' } } } });
    expect((await errorOf(pocFb.update(created.feedback!.id, { items: { 'item-99': { rating: 'met' } } }))).code).toBe('feedback-item-unknown');
    expect(updated.states[key]).toBe('open');

    // The LFP cannot write the POC's framework, and the POC cannot reply.
    expect((await errorOf(service(md, mdClock).update(created.feedback!.id, { items }))).code).toBe('feedback-poc-only');
    expect((await errorOf(pocFb.reply(created.feedback!.id, { items: { [key]: { resolved: true } } }))).code).toBe('feedback-lfp-only');

    // The LFP sees what the feedback bundle brings before applying it: the framework under its commitment, each item field on its own line.
    const feedbackBundle = (await poc.bundles.export()).bytes;
    const preview = await md.bundles.preview(feedbackBundle);
    const fbChange = preview.changes.added.find((c) => c.entity === 'poc-feedback');
    expect(fbChange).toMatchObject({ id: created.feedback!.id, commitmentId: c.commitmentId, label: { sq: 'Angazhimi A', en: 'Commitment A' } });
    await md.bundles.import(feedbackBundle, await code(poc));
    const mdFb = service(md, mdClock);
    const seen = await mdFb.get(target);
    expect(seen.canReply).toBe(true);
    expect(seen.feedback!.items[2]!.requiredAction.en).toBe('Add the reasons');
    expect((await errorOf(mdFb.create(target))).code).toBe('feedback-poc-only');
    expect((await errorOf(mdFb.reply(seen.feedback!.id, { items: { 'item-99': {} } }))).code).toBe('feedback-item-unknown');

    // Past the due date and not resolved: overdue at both sides, and the quality check says so at both.
    const overdue = async (p: Party) => (await planQualityReport(p.ws, { now: new Date(today) })).findings.filter((f) => f.checkId === 'feedback-overdue');
    expect(await overdue(md)).toEqual([]);
    today = '2024-05-11T08:00:00.000Z';
    expect((await mdFb.get(target)).states[key]).toBe('overdue');
    expect((await pocFb.list()).institutions[0]!.counts).toMatchObject({ overdue: 1, open: 0, resolved: 0 });
    for (const p of [md, poc]) {
      expect(await overdue(p)).toEqual([expect.objectContaining({ severity: 'warning', target: expect.objectContaining({ type: 'commitment', id: c.commitmentId }), params: { n: 3, due: '2024-05-10' } })]);
    }
    // A change of the framework shows field by field in the next feedback bundle's preview.
    await pocFb.update(created.feedback!.id, { items: { [key]: { dueDate: '2024-05-20' } } });
    const changed = (await md.bundles.preview((await poc.bundles.export()).bytes)).changes.changed.find((x) => x.entity === 'poc-feedback');
    expect(changed?.fields).toEqual([{ field: 'items.3.dueDate', lang: null, before: '2024-05-10', after: '2024-05-20' }]);
    await pocFb.update(created.feedback!.id, { items: { [key]: { dueDate: '2024-05-10' } } });

    const replied = await mdFb.reply(seen.feedback!.id, { items: { [key]: { reply: { sq: 'Arsyet u shtuan', en: 'Reasons added' }, resolved: true } } });
    expect(replied.states[key]).toBe('resolved');

    expect(await overdue(md)).toEqual([]);
    const submission = (await md.bundles.export()).bytes;
    // The POC sees the reply before applying it, under the commitment, named by the item it answers.
    const replyChange = (await poc.bundles.preview(submission)).changes.added.find((x) => x.entity === 'feedback-reply');
    expect(replyChange).toMatchObject({ commitmentId: c.commitmentId, label: { sq: expect.stringMatching(/^3\. Çdo koment/), en: expect.stringMatching(/^3\. Every comment/) } });
    await poc.bundles.import(submission);
    expect(await overdue(poc)).toEqual([]);
    const back = await pocFb.get(target);
    expect(back.states[key]).toBe('resolved');
    expect(back.replies.map((r) => [r.itemId, r.reply.en, r.resolved])).toEqual([[key, 'Reasons added', true]]);
    const overview = await pocFb.list();
    expect(overview.institutions.map((i) => [i.institution, i.counts.resolved, i.counts.overdue])).toEqual([['MD', 1, 0]]);
    expect(overview.institutions[0]!.entries[0]!.commitmentId).toBe(c.commitmentId);
  });

  it('refuses a feedback bundle whose feedback names a record of the LFP never sent, and saves nothing', async () => {
    await draftCommitment(md, 'anti-corruption', { sq: 'Angazhimi A', en: 'Commitment A' });
    await poc.bundles.import((await md.bundles.export()).bytes, await code(md));
    await md.bundles.import((await poc.bundles.export()).bytes, await code(poc));
    const before = await md.snapshot();

    const now = '2024-05-01T09:00:00.000Z';
    const stray = {
      id: randomUUID(), owner: 'POC', targetType: 'consultation-report' as const, targetId: randomUUID(), targetRev: 1, targetOwner: 'MD',
      items: [], overall: { sq: '', en: '' }, lfpReply: { sq: '', en: '' }, resolved: false, rev: 1, createdAt: now, updatedAt: now,
    };
    const bytes = await forge({ key: await poc.ownKey(), institution: 'POC', manifest: { bundleType: 'feedback', audience: '*', seq: 2 }, payload: { receipts: [], reviews: [], feedback: [stray], reference: null } });
    const err = await errorOf(md.bundles.import(bytes));
    expect(err.code).toBe('bundle-refused');
    expect(err.details?.params).toMatchObject({ reason: 'feedback-target-unknown', id: stray.targetId, count: 1 });
    expect(await md.snapshot()).toBe(before);
  });
});
