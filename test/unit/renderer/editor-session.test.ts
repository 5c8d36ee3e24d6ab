// The open commitment: edits validated and saved, undo/redo through the same
// path, structural actions through the API and out of the history.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EditorSession, withPendingEdits } from '../../../renderer/src/editor/session';
import type { FieldRef } from '../../../renderer/src/lib/field-key';
import { SaveQueue } from '../../../renderer/src/services/autosave/save-queue';
import type { ApiClient } from '../../../shared/api/client';
import type { Result } from '../../../shared/api/result';
import { newCommitment } from '../../../shared/model/new-commitment';
import type { Commitment, Indicator, Milestone } from '../../../shared/model/plan';

const NOW = '2021-01-01T00:00:00.000Z';
const text = (sq = '', en = '') => ({ sq, en });
const milestone = (id: string, seq: number): Milestone => ({
  id,
  seq,
  activity: text(`Hapi ${seq}`),
  deliverable: text(),
  startDate: null,
  endDate: null,
  responsibleInstitution: null,
  stakeholders: text(),
  cost: null,
  status: 'not-started',
  progressPct: 0,
  rev: 1,
  createdAt: NOW,
  updatedAt: NOW,
});
const indicator = (id: string, seq: number, milestoneId: string | null = null): Indicator => ({
  id,
  seq,
  milestoneId,
  name: text(),
  type: 'output',
  definition: text(),
  unit: text(),
  baseline: { value: null, year: null },
  targets: [],
  dataSource: text(),
  frequency: null,
  responsibleInstitution: null,
  method: text(),
  disaggregation: text(),
  assumptions: text(),
  rev: 1,
  createdAt: NOW,
  updatedAt: NOW,
});

const C_ID = '11111111-1111-4111-8111-111111111111';
function commitment(): Commitment {
  const { rev, createdAt, updatedAt, ...blank } = newCommitment({ id: C_ID, cycleId: '2020-2022', componentCode: 'anti-corruption', owner: 'MD', now: NOW });
  return {
    ...blank,
    milestones: [milestone('m1', 1), milestone('m2', 2), milestone('m3', 3)],
    indicators: [indicator('i1', 1, 'm2')],
    rev,
    createdAt,
    updatedAt,
  };
}

type Call = { method: string; input: Record<string, unknown> };
function setup(answers: Record<string, (input: Record<string, unknown>) => Result<unknown>> = {}) {
  const calls: Call[] = [];
  const api = new Proxy(
    {},
    {
      get: (_, method: string) => async (input: Record<string, unknown>) => {
        calls.push({ method, input });
        return answers[method]?.(input) ?? { ok: true, value: { id: input.id, rev: 2, updatedAt: NOW } };
      },
    },
  ) as ApiClient;
  const saves = new SaveQueue(api, 10);
  let clock = 0;
  const session = new EditorSession(api, saves, commitment(), () => (clock += 5000));
  const updates = () => calls.filter((x) => x.method.endsWith('.update'));
  return { api, calls, saves, session, updates };
}

