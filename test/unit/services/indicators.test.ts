import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { dbPath } from '../../../electron/services/workspace/paths';
import { type TempWorkspace, tempWorkspace, ticking } from '../../helpers/temp-workspace';

let ws: TempWorkspace;
afterEach(async () => {
  await ws?.cleanup();
});

async function setup() {
  ws = await tempWorkspace({ role: 'lfp', institution: 'MOFE' }, ticking());
  return ws.ok('commitment.create', { componentCode: 'fiscal-transparency', title: { sq: 'Buxheti i hapur' } });
}

describe('indicators', () => {
  it('creates Annex IX indicators with the defaults, at commitment or milestone level', async () => {
    const c = await setup();
    const i1 = await ws.ok('indicator.create', { commitmentId: c.id });
    expect(i1).toMatchObject({
      seq: 1,
      milestoneId: null,
      name: { sq: '', en: '' },
      type: 'output',
      baseline: { value: null, year: null },
      targets: [],
      frequency: null,
      responsibleInstitution: 'MOFE',
      rev: 1,
    });
    const m = await ws.ok('milestone.create', { commitmentId: c.id });
    const i2 = await ws.ok('indicator.create', { commitmentId: c.id, milestoneId: m.id });
    expect(i2).toMatchObject({ seq: 2, milestoneId: m.id });
    expect((await ws.ok('commitment.get', { id: c.id })).indicators).toEqual([i1, i2]);
  });

  it("refuses a milestone of another commitment, on create and on update", async () => {
    const c = await setup();
    const other = await ws.ok('commitment.create', { componentCode: 'fiscal-transparency' });
    const foreign = await ws.ok('milestone.create', { commitmentId: other.id });
    const onCreate = await ws.plani.call('indicator.create', { commitmentId: c.id, milestoneId: foreign.id });
    expect(onCreate.ok === false && onCreate.error).toMatchObject({
      code: 'invalid-input',
      details: { issues: [{ path: 'milestoneId', code: 'milestone-not-in-commitment' }] },
    });
    const i = await ws.ok('indicator.create', { commitmentId: c.id });
    const onUpdate = await ws.plani.call('indicator.update', { id: i.id, changes: { milestoneId: foreign.id, name: { sq: 'x' } } });
    expect(onUpdate.ok === false && onUpdate.error).toMatchObject({
      code: 'invalid-input',
      details: { issues: [{ path: 'changes.milestoneId', code: 'milestone-not-in-commitment' }] },
    });
    const got = await ws.ok('commitment.get', { id: c.id });
    expect(got.indicators).toHaveLength(1);
    expect(got.indicators[0]).toMatchObject({ milestoneId: null, name: { sq: '' }, rev: 1 });
  });

  it('saves nested and list fields: baseline piece by piece, targets as a whole, milestone links', async () => {
    const c = await setup();
    const m = await ws.ok('milestone.create', { commitmentId: c.id });
    const i = await ws.ok('indicator.create', { commitmentId: c.id });
    await ws.ok('indicator.update', { id: i.id, changes: { name: { sq: 'Numri i buxheteve të publikuara' }, baseline: { value: 12 } } });
    await ws.ok('indicator.update', { id: i.id, changes: { baseline: { year: 2019 }, targets: [{ year: 2021, value: 20 }, { year: 2022, value: 'ligji i miratuar' }] } });
    await ws.ok('indicator.update', { id: i.id, changes: { milestoneId: m.id, type: 'outcome', frequency: 'annual', unit: { en: 'budgets' } } });
    let got = (await ws.ok('commitment.get', { id: c.id })).indicators[0]!;
    expect(got).toMatchObject({
      name: { sq: 'Numri i buxheteve të publikuara', en: '' },
      baseline: { value: 12, year: 2019 },
      targets: [
        { year: 2021, value: 20 },
        { year: 2022, value: 'ligji i miratuar' },
      ],
      milestoneId: m.id,
      type: 'outcome',
      frequency: 'annual',
      unit: { sq: '', en: 'budgets' },
      rev: 4,
    });
    await ws.ok('indicator.update', { id: i.id, changes: { milestoneId: null, baseline: { value: 'asnjë' }, targets: [] } });
    got = (await ws.ok('commitment.get', { id: c.id })).indicators[0]!;
    expect(got).toMatchObject({ milestoneId: null, baseline: { value: 'asnjë', year: 2019 }, targets: [], rev: 5 });
    await ws.ok('indicator.update', { id: i.id, changes: { baseline: { value: null } } });
    expect((await ws.ok('commitment.get', { id: c.id })).indicators[0]!.baseline).toEqual({ value: null, year: 2019 });
  });

  it('refuses bad values at the boundary', async () => {
    const c = await setup();
    const i = await ws.ok('indicator.create', { commitmentId: c.id });
    for (const changes of [
      { type: 'impact' },
      { frequency: 'weekly' },
      { targets: [{ year: 1800, value: 1 }] },
      { baseline: { year: 2021.5 } },
      { baseline: { value: { nested: true } } },
      { milestoneId: 'not-a-uuid' },
      { name: { sq: 'x'.repeat(501) } },
      { responsibleInstitution: 'lower' },
    ]) {
      const res = await ws.plani.call('indicator.update', { id: i.id, changes });
      expect(res.ok === false && res.error.code, JSON.stringify(changes)).toBe('invalid-input');
    }
    expect((await ws.ok('commitment.get', { id: c.id })).indicators[0]!.rev).toBe(1);
  });

  it("refuses writes to another institution's indicators", async () => {
    const c = await setup();
    const i = await ws.ok('indicator.create', { commitmentId: c.id });
    const m = await ws.ok('milestone.create', { commitmentId: c.id });
    const db = new Database(dbPath(ws.dir));
    db.prepare("UPDATE commitment SET owner = 'MD' WHERE id = ?").run(c.id);
    db.close();
    const refused = { ok: false, error: { code: 'not-owner', details: { params: { owner: 'MD' } } } };
    expect(await ws.plani.call('indicator.update', { id: i.id, changes: { name: { sq: 'x' } } })).toEqual(refused);
    // Ownership is reported before the milestone rule.
    expect(await ws.plani.call('indicator.update', { id: i.id, changes: { milestoneId: m.id } })).toEqual(refused);
    expect(await ws.plani.call('indicator.create', { commitmentId: c.id })).toEqual(refused);
    expect(await ws.plani.call('indicator.delete', { id: i.id })).toEqual(refused);
    expect(await ws.plani.call('indicator.reorder', { commitmentId: c.id, order: [i.id] })).toEqual(refused);
    const ghost = '00000000-0000-4000-8000-000000000000';
    const missing = await ws.plani.call('indicator.update', { id: ghost, changes: { milestoneId: m.id } });
    expect(missing.ok === false && missing.error.code).toBe('not-found');
  });

  it('deletes with a tombstone and reorders like milestones', async () => {
    const c = await setup();
    const ids: string[] = [];
    for (let k = 0; k < 3; k++) ids.push((await ws.ok('indicator.create', { commitmentId: c.id })).id);
    const [a, b, d] = ids as [string, string, string];
    await ws.ok('indicator.reorder', { commitmentId: c.id, order: [d, a, b] });
    expect((await ws.ok('commitment.get', { id: c.id })).indicators.map((i) => i.id)).toEqual([d, a, b]);
    await ws.ok('indicator.delete', { id: a });
    const got = await ws.ok('commitment.get', { id: c.id });
    expect(got.indicators.map((i) => [i.id, i.seq])).toEqual([
      [d, 1],
      [b, 2],
    ]);
    const db = new Database(dbPath(ws.dir), { readonly: true });
    expect(db.prepare("SELECT id, owner, rev FROM tombstone WHERE entity = 'indicator'").all()).toEqual([{ id: a, owner: 'MOFE', rev: 3 }]);
    db.close();
    const bad = await ws.plani.call('indicator.reorder', { commitmentId: c.id, order: [d, b, a] });
    expect(bad.ok === false && bad.error.details?.issues?.map((i) => i.code)).toEqual(['reorder-unknown']);
  });
});
