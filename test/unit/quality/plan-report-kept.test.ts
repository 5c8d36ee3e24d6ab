// quality.plan keeps the records it read between reports (plan-inputs.ts):
// after any sequence of saves, raw writes, deletions, inserts, imports and
// writes by another connection, its report equals one made from scratch.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importInterchange } from '../../../electron/services/interchange';
import { forgetKeptPlan } from '../../../electron/services/quality/plan-inputs';
import { loadPlanInput, planQualityReport } from '../../../electron/services/quality/plan-report';
import { checkPlan } from '../../../shared/quality';
import { syntheticPlan } from '../../fixtures/synthetic-plan';
import { prng } from '../../helpers/prng';
import { type TestWorkspace, testWorkspace } from '../interchange/workspace';

let tw: TestWorkspace;
beforeEach(async () => {
  tw = await testWorkspace('MD');
});
afterEach(async () => {
  await tw.close();
});

const NOW = new Date('2021-02-01T10:00:00Z');
const fromScratch = async (opts: { cycleId?: string; now?: Date } = {}) => checkPlan(await loadPlanInput(tw.ws, { now: NOW, ...opts }));
const kept = (opts: { cycleId?: string; now?: Date } = {}) => planQualityReport(tw.ws, { now: NOW, ...opts });

/** A raw statement on the workspace's own connection. */
const run = (q: string, ...params: unknown[]) => tw.ws.store.sqlite.prepare(q).run(...params);
const ids = (table: string): string[] => tw.ws.store.sqlite.prepare(`SELECT id FROM ${table} ORDER BY id`).pluck().all() as string[];
const columns = (table: string): string[] => (tw.ws.store.sqlite.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
/** A copy of row `id` under a new id (and, for a child, possibly another commitment). */
function copyRow(table: string, id: string, newId: string, set: Record<string, unknown> = {}) {
  const cols = columns(table);
  const values = cols.map((c) => (c === 'id' ? '?' : c in set ? '?' : c));
  const params = cols.flatMap((c) => (c === 'id' ? [newId] : c in set ? [set[c]] : []));
  run(`INSERT INTO ${table} (${cols.join(', ')}) SELECT ${values.join(', ')} FROM ${table} WHERE id = ?`, ...params, id);
}

describe('quality.plan with kept records', () => {
  it('equals a report made from scratch after every one of 150 random edits', async () => {
    const doc = syntheticPlan({ commitments: 8, owner: 'MD', ideas: 5, events: 2, comments: 6 });
    doc.commitments[0]!.milestones[1]!.deliverable.en = '';
    await importInterchange(tw.ws.store, doc);
    const other = new Database(tw.ws.store.sqlite.name);
    try {
      const rand = prng(16);
      const pick = <T>(list: readonly T[]): T | undefined => (list.length === 0 ? undefined : list[Math.floor(rand() * list.length)]);
      let n = 0;
      const stamp = () => `2021-03-01T00:00:${String(n++ % 60).padStart(2, '0')}.${String(n).padStart(3, '0')}Z`;
      const edits: (() => Promise<void> | void)[] = [
        // A save: the text changes and the revision moves.
        () => {
          const id = pick(ids('commitment'));
          if (id) run("UPDATE commitment SET title_en = ?, rev = rev + 1, updated_at = ? WHERE id = ?", rand() < 0.3 ? '' : `T${n}`, stamp(), id);
        },
        // A raw write that leaves rev and updated_at as they were.
        () => {
          const id = pick(ids('commitment'));
          if (id) run("UPDATE commitment SET objective_en = ? WHERE id = ?", rand() < 0.5 ? '' : 'Objective', id);
        },
        () => {
          const id = pick(ids('milestone'));
          if (id) run("UPDATE milestone SET deliverable_en = ?, rev = rev + 1, updated_at = ? WHERE id = ?", rand() < 0.5 ? '' : 'D', stamp(), id);
        },
        () => {
          const id = pick(ids('milestone'));
          if (id) run("UPDATE milestone SET activity_sq = ? WHERE id = ?", rand() < 0.5 ? '' : 'A', id);
        },
        () => {
          const id = pick(ids('indicator'));
          if (id) run("UPDATE indicator SET baseline_value = ?, seq = ? WHERE id = ?", rand() < 0.5 ? null : '3', Math.floor(rand() * 5) + 1, id);
        },
        // A child moved to another commitment.
        () => {
          const id = pick(ids('indicator'));
          const to = pick(ids('commitment'));
          if (id && to) run("UPDATE indicator SET commitment_id = ?, rev = rev + 1, updated_at = ? WHERE id = ?", to, stamp(), id);
        },
        () => {
          const id = pick(ids('milestone'));
          if (id) run('DELETE FROM milestone WHERE id = ?', id);
        },
        () => {
          const id = pick(ids('milestone'));
          const to = pick(ids('commitment'));
          if (id && to) copyRow('milestone', id, `m-new-${n++}`, { commitment_id: to, seq: 1 });
        },
        () => {
          const id = pick(ids('indicator'));
          if (id) run('DELETE FROM indicator WHERE id = ?', id);
        },
        // A commitment deleted with its children, and one deleted then written again under the same stamp.
        () => {
          const id = pick(ids('commitment'));
          if (!id || ids('commitment').length < 3) return;
          run('DELETE FROM milestone WHERE commitment_id = ?', id);
          run('DELETE FROM indicator WHERE commitment_id = ?', id);
          run('DELETE FROM review WHERE commitment_id = ?', id);
          run('DELETE FROM commitment WHERE id = ?', id);
        },
        () => {
          const id = pick(ids('commitment'));
          if (!id) return;
          const row = tw.ws.store.sqlite.prepare('SELECT * FROM commitment WHERE id = ?').get(id) as Record<string, unknown>;
          run('DELETE FROM milestone WHERE commitment_id = ?', id);
          run('DELETE FROM commitment WHERE id = ?', id);
          const cols = Object.keys(row);
          row.title_sq = '';
          run(`INSERT INTO commitment (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`, ...cols.map((c) => row[c]));
        },
        () => {
          const id = pick(ids('commitment'));
          if (id) copyRow('commitment', id, `c-new-${n++}`, { rev: 1 });
        },
        () => {
          const id = pick(ids('idea'));
          if (id) run("UPDATE idea SET title_sq = ? WHERE id = ?", rand() < 0.5 ? '' : 'Ide', id);
        },
        () => {
          const id = pick(ids('idea'));
          if (id) run('DELETE FROM idea WHERE id = ?', id);
        },
        () => {
          const id = pick(ids('consultation_event'));
          if (id) run('UPDATE consultation_event SET notice_date = ?, rev = rev + 1, updated_at = ? WHERE id = ?', rand() < 0.5 ? null : '2020-10-01', stamp(), id);
        },
        () => {
          const id = pick(ids('comment'));
          if (id) run('UPDATE comment SET decision = ? WHERE id = ?', rand() < 0.5 ? null : 'accepted', id);
        },
        () => {
          const id = pick(ids('poc_feedback'));
          if (id) run('DELETE FROM poc_feedback WHERE id = ?', id);
        },
        // A plan import over what is there (records carrying their own revisions).
        async () => {
          await importInterchange(tw.ws.store, doc);
        },
        // Another connection commits.
        () => {
          const id = pick(ids('milestone'));
          if (id) other.prepare("UPDATE milestone SET deliverable_sq = '' WHERE id = ?").run(id);
        },
      ];
      for (let step = 0; step < 150; step++) {
        await pick(edits)!();
        if (rand() < 0.7) expect(await kept(), `after step ${step}`).toEqual(await fromScratch());
      }
      expect(await kept()).toEqual(await fromScratch());
    } finally {
      other.close();
    }
  });

  it('reads again what a plan import rewrote under the same revisions', async () => {
    const doc = syntheticPlan({ commitments: 3, owner: 'MD', ideas: 2, events: 1, comments: 1 });
    await importInterchange(tw.ws.store, doc);
    const before = await kept();
    const changed = structuredClone(doc);
    changed.commitments[1]!.milestones[0]!.deliverable.en = '';
    changed.commitments[2]!.title.en = '';
    await importInterchange(tw.ws.store, changed);
    const after = await kept();
    expect(after).not.toEqual(before);
    expect(after).toEqual(await fromScratch());
    expect(after.findings.some((f) => f.target.id === doc.commitments[1]!.milestones[0]!.id)).toBe(true);
  });

  it('starts over for another cycle, and when a commitment changes cycle', async () => {
    const doc = syntheticPlan({ commitments: 4, owner: 'MD', ideas: 0, events: 0, comments: 0 });
    await importInterchange(tw.ws.store, doc);
    copyRow('cycle', tw.ws.info.currentCycleId, '2023-2025', { number: 99 });
    for (const id of ids('component')) copyRow('component', id, `${id}-next`, { cycle_id: '2023-2025' });
    const cycles = tw.ws.store.sqlite.prepare('SELECT id FROM cycle ORDER BY id').pluck().all() as string[];
    const current = tw.ws.info.currentCycleId;
    expect(await kept()).toEqual(await fromScratch());
    for (const cycleId of cycles) expect(await kept({ cycleId })).toEqual(await fromScratch({ cycleId }));
    const another = cycles.find((c) => c !== current)!;
    expect(another).toBe('2023-2025');
    {
      run('UPDATE commitment SET cycle_id = ?, rev = rev + 1 WHERE id = ?', another, doc.commitments[0]!.id);
      expect((await kept()).findings.some((f) => f.target.id === doc.commitments[0]!.id)).toBe(false);
      expect(await kept()).toEqual(await fromScratch());
      expect(await kept({ cycleId: another })).toEqual(await fromScratch({ cycleId: another }));
      run('UPDATE commitment SET cycle_id = ? WHERE id = ?', current, doc.commitments[0]!.id);
      expect(await kept()).toEqual(await fromScratch());
    }
  });

  it('follows the day and the role', async () => {
    const doc = syntheticPlan({ commitments: 3, owner: 'MD', ideas: 0, events: 1, comments: 0 });
    doc.consultationEvents[0]!.noticeDate = null; // the event is on 2020-11-12
    await importInterchange(tw.ws.store, doc);
    const early = new Date('2020-10-20T12:00:00Z');
    const late = new Date('2020-11-13T12:00:00Z');
    const notice = async (now: Date) => (await kept({ now })).findings.filter((f) => f.checkId === 'consultation-notice-missing').length;
    expect(await notice(early)).toBe(1);
    expect(await notice(late)).toBe(0);
    expect(await kept({ now: early })).toEqual(await fromScratch({ now: early }));
    const info = tw.ws.info as { role: string };
    info.role = 'poc';
    try {
      expect(await kept()).toEqual(await fromScratch());
    } finally {
      info.role = 'lfp';
    }
    expect(await kept()).toEqual(await fromScratch());
  });

  it('answers from its last report again after reading what a milestone save noted', async () => {
    const doc = syntheticPlan({ commitments: 2, owner: 'MD', ideas: 0, events: 0, comments: 0 });
    await importInterchange(tw.ws.store, doc);
    await kept();
    run("UPDATE milestone SET deliverable_en = '', rev = rev + 1 WHERE id = ?", doc.commitments[0]!.milestones[0]!.id);
    const first = await kept();
    expect(first.findings.some((f) => f.target.id === doc.commitments[0]!.milestones[0]!.id)).toBe(true);
    expect(await kept()).toBe(first);
  });

  it('forgets everything when asked, and after a failed read', async () => {
    const doc = syntheticPlan({ commitments: 2, owner: 'MD', ideas: 0, events: 0, comments: 0 });
    await importInterchange(tw.ws.store, doc);
    await kept();
    forgetKeptPlan(tw.ws);
    run("UPDATE milestone SET deliverable_en = ''");
    expect(await kept()).toEqual(await fromScratch());
    await expect(kept({ cycleId: 'no-such-cycle' })).rejects.toThrow();
    expect(await kept()).toEqual(await fromScratch());
  });
});