const title: FieldRef = { recordType: 'commitment', recordId: C_ID, field: 'title', lang: 'sq' };
const email: FieldRef = { recordType: 'commitment', recordId: C_ID, field: 'contact.email', lang: null };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('EditorSession', () => {
  it('shows, records and saves an edit', async () => {
    const { session, saves, updates } = setup();
    const seen = vi.fn();
    session.subscribe(seen);
    session.edit(title, 'Drejtësi e hapur');
    expect(session.getSnapshot().commitment.title.sq).toBe('Drejtësi e hapur');
    expect(session.getSnapshot().history.past).toHaveLength(1);
    expect(seen).toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(20);
    await saves.flushAll();
    expect(updates()).toEqual([{ method: 'commitment.update', input: { id: C_ID, changes: { title: { sq: 'Drejtësi e hapur' } } } }]);
  });

  it('shows an invalid value with its message and never sends it', async () => {
    const { session, saves, updates } = setup();
    session.edit(email, 'arta@@drejtesia');
    expect(session.getSnapshot().commitment.contact.email).toBe('arta@@drejtesia');
    expect(saves.getStatus(C_ID).fieldErrors).toEqual({ 'contact.email': 'bad-email' });
    await vi.advanceTimersByTimeAsync(20);
    await saves.flushAll();
    expect(updates()).toEqual([]);
  });

  it('undoes and redoes through the same save path', async () => {
    const { session, saves, updates } = setup();
    session.edit(title, 'A');
    session.edit(email, 'a@b.al');
    expect(session.undo()?.ref).toEqual(email);
    expect(session.getSnapshot().commitment.contact.email).toBe('');
    expect(session.undo()?.ref).toEqual(title);
    expect(session.undo()).toBeNull();
    expect(session.redo()?.ref).toEqual(title);
    await vi.advanceTimersByTimeAsync(20);
    await saves.flushAll();
    const sent = Object.assign({}, ...updates().map((u) => u.input.changes));
    expect(sent).toEqual({ title: { sq: 'A' }, contact: { email: '' } });
    expect(session.getSnapshot().history.future).toHaveLength(1);
  });

  it('undo of a refused value restores the last good one and clears the message', () => {
    const { session, saves } = setup();
    session.edit(email, 'ok@drejtesia.gov.al');
    session.seal();
    session.edit(email, 'bad@@');
    expect(saves.getStatus(C_ID).fieldErrors['contact.email']).toBe('bad-email');
    session.undo();
    expect(session.getSnapshot().commitment.contact.email).toBe('ok@drejtesia.gov.al');
    expect(saves.getStatus(C_ID).fieldErrors).toEqual({});
  });

  it('withdraws an editor refusal when the box is back to a valid value that changes nothing', () => {
    const { session, saves } = setup();
    const amount: FieldRef = { recordType: 'commitment', recordId: C_ID, field: 'budget.amount', lang: null };
    session.refuse(amount, 'ui-not-a-number', '12abc');
    expect(saves.getStatus(C_ID).fieldErrors).toEqual({ 'budget.amount': 'ui-not-a-number' });
    expect(saves.keptValue(amount)?.text).toBe('12abc');
    session.edit(amount, null);
    expect(saves.getStatus(C_ID).fieldErrors).toEqual({});
    expect(saves.keptValue(amount)).toBeUndefined();
    expect(session.getSnapshot().history.past).toHaveLength(0);
  });

  it('moves a milestone at once and sends the new order', async () => {
    const { session, calls } = setup();
    const done = session.move('milestones', 'm1', 1);
    expect(session.getSnapshot().commitment.milestones.map((x) => [x.id, x.seq])).toEqual([
      ['m2', 1],
      ['m1', 2],
      ['m3', 3],
    ]);
    expect(await done).toEqual({ ok: true });
    expect(calls.at(-1)).toEqual({ method: 'milestone.reorder', input: { commitmentId: C_ID, order: ['m2', 'm1', 'm3'] } });
    expect(session.move('milestones', 'm2', -1)).toBeNull();
    // Not in the history.
    expect(session.getSnapshot().history.past).toHaveLength(0);
  });

  it('reads the order back when the service refuses a move', async () => {
    const { session } = setup({
      'milestone.reorder': () => ({ ok: false, error: { code: 'internal' } }),
      'commitment.get': () => ({ ok: true, value: commitment() }),
    });
    const r = await session.move('milestones', 'm3', -1);
    expect(r).toMatchObject({ ok: false });
    expect(session.getSnapshot().commitment.milestones.map((x) => x.id)).toEqual(['m1', 'm2', 'm3']);
  });

  it('removes a milestone: its indicators move to commitment level and its history goes', async () => {
    const { session } = setup({ 'milestone.delete': (input) => ({ ok: true, value: { id: input.id } }) });
    const activity: FieldRef = { recordType: 'milestone', recordId: 'm2', field: 'activity', lang: 'en' };
    session.edit(activity, 'Step two');
    expect(session.getSnapshot().history.past).toHaveLength(1);
    expect(await session.remove('milestones', 'm2')).toEqual({ ok: true });
    const c = session.getSnapshot().commitment;
    expect(c.milestones.map((x) => [x.id, x.seq])).toEqual([
      ['m1', 1],
      ['m3', 2],
    ]);
    expect(c.indicators[0]?.milestoneId).toBeNull();
    expect(session.getSnapshot().history.past).toHaveLength(0);
  });

  it('adds what the service created', async () => {
    const { session } = setup({ 'indicator.create': () => ({ ok: true, value: indicator('i2', 2) }) });
    const r = await session.addIndicator(null);
    expect(r.ok).toBe(true);
    expect(session.getSnapshot().commitment.indicators.map((x) => x.id)).toEqual(['i1', 'i2']);
  });

  it('opens with the values still waiting to be saved', () => {
    const { saves } = setup();
    saves.edit({ recordType: 'milestone', recordId: 'm3', field: 'activity', lang: 'sq' }, 'Ende pa u ruajtur', C_ID);
    expect(withPendingEdits(commitment(), saves).milestones[2]?.activity.sq).toBe('Ende pa u ruajtur');
  });
});
