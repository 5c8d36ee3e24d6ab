// The autosave queue: per-field debounce, one update per record, nested
// patches, refusals filed at their field, commitment + children as a group.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FieldRef } from '../../../renderer/src/lib/field-key';
import { SaveQueue } from '../../../renderer/src/services/autosave/save-queue';
import type { ApiClient } from '../../../shared/api/client';
import type { Result } from '../../../shared/api/result';

type Call = { method: string; input: { id: string; changes: Record<string, unknown> } };

function fakeApi(answer: (call: Call) => Result<unknown> = () => ({ ok: true, value: { id: 'x', rev: 2, updatedAt: '2021-01-01T00:00:00Z' } })) {
  const calls: Call[] = [];
  const api = new Proxy(
    {},
    {
      get: (_, method: string) => async (input: Call['input']) => {
        const call = { method, input };
        calls.push(call);
        return answer(call);
      },
    },
  ) as ApiClient;
  return { api, calls };
}

/** Everything sent for one record, merged in order (later values win). */
function merged(calls: Call[], id: string): Record<string, unknown> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const { input } of calls.filter((x) => x.input.id === id)) {
    for (const [k, v] of Object.entries(input.changes)) out[k] = typeof v === 'object' && v !== null ? { ...out[k], ...v } : (v as never);
  }
  return out;
}

const c = (field: string, lang: 'sq' | 'en' | null = null): FieldRef => ({ recordType: 'commitment', recordId: 'c1', field, lang });
const m = (field: string, lang: 'sq' | 'en' | null = null): FieldRef => ({ recordType: 'milestone', recordId: 'm1', field, lang });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('SaveQueue', () => {
  it('waits for typing to pause, then sends one patch per record with only what changed', async () => {
    const { api, calls } = fakeApi();
    const q = new SaveQueue(api, 300);
    q.edit(c('title', 'sq'), 'L');
    q.edit(c('title', 'sq'), 'Ligji');
    q.edit(c('title', 'en'), 'The law');
    q.edit(c('budget.amount'), 5);
    q.edit(c('budget.currency'), 'EUR');
    q.edit(m('activity', 'sq'), 'Hartimi', 'c1');
    expect(q.getGroupStatus('c1').phase).toBe('pending');
    await vi.advanceTimersByTimeAsync(250);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    await q.flushAll();
    // Fields whose timers fire together go out together; a request never carries a stale keystroke.
    expect(new Set(calls.map((x) => x.method))).toEqual(new Set(['commitment.update', 'milestone.update']));
    expect(merged(calls, 'c1')).toEqual({ title: { sq: 'Ligji', en: 'The law' }, budget: { amount: 5, currency: 'EUR' } });
    expect(merged(calls, 'm1')).toEqual({ activity: { sq: 'Hartimi' } });
    expect(calls.filter((x) => x.input.id === 'c1').length).toBeLessThanOrEqual(4);
    expect(q.getGroupStatus('c1').phase).toBe('saved');
    expect(q.hasUnsaved()).toBe(false);
  });

  it('files a refused value at its field and sends the rest of the batch again', async () => {
    const { api, calls } = fakeApi((call) =>
      'contact' in call.input.changes
        ? { ok: false, error: { code: 'invalid-input', details: { issues: [{ path: 'changes.contact.email', code: 'invalid_format', message: 'bad-email' }] } } }
        : { ok: true, value: { id: 'c1', rev: 3, updatedAt: '2021-01-01T00:00:00Z' } },
    );
    const q = new SaveQueue(api, 10);
    q.edit(c('contact.email'), 'x@@y');
    q.edit(c('contact.name'), 'Arta');
    await vi.advanceTimersByTimeAsync(20);
    await q.flushAll();
    expect(q.getStatus('c1').fieldErrors).toEqual({ 'contact.email': 'bad-email' });
    expect(calls.at(-1)?.input.changes).toEqual({ contact: { name: 'Arta' } });
    // Fixing the value clears the message at once.
    q.edit(c('contact.email'), 'x@y.al');
    expect(q.getStatus('c1').fieldErrors).toEqual({});
  });

  it('keeps an editor refusal until the field is edited again, even when an older value saves', async () => {
    const { api } = fakeApi();
    const q = new SaveQueue(api, 10);
    q.edit(c('contact.email'), 'ok@drejtesia.gov.al');
    q.reject(c('contact.email'), 'bad-email');
    await vi.advanceTimersByTimeAsync(20);
    await q.flushAll();
    expect(q.getStatus('c1').fieldErrors).toEqual({ 'contact.email': 'bad-email' });
    expect(q.getGroupStatus('c1').phase).toBe('error');
    q.edit(c('contact.email'), 'ok2@drejtesia.gov.al');
    expect(q.getStatus('c1').fieldErrors).toEqual({});
  });

  it('holds edits after a network failure and retries the whole group on request', async () => {
    let fail = true;
    const { api, calls } = fakeApi(() => (fail ? { ok: false, error: { code: 'internal' } } : { ok: true, value: {} }));
    const q = new SaveQueue(api, 10);
    q.edit(m('deliverable', 'en'), 'Report', 'c1');
    await vi.advanceTimersByTimeAsync(20);
    expect(calls).toHaveLength(1);
    const status = q.getGroupStatus('c1');
    expect(status.error?.code).toBe('internal');
    expect(status.retriable).toBe(true);
    expect(q.getGroupStatus('c1')).toBe(status);
    fail = false;
    q.retryGroup('c1');
    await q.flushAll();
    expect(calls).toHaveLength(2);
    expect(q.getGroupStatus('c1').error).toBeNull();
  });

  it('shows unsaved values to a reopened editor and forgets a deleted commitment with its children', async () => {
    const { api, calls } = fakeApi();
    const q = new SaveQueue(api, 300);
    q.edit(c('title', 'sq'), 'T');
    q.edit(m('activity', 'sq'), 'A', 'c1');
    expect(q.pendingValue(c('title', 'sq'))).toBe('T');
    expect(q.pendingEdits('m1')).toEqual([{ ref: m('activity', 'sq'), value: 'A' }]);
    q.discard('c1');
    await vi.advanceTimersByTimeAsync(400);
    expect(calls).toEqual([]);
    expect(q.hasUnsaved()).toBe(false);
  });

  it('tells listeners which top-level fields were saved', async () => {
    const { api } = fakeApi();
    const q = new SaveQueue(api, 10);
    const saved: [string, readonly string[]][] = [];
    q.onSaved((id, fields) => saved.push([id, fields]));
    q.edit(c('title', 'sq'), 'T');
    q.edit(c('budget.amount'), 1);
    await vi.advanceTimersByTimeAsync(20);
    await q.flushAll();
    expect(saved.map(([id]) => id)).toEqual(saved.map(() => 'c1'));
    expect(new Set(saved.flatMap(([, f]) => f))).toEqual(new Set(['title', 'budget']));
  });
});
