// A bundle's changes arranged for reading: grouped by commitment, the
// commitment first, fields grouped with sq before en.
import { describe, expect, it } from 'vitest';
import type { BundleChanges } from '../../../shared/model/bundle';
import {
  changeCounts,
  clipText,
  commitmentTitles,
  groupChanges,
  orderFieldChanges,
  totalChanges,
  type RecordChange,
} from '../../../renderer/src/sync/changes';

const C1 = '11111111-1111-4111-8111-111111111111';
const C2 = '22222222-2222-4222-8222-222222222222';
const M1 = '33333333-3333-4333-8333-333333333333';
const I1 = '44444444-4444-4444-8444-444444444444';
const IDEA = '55555555-5555-4555-8555-555555555555';

const rec = (entity: RecordChange['entity'], id: string, commitmentId: string | null, title = id.slice(0, 4), fields: RecordChange['fields'] = []): RecordChange => ({
  entity,
  id,
  commitmentId,
  label: { sq: title, en: '' },
  fields,
});

describe('changeCounts', () => {
  it('counts each kind', () => {
    const changes: BundleChanges = { added: [rec('commitment', C1, C1)], changed: [], deleted: [rec('milestone', M1, C1)], missing: [rec('idea', IDEA, null)] };
    const counts = changeCounts(changes);
    expect(counts).toEqual({ added: 1, changed: 0, deleted: 1, missing: 1 });
    expect(totalChanges(counts)).toBe(3);
  });
});

describe('groupChanges', () => {
  it('groups under the commitment, the commitment first, then milestones, indicators and the rest', () => {
    const groups = groupChanges([rec('indicator', I1, C1), rec('milestone', M1, C1), rec('commitment', C1, C1, 'Angazhimi 1'), rec('commitment', C2, C2, 'Angazhimi 2')]);
    expect(groups.map((g) => g.commitmentId)).toEqual([C1, C2]);
    expect(groups[0]!.records.map((r) => r.entity)).toEqual(['commitment', 'milestone', 'indicator']);
    expect(groups[0]!.label?.sq).toBe('Angazhimi 1');
  });

  it('puts records of no commitment last, in one group', () => {
    const groups = groupChanges([rec('idea', IDEA, null), rec('milestone', M1, C1)]);
    expect(groups.map((g) => g.key)).toEqual([C1, '']);
    expect(groups[1]!.commitmentId).toBeNull();
  });

  it('asks for the title of a commitment not itself among the records', () => {
    const groups = groupChanges([rec('milestone', M1, C2)], (id) => (id === C2 ? { sq: 'Nga plani', en: 'From the plan' } : null));
    expect(groups[0]!.label).toEqual({ sq: 'Nga plani', en: 'From the plan' });
    expect(groupChanges([rec('milestone', M1, C2)])[0]!.label).toBeNull();
  });

  it('treats a commitment without commitmentId as its own group', () => {
    const groups = groupChanges([rec('commitment', C1, null, 'Vetë')]);
    expect(groups[0]!.commitmentId).toBe(C1);
    expect(groups[0]!.label?.sq).toBe('Vetë');
  });

  it('finds commitment titles across every kind', () => {
    const titles = commitmentTitles({ added: [], changed: [rec('commitment', C1, C1, 'A')], deleted: [rec('commitment', C2, C2, 'B')], missing: [] });
    expect(titles.get(C1)?.sq).toBe('A');
    expect(titles.get(C2)?.sq).toBe('B');
  });
});

describe('orderFieldChanges', () => {
  it('keeps the fields in their first order, each field sq then en, language-less first', () => {
    const ordered = orderFieldChanges([
      { field: 'problem', lang: 'en', before: 'a', after: 'b' },
      { field: 'title', lang: 'en', before: 'a', after: 'b' },
      { field: 'problem', lang: 'sq', before: 'a', after: 'b' },
      { field: 'budget.amount', lang: null, before: '1', after: '2' },
      { field: 'title', lang: 'sq', before: 'a', after: 'b' },
    ]);
    expect(ordered.map((f) => `${f.field}:${f.lang ?? '-'}`)).toEqual(['problem:sq', 'problem:en', 'title:sq', 'title:en', 'budget.amount:-']);
  });
});

describe('clipText', () => {
  it('leaves short text alone and cuts long text at a word', () => {
    expect(clipText('e shkurtër', 20)).toEqual({ text: 'e shkurtër', clipped: false });
    const long = 'fjalë '.repeat(100);
    const clipped = clipText(long, 50);
    expect(clipped.clipped).toBe(true);
    expect(clipped.text.endsWith('fjalë…')).toBe(true);
    expect(clipped.text.length).toBeLessThanOrEqual(51);
  });
});
