// The session's undo history: one entry per field edit, typing coalesced,
// undo/redo as a stack, structural deletions forgotten.
import { describe, expect, it } from 'vitest';
import { COALESCE_MS, EMPTY_HISTORY, MAX_ENTRIES, forgetRecord, recordEdit, redo, seal, undo, type HistoryEntry } from '../../../renderer/src/editor/history';
import type { FieldRef } from '../../../renderer/src/lib/field-key';

const title: FieldRef = { recordType: 'commitment', recordId: 'c1', field: 'title', lang: 'sq' };
const titleEn: FieldRef = { ...title, lang: 'en' };
const activity: FieldRef = { recordType: 'milestone', recordId: 'm1', field: 'activity', lang: 'sq' };
const entry = (ref: FieldRef, before: unknown, after: unknown, at: number): HistoryEntry => ({ ref, before, after, at });

describe('undo history', () => {
  it('records edits and undoes them last first, then redoes them', () => {
    let h = recordEdit(EMPTY_HISTORY, entry(title, '', 'Ligji', 0));
    h = recordEdit(h, entry(titleEn, '', 'The law', 5000));
    const [h1, e1] = undo(h);
    expect(e1).toMatchObject({ ref: titleEn, before: '', after: 'The law' });
    const [h2, e2] = undo(h1);
    expect(e2).toMatchObject({ ref: title, before: '' });
    expect(undo(h2)[1]).toBeNull();
    const [h3, r1] = redo(h2);
    expect(r1?.ref).toEqual(title);
    expect(redo(h3)[1]?.ref).toEqual(titleEn);
  });

  it('merges a burst of typing in one field into one step', () => {
    let h = EMPTY_HISTORY;
    for (const [i, v] of ['L', 'Li', 'Lig', 'Ligj'].entries()) h = recordEdit(h, entry(title, v.slice(0, -1), v, i * 200), { coalesce: true });
    expect(h.past).toHaveLength(1);
    expect(h.past[0]).toMatchObject({ before: '', after: 'Ligj', at: 600 });
  });

  it('starts a new step after a pause, in another field, or once sealed', () => {
    let h = recordEdit(EMPTY_HISTORY, entry(title, '', 'a', 0), { coalesce: true });
    h = recordEdit(h, entry(title, 'a', 'ab', COALESCE_MS + 1), { coalesce: true });
    expect(h.past).toHaveLength(2);
    h = recordEdit(h, entry(titleEn, '', 'x', COALESCE_MS + 2), { coalesce: true });
    expect(h.past).toHaveLength(3);
    h = recordEdit(seal(h), entry(titleEn, 'x', 'xy', COALESCE_MS + 3), { coalesce: true });
    expect(h.past).toHaveLength(4);
  });

  it('never merges choices (no coalesce) and drops edits that change nothing', () => {
    let h = recordEdit(EMPTY_HISTORY, entry(title, 'a', 'b', 0));
    h = recordEdit(h, entry(title, 'b', 'c', 10));
    expect(h.past).toHaveLength(2);
    expect(recordEdit(h, entry(title, 'c', 'c', 20))).toBe(h);
    expect(recordEdit(h, entry({ ...title, field: 'targets', lang: null }, [{ year: 2021, value: 1 }], [{ year: 2021, value: 1 }], 30))).toBe(h);
  });

  it('forgets a burst that ends where it started', () => {
    let h = recordEdit(EMPTY_HISTORY, entry(title, '', 'a', 0), { coalesce: true });
    h = recordEdit(h, entry(title, 'a', '', 100), { coalesce: true });
    expect(h.past).toHaveLength(0);
  });

  it('a new edit clears what could be redone, and undo seals', () => {
    let h = recordEdit(EMPTY_HISTORY, entry(title, '', 'a', 0), { coalesce: true });
    [h] = undo(h);
    expect(h.future).toHaveLength(1);
    expect(h.sealed).toBe(true);
    // Typing again right after undo is a new step, not a continuation of the undone one.
    h = recordEdit(h, entry(title, '', 'b', 50), { coalesce: true });
    expect(h.future).toHaveLength(0);
    expect(h.past).toEqual([entry(title, '', 'b', 50)]);
  });

  it('drops every step of a deleted record', () => {
    let h = recordEdit(EMPTY_HISTORY, entry(title, '', 'a', 0));
    h = recordEdit(h, entry(activity, '', 'x', 10));
    h = recordEdit(h, entry(activity, 'x', 'y', 20));
    [h] = undo(h);
    h = forgetRecord(h, 'm1');
    expect(h.past.map((e) => e.ref.recordId)).toEqual(['c1']);
    expect(h.future).toEqual([]);
    expect(forgetRecord(h, 'unknown')).toBe(h);
  });

  it(`keeps at most ${MAX_ENTRIES} steps`, () => {
    let h = EMPTY_HISTORY;
    for (let i = 0; i < MAX_ENTRIES + 10; i++) h = recordEdit(h, entry(title, String(i), String(i + 1), i * 10_000));
    expect(h.past).toHaveLength(MAX_ENTRIES);
    expect(h.past[0]?.before).toBe('10');
  });
});
