// Comments received at consultation events against a real workspace: logged,
// edited, decided with a reason in both languages, listed with filters and
// counts, found from the commitment they concern (its milestones and
// indicators too); a comment pointing at a record that does not exist or at
// another institution's is refused; the response table report assembly reads.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { responseTable } from '../../../shared/cocreation/consultation';
import { newEvent } from '../../../electron/services/cocreation/events';
import { upsertRecords } from '../../../electron/services/store/records';
import { CONSULTATION_EVENT } from '../../../electron/services/store/tables';
import { type TempWorkspace, tempWorkspace, ticking } from '../../helpers/temp-workspace';

let ws: TempWorkspace;
afterEach(async () => {
  await ws?.cleanup();
});

const refusal = async (p: Promise<{ ok: boolean; error?: { code: string; details?: { params?: Record<string, unknown> } } }>) => {
  const r = await p;
  expect(r.ok).toBe(false);
  return r.error!;
};

async function setup() {
  ws = await tempWorkspace({ role: 'lfp', institution: 'MD' }, ticking());
  const ev = await ws.ok('event.create', { componentCode: 'access-to-justice', fields: { title: { sq: 'Konsultim tematik' } } });
  const commitment = await ws.ok('commitment.create', { componentCode: 'access-to-justice' });
  const milestone = await ws.ok('milestone.create', { commitmentId: commitment.id });
  return { ev, commitment, milestone };
}

describe('comments', () => {
  it('logs a comment at an event, decides it with a reason, takes the decision back', async () => {
    const { ev, commitment } = await setup();
    const c = await ws.ok('comment.create', {
      eventId: ev.id,
      fields: { author: 'Drita Çela', organisation: 'Shoqata e Gazetarëve', theme: 'transparenca', text: { sq: 'Të publikohen vendimet.' }, target: commitment.id },
    });
    expect(c).toMatchObject({ owner: 'MD', eventId: ev.id, target: commitment.id, decision: null, authorConsent: false, rev: 1 });
    await ws.ok('comment.update', { id: c.id, changes: { text: { en: 'Publish the decisions.' }, authorConsent: true } });
    const decided = await ws.ok('comment.decide', { id: c.id, decision: 'partly-accepted', reason: { sq: 'Pjesërisht: vetëm vendimet përfundimtare.', en: 'Partly: final decisions only.' } });
    expect(decided).toMatchObject({ decision: 'partly-accepted', decidedAt: '2026-11-26', text: { sq: 'Të publikohen vendimet.', en: 'Publish the decisions.' }, authorConsent: true });
    const back = await ws.ok('comment.decide', { id: c.id, decision: null });
    expect(back).toMatchObject({ decision: null, decidedAt: null, reason: { sq: 'Pjesërisht: vetëm vendimet përfundimtare.', en: 'Partly: final decisions only.' } });
  });

  it('filters by event, decision and undecided, with counts, and finds a commitment’s comments through its milestones', async () => {
    const { ev, commitment, milestone } = await setup();
    const other = await ws.ok('event.create', { componentCode: 'access-to-justice' });
    const a = await ws.ok('comment.create', { eventId: ev.id, fields: { target: commitment.id } });
    const b = await ws.ok('comment.create', { eventId: ev.id, fields: { target: milestone.id } });
    const c = await ws.ok('comment.create', { eventId: other.id });
    await ws.ok('comment.decide', { id: a.id, decision: 'accepted', reason: { sq: 'Po', en: 'Yes' } });
    const all = await ws.ok('comment.list', {});
    expect(all.counts).toEqual({ accepted: 1, 'partly-accepted': 0, 'not-accepted': 0, undecided: 2 });
    expect((await ws.ok('comment.list', { filter: { eventId: ev.id } })).comments.map((x) => x.id)).toEqual([a.id, b.id]);
    expect((await ws.ok('comment.list', { filter: { decision: 'undecided' } })).comments.map((x) => x.id)).toEqual([b.id, c.id]);
    expect((await ws.ok('comment.list', { filter: { decision: 'accepted' } })).comments.map((x) => x.id)).toEqual([a.id]);
    expect((await ws.ok('comment.list', { filter: { target: commitment.id } })).comments.map((x) => x.id)).toEqual([a.id, b.id]);
    const targets = (await ws.ok('comment.targets', {})).targets;
    expect(targets.map((t) => [t.kind, t.commitmentId])).toEqual([
      ['commitment', commitment.id],
      ['milestone', commitment.id],
    ]);
  });

  it('refuses a target that does not exist and another institution’s event, changing nothing', async () => {
    const { ev } = await setup();
    const missing = randomUUID();
    const unknown = await refusal(ws.plani.call('comment.create', { eventId: ev.id, fields: { target: missing } }));
    expect(unknown).toMatchObject({ code: 'unknown-target', details: { params: { id: missing } } });
    const c = await ws.ok('comment.create', { eventId: ev.id });
    expect((await refusal(ws.plani.call('comment.update', { id: c.id, changes: { target: ev.id } }))).code).toBe('unknown-target');
    const store = (await ws.plani.context.workspace()).store;
    const foreign = newEvent({ id: randomUUID(), cycleId: '2020-2022', componentCode: 'fiscal-transparency', owner: 'MOFE', now: '2026-11-01T09:00:00.000Z' });
    await upsertRecords(store.db, CONSULTATION_EVENT, [foreign]);
    expect((await refusal(ws.plani.call('comment.create', { eventId: foreign.id }))).code).toBe('foreign-reference');
    expect((await refusal(ws.plani.call('comment.update', { id: c.id, changes: { eventId: foreign.id } }))).code).toBe('foreign-reference');
    expect((await ws.ok('comment.list', {})).comments.map((x) => [x.id, x.rev, x.target, x.eventId])).toEqual([[c.id, 1, null, ev.id]]);
  });

  it('builds the response table from the decided comments, naming authors only with consent', async () => {
    const { ev } = await setup();
    const named = await ws.ok('comment.create', { eventId: ev.id, fields: { author: 'Drita Çela', authorConsent: true, organisation: 'Shoqata', text: { sq: 'A' } } });
    const anon = await ws.ok('comment.create', { eventId: ev.id, fields: { author: 'Gëzim Ëmeri', organisation: 'Bashkia', text: { sq: 'B' } } });
    await ws.ok('comment.create', { eventId: ev.id, fields: { text: { sq: 'C' } } });
    await ws.ok('comment.decide', { id: anon.id, decision: 'not-accepted', reason: { sq: 'Jashtë fushës', en: 'Out of scope' } });
    await ws.ok('comment.decide', { id: named.id, decision: 'accepted', reason: { sq: 'U përfshi', en: 'Included' } });
    const rows = responseTable((await ws.ok('comment.list', {})).comments);
    expect(rows.map((r) => [r.commentId, r.decision, r.author, r.organisation])).toEqual([
      [named.id, 'accepted', 'Drita Çela', 'Shoqata'],
      [anon.id, 'not-accepted', '', 'Bashkia'],
    ]);
  });

  it('is read-only at the POC', async () => {
    ws = await tempWorkspace({ role: 'poc', institution: 'POC' });
    expect((await refusal(ws.plani.call('event.create', { componentCode: 'access-to-justice' }))).code).toBe('not-lead');
  });
});
