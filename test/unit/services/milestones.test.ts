import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { dbPath } from '../../../electron/services/workspace/paths';
import { type TempWorkspace, tempWorkspace, ticking } from '../../helpers/temp-workspace';

let ws: TempWorkspace;
afterEach(async () => {
  await ws?.cleanup();
});

async function setup() {
  ws = await tempWorkspace({ role: 'lfp', institution: 'MD' }, ticking());
  const c = await ws.ok('commitment.create', { componentCode: 'access-to-justice', title: { sq: 'Ndihmë juridike' } });
  return c;
}

/** Runs SQL on the workspace file the way another writer (a bundle import) would. */
function sqlite<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(dbPath(ws.dir));
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

describe('milestones', () => {
  it('appends new milestones with empty texts and the lead institution as responsible', async () => {
    const c = await setup();
    const m1 = await ws.ok('milestone.create', { commitmentId: c.id });
    const m2 = await ws.ok('milestone.create', { commitmentId: c.id });
    expect(m1).toMatchObject({
      seq: 1,
      activity: { sq: '', en: '' },
      deliverable: { sq: '', en: '' },
      stakeholders: { sq: '', en: '' },
      status: 'not-started',
      progressPct: 0,
      responsibleInstitution: 'MD',
      startDate: null,
      cost: null,
      rev: 1,
    });
    expect(m2.seq).toBe(2);
    await ws.ok('commitment.update', { id: c.id, changes: { leadInstitution: 'MOFE' } });
    expect((await ws.ok('milestone.create', { commitmentId: c.id })).responsibleInstitution).toBe('MOFE');
    const got = await ws.ok('commitment.get', { id: c.id });
    expect(got.milestones.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(got.milestones[0]!.id).toBe(m1.id);
  });

  it('saves one field at a time, moves rev, and shows activity on the commitment without touching its rev', async () => {
    const c = await setup();
    const m = await ws.ok('milestone.create', { commitmentId: c.id });
    const before = await ws.ok('commitment.get', { id: c.id });
    const saved = await ws.ok('milestone.update', { id: m.id, changes: { activity: { sq: 'Hartimi i ligjit' } } });
    expect(saved.rev).toBe(2);
    await ws.ok('milestone.update', { id: m.id, changes: { activity: { en: 'Drafting the law' }, progressPct: 40, status: 'in-progress', cost: 1200, endDate: '2021-12-31' } });
    const after = await ws.ok('commitment.get', { id: c.id });
    expect(after.milestones[0]).toMatchObject({
      activity: { sq: 'Hartimi i ligjit', en: 'Drafting the law' },
      progressPct: 40,
      status: 'in-progress',
      cost: 1200,
      endDate: '2021-12-31',
      rev: 3,
    });
    expect(after.rev).toBe(before.rev);
    expect(after.updatedAt > before.updatedAt).toBe(true);
    expect(after.updatedAt).toBe(after.milestones[0]!.updatedAt);
  });

  it('refuses bad values at the boundary and saves nothing', async () => {
    const c = await setup();
    const m = await ws.ok('milestone.create', { commitmentId: c.id });
    for (const changes of [{ progressPct: 150 }, { status: 'done' }, { cost: -1 }, { startDate: '2021-02-30' }, { seq: 4 }, { activity: { sq: 'a\u0007' } }, {}]) {
      const res = await ws.plani.call('milestone.update', { id: m.id, changes });
      expect(res.ok === false && res.error.code, JSON.stringify(changes)).toBe('invalid-input');
    }
    expect((await ws.ok('commitment.get', { id: c.id })).milestones[0]!.rev).toBe(1);
  });

  it("refuses every write to another institution's commitment, and says whose it is", async () => {
    const c = await setup();
    const m = await ws.ok('milestone.create', { commitmentId: c.id });
    sqlite((db) => db.prepare("UPDATE commitment SET owner = 'MOFE' WHERE id = ?").run(c.id));
    const refused = { ok: false, error: { code: 'not-owner', details: { params: { owner: 'MOFE' } } } };
    expect(await ws.plani.call('milestone.update', { id: m.id, changes: { activity: { sq: 'x' } } })).toEqual(refused);
    expect(await ws.plani.call('milestone.create', { commitmentId: c.id })).toEqual(refused);
    expect(await ws.plani.call('milestone.delete', { id: m.id })).toEqual(refused);
    expect(await ws.plani.call('milestone.reorder', { commitmentId: c.id, order: [m.id] })).toEqual(refused);
    const got = await ws.ok('commitment.get', { id: c.id });
    expect(got.milestones).toHaveLength(1);
    expect(got.milestones[0]!.rev).toBe(1);
  });

  it('answers not-found for a milestone or commitment that does not exist', async () => {
    await setup();
    const ghost = '00000000-0000-4000-8000-000000000000';
    for (const [method, input] of [
      ['milestone.update', { id: ghost, changes: { progressPct: 5 } }],
      ['milestone.delete', { id: ghost }],
      ['milestone.create', { commitmentId: ghost }],
      ['milestone.reorder', { commitmentId: ghost, order: [ghost] }],
    ] as const) {
      const res = await ws.plani.call(method, input);
      expect(res, method).toEqual({ ok: false, error: { code: 'not-found', details: { params: { id: ghost } } } });
    }
  });

  it('deletes with a tombstone, closes the gap, and detaches its indicators (whose rev moves)', async () => {
    const c = await setup();
    const [m1, m2, m3] = [
      await ws.ok('milestone.create', { commitmentId: c.id }),
      await ws.ok('milestone.create', { commitmentId: c.id }),
      await ws.ok('milestone.create', { commitmentId: c.id }),
    ];
    const ind = await ws.ok('indicator.create', { commitmentId: c.id, milestoneId: m2!.id });
    const other = await ws.ok('indicator.create', { commitmentId: c.id, milestoneId: m3!.id });
    await ws.ok('milestone.delete', { id: m2!.id });

    const got = await ws.ok('commitment.get', { id: c.id });
    expect(got.milestones.map((m) => [m.id, m.seq, m.rev])).toEqual([
      [m1!.id, 1, 1],
      [m3!.id, 2, 2],
    ]);
    expect(got.indicators.find((i) => i.id === ind.id)).toMatchObject({ milestoneId: null, rev: 2 });
    expect(got.indicators.find((i) => i.id === other.id)).toMatchObject({ milestoneId: m3!.id, rev: 1 });
    expect(sqlite((db) => db.prepare("SELECT entity, id, owner, rev FROM tombstone WHERE entity = 'milestone'").all())).toEqual([
      { entity: 'milestone', id: m2!.id, owner: 'MD', rev: 2 },
    ]);
    const again = await ws.plani.call('milestone.delete', { id: m2!.id });
    expect(again.ok === false && again.error.code).toBe('not-found');
  });

  it('reorders: every id once, seq rewritten 1..n, only moved milestones change', async () => {
    const c = await setup();
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push((await ws.ok('milestone.create', { commitmentId: c.id })).id);
    const [a, b, cc, d] = ids as [string, string, string, string];
    const res = await ws.ok('milestone.reorder', { commitmentId: c.id, order: [a, cc, b, d] });
    expect(res).toEqual({ commitmentId: c.id, order: [a, cc, b, d] });
    const got = await ws.ok('commitment.get', { id: c.id });
    expect(got.milestones.map((m) => [m.id, m.seq, m.rev])).toEqual([
      [a, 1, 1],
      [cc, 2, 2],
      [b, 3, 2],
      [d, 4, 1],
    ]);
  });

  it('refuses an order that is not exactly this commitment’s milestones, with located issues', async () => {
    const c = await setup();
    const other = await ws.ok('commitment.create', { componentCode: 'anti-corruption' });
    const foreign = (await ws.ok('milestone.create', { commitmentId: other.id })).id;
    const a = (await ws.ok('milestone.create', { commitmentId: c.id })).id;
    const b = (await ws.ok('milestone.create', { commitmentId: c.id })).id;
    const cases: [string[], { path: string; code: string }[]][] = [
      [[a], [{ path: 'order', code: 'reorder-missing' }]],
      [[b, a, a], [{ path: 'order[2]', code: 'reorder-duplicate' }]],
      [[b, a, foreign], [{ path: 'order[2]', code: 'reorder-unknown' }]],
      [[b, foreign], [{ path: 'order[1]', code: 'reorder-unknown' }, { path: 'order', code: 'reorder-missing' }]],
    ];
    for (const [order, expected] of cases) {
      const res = await ws.plani.call('milestone.reorder', { commitmentId: c.id, order });
      expect(res.ok).toBe(false);
      if (!res.ok) {
        expect(res.error.code).toBe('invalid-input');
        expect(res.error.details?.issues?.map(({ path, code }) => ({ path, code }))).toEqual(expected);
      }
    }
    const got = await ws.ok('commitment.get', { id: c.id });
    expect(got.milestones.map((m) => [m.id, m.seq, m.rev])).toEqual([
      [a, 1, 1],
      [b, 2, 1],
    ]);
  });

  it('stops at 500 milestones, the most a commitment holds', async () => {
    const c = await setup();
    sqlite((db) => {
      const ins = db.prepare("INSERT INTO milestone (id, commitment_id, seq, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')");
      for (let i = 1; i <= 500; i++) ins.run(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, c.id, i);
    });
    const res = await ws.plani.call('milestone.create', { commitmentId: c.id });
    expect(res.ok === false && res.error.details?.issues?.[0]?.code).toBe('list-full');
  });
});
