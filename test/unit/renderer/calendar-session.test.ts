// The calendar item's editing layer: fields go out through calendar.update,
// the phase by its code; a due date before the start is refused at the date
// box before anything is sent, kept as typed, and saved once the start moves
// so that it fits; undo brings the saved date back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CalendarSession, calendarRecord } from '../../../renderer/src/calendar/calendar-session';
import type { FieldRef } from '../../../renderer/src/lib/field-key';
import { SaveQueue } from '../../../renderer/src/services/autosave/save-queue';
import { calItem } from '../../fixtures/cocreation-records';
import { recordingApi } from './recording-api';

const NOW = '2021-01-01T00:00:00.000Z';
const ID = '33333333-3333-4333-8333-333333333333';

const stored = calItem('session', { id: ID, phase: { sq: 'Hartimi', en: 'Drafting' }, title: { sq: 'Afati', en: 'Deadline' }, start: '2020-10-10', due: '2020-10-20' });

function setup() {
  const { api, calls } = recordingApi(NOW);
  const saves = new SaveQueue(api, 10);
  const session = new CalendarSession(saves, calendarRecord(stored), () => 0);
  const sent = async () => {
    await vi.advanceTimersByTimeAsync(20);
    await saves.flushAll();
    return calls.filter((c) => c.method.endsWith('.update'));
  };
  return { saves, session, sent };
}

const ref = (field: string, lang: 'sq' | 'en' | null = null): FieldRef => ({ recordType: 'calendar-item', recordId: ID, field, lang });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('CalendarSession', () => {
  it('edits the phase by its code and sends every field through calendar.update', async () => {
    const { session, sent } = setup();
    expect(session.shownValue(ref('phase'))).toBe('drafting');
    session.edit(ref('phase'), 'validation');
    session.edit(ref('title', 'en'), 'Validation meeting');
    const updates = await sent();
    expect(updates.map((u) => u.method)).toEqual(['calendar.update', 'calendar.update']);
    expect(updates.map((u) => u.input.changes)).toEqual([{ phase: 'validation' }, { title: { en: 'Validation meeting' } }]);
  });

  it('refuses a due date before the start at the due box, keeps it as typed, sends nothing', async () => {
    const { session, saves, sent } = setup();
    session.edit(ref('due'), '2020-10-01');
    expect(session.shownValue(ref('due'))).toBe('2020-10-01');
    expect(saves.getStatus(ID).fieldErrors).toEqual({ due: 'due-before-start' });
    expect(saves.keptIn(ID).map((k) => [k.ref.field, k.value, k.code])).toEqual([['due', '2020-10-01', 'due-before-start']]);
    expect(await sent()).toEqual([]);
  });

  it('saves the kept due date once the start moves before it', async () => {
    const { session, saves, sent } = setup();
    session.edit(ref('due'), '2020-10-01');
    session.edit(ref('start'), '2020-09-25');
    expect(saves.getStatus(ID).fieldErrors).toEqual({});
    expect(saves.keptIn(ID)).toEqual([]);
    const updates = await sent();
    expect(updates.map((u) => u.input.changes)).toEqual([{ start: '2020-09-25' }, { due: '2020-10-01' }]);
  });

  it('refuses a start after the saved due date at the start box; undo brings the saved start back', async () => {
    const { session, saves, sent } = setup();
    session.edit(ref('start'), '2020-11-01');
    expect(saves.getStatus(ID).fieldErrors).toEqual({ start: 'due-before-start' });
    session.undo();
    expect(session.shownValue(ref('start'))).toBe('2020-10-10');
    expect(saves.getStatus(ID).fieldErrors).toEqual({});
    // Undo re-applies through the save path: the saved start goes out again, the refused one never did.
    expect((await sent()).map((u) => u.input.changes)).toEqual([{ start: '2020-10-10' }]);
  });

  it('lets either date be emptied', async () => {
    const { session, sent } = setup();
    session.edit(ref('start'), null);
    session.edit(ref('due'), '2020-01-01');
    expect((await sent()).map((u) => u.input.changes)).toEqual([{ start: null }, { due: '2020-01-01' }]);
  });
});
