// The idea form's editing layer: the commitment editor's validation, save
// queue and undo history, for an idea (idea.update), and the remembered
// column mapping of the import.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdeaSession } from '../../../renderer/src/ideas/idea-session';
import { recalledMapping, rememberMapping } from '../../../renderer/src/ideas/import-mapping';
import type { FieldRef } from '../../../renderer/src/lib/field-key';
import { SaveQueue } from '../../../renderer/src/services/autosave/save-queue';
import { newIdea } from '../../../shared/model/new-idea';
import { recordingApi } from './recording-api';

const NOW = '2021-01-01T00:00:00.000Z';
const ID = '22222222-2222-4222-8222-222222222222';

function setup() {
  const { api, calls } = recordingApi(NOW);
  const saves = new SaveQueue(api, 10);
  const session = new IdeaSession(saves, newIdea({ id: ID, cycleId: '2020-2022', componentCode: 'access-to-justice', owner: 'MD', now: NOW }), () => 0);
  return { calls, saves, session, updates: () => calls.filter((c) => c.method.endsWith('.update')) };
}

const title: FieldRef = { recordType: 'idea', recordId: ID, field: 'title', lang: 'en' };
const received: FieldRef = { recordType: 'idea', recordId: ID, field: 'receivedAt', lang: null };
const org: FieldRef = { recordType: 'idea', recordId: ID, field: 'submitter.organisation', lang: null };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('IdeaSession', () => {
  it('saves each field through idea.update, a nested field as a patch of its own', async () => {
    const { session, saves, updates } = setup();
    session.edit(title, 'Legal aid');
    session.edit(org, 'Qendra Ëndrra');
    expect(session.shownValue(org)).toBe('Qendra Ëndrra');
    await vi.advanceTimersByTimeAsync(20);
    await saves.flushAll();
    expect(updates().map((u) => u.method)).toEqual(['idea.update', 'idea.update']);
    expect(updates().map((u) => u.input.changes)).toEqual([{ title: { en: 'Legal aid' } }, { submitter: { organisation: 'Qendra Ëndrra' } }]);
  });

  it('shows a refused value with the contract’s message, keeps it, and never sends it; undo brings the saved one back', async () => {
    const { session, saves, updates } = setup();
    session.edit(received, '2021-02-30');
    expect(session.shownValue(received)).toBe('2021-02-30');
    expect(saves.getStatus(ID).fieldErrors.receivedAt).toBeDefined();
    expect(saves.keptIn(ID).map((k) => k.value)).toEqual(['2021-02-30']);
    session.undo();
    expect(session.shownValue(received)).toBe('2021-01-01');
    await vi.advanceTimersByTimeAsync(20);
    await saves.flushAll();
    // Only the saved date goes out again (undo re-applies through the save path); the impossible one never does.
    expect(updates().map((u) => u.input.changes)).toEqual([{ receivedAt: '2021-01-01' }]);
    expect(saves.keptIn(ID)).toEqual([]);
  });

  it('reopens with what was typed and not yet saved', () => {
    const { session, saves } = setup();
    session.edit(title, 'Typed');
    const again = new IdeaSession(saves, newIdea({ id: ID, cycleId: '2020-2022', componentCode: 'access-to-justice', owner: 'MD', now: NOW }));
    expect(again.shownValue(title)).toBe('Typed');
  });
});

describe('the remembered import mapping', () => {
  it('maps the same headers again wherever they moved, and nothing when none is in the file', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    const mapping = Object.fromEntries(['receivedAt', 'title.sq'].map((c, i) => [c, i])) as Parameters<typeof rememberMapping>[1];
    rememberMapping(storage, { ...mapping }, ['Kur', 'Çfarë']);
    expect(recalledMapping(storage, ['Tjetër', 'Çfarë', 'Kur'])).toMatchObject({ receivedAt: 2, 'title.sq': 1, 'problem.sq': null });
    expect(recalledMapping(storage, ['A', 'B'])).toBeNull();
    store.set('plani.ideas.import-mapping', '{"receivedAt": 5}');
    expect(recalledMapping(storage, ['Kur'])).toBeNull();
  });
});
