// quality.plan over a real workspace: the plan is read from SQLite, checked,
// and today's date comes from the context's clock.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import { createContext, type PlaniContext } from '../../../electron/services/api/context';
import { qualityHandlers } from '../../../electron/services/api/handlers/quality';
import { importInterchange } from '../../../electron/services/interchange';
import { localIsoDay } from '../../../electron/services/quality/plan-report';
import { syntheticPlan } from '../../fixtures/synthetic-plan';
import { type TestWorkspace, testWorkspace } from '../interchange/workspace';

let tw: TestWorkspace;
let contexts: PlaniContext[];
beforeEach(async () => {
  tw = await testWorkspace('MD');
  contexts = [];
});
afterEach(async () => {
  for (const ctx of contexts) await ctx.close();
  await tw.close();
});

function handlerAt(now: string) {
  const ctx = createContext({ mode: 'cli', appVersion: 'test', workspaceDir: join(tw.root, 'ws'), keyringDir: join(tw.root, 'keyring'), clock: () => new Date(now) });
  contexts.push(ctx);
  return async (input: { cycleId?: string } = {}) => contract['quality.plan'].output.parse(await qualityHandlers(ctx)['quality.plan'](input));
}

describe('quality.plan', () => {
  it('checks the workspace’s current plan, commitments with their milestones and indicators', async () => {
    const doc = syntheticPlan({ commitments: 6, owner: 'MD', ideas: 3, events: 1, comments: 0 });
    doc.commitments[0]!.milestones[2]!.deliverable.en = '';
    doc.commitments[1]!.indicators[0]!.targets = [{ year: 2024, value: 90 }];
    await importInterchange(tw.ws.store, doc);
    const report = await handlerAt('2021-02-01T10:00:00Z')();
    const blocking = report.findings.filter((f) => f.severity === 'blocking');
    expect(blocking.map((f) => [f.checkId, f.target.type, f.target.id, f.target.field, f.target.lang])).toEqual(
      expect.arrayContaining([
        ['milestone-deliverable', 'milestone', doc.commitments[0]!.milestones[2]!.id, 'deliverable', 'en'],
        ['target-year-in-cycle', 'indicator', doc.commitments[1]!.indicators[0]!.id, 'targets', null],
      ]),
    );
    expect(report.blocking).toBe(2);
    expect(report.completeness.map((c) => c.commitments)).toEqual([3, 0, 3, 0]);
  });

  it('answers from its last report only while nothing was written, by this connection or another', async () => {
    const doc = syntheticPlan({ commitments: 3, owner: 'MD', ideas: 0, events: 0, comments: 0 });
    await importInterchange(tw.ws.store, doc);
    const ctx = createContext({ mode: 'cli', appVersion: 'test', workspaceDir: join(tw.root, 'ws'), keyringDir: join(tw.root, 'keyring'), clock: () => new Date('2021-02-01T10:00:00Z') });
    contexts.push(ctx);
    const report = () => qualityHandlers(ctx)['quality.plan']({});
    const deliverableGaps = async () => (await report()).findings.filter((f) => f.checkId === 'milestone-deliverable').map((f) => f.target.id);
    const [m0, m1] = [doc.commitments[0]!.milestones[0]!.id, doc.commitments[1]!.milestones[0]!.id];
    expect(await deliverableGaps()).toEqual([]);
    expect(await report()).toBe(await report()); // nothing written: the same report
    // This connection writes (without a revision bump, as a raw statement would).
    (await ctx.workspace()).store.sqlite.prepare("UPDATE milestone SET deliverable_en = '' WHERE id = ?").run(m0);
    expect(await deliverableGaps()).toEqual([m0]);
    // Another connection writes.
    tw.ws.store.sqlite.prepare("UPDATE milestone SET deliverable_en = '' WHERE id = ?").run(m1);
    expect((await deliverableGaps()).sort()).toEqual([m0, m1].sort());
  });

  it('takes today from the context’s clock', async () => {
    const doc = syntheticPlan({ commitments: 6, owner: 'MD', ideas: 0, events: 1, comments: 0 });
    doc.consultationEvents[0]!.noticeDate = null; // the event is on 2020-11-12
    await importInterchange(tw.ws.store, doc);
    const before = await handlerAt('2020-10-20T12:00:00Z')();
    expect(before.findings.filter((f) => f.checkId === 'consultation-notice-missing').map((f) => f.params)).toEqual([
      { fieldKey: 'quality.field.consultation-event.noticeDate', date: '2020-11-12', deadline: '2020-10-29', min: 14 },
    ]);
    const after = await handlerAt('2020-11-13T12:00:00Z')();
    expect(after.findings.filter((f) => f.checkId === 'consultation-notice-missing')).toEqual([]);
  });

  it('refuses a cycle the workspace does not know', async () => {
    await expect(handlerAt('2021-01-01T00:00:00Z')({ cycleId: 'no-such-cycle' })).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === 'not-found',
    );
  });

  it('reports an empty plan without failing', async () => {
    const report = await handlerAt('2021-01-01T00:00:00Z')();
    // An LFP workspace holds one institution's share: the plan-size check is the POC's.
    expect(report.findings.map((f) => f.checkId)).toEqual([]);
    expect(report.completeness.every((c) => c.commitments === 0 && c.sq === 0 && c.en === 0)).toBe(true);
  });

  it('names the local calendar day', () => {
    expect(localIsoDay(new Date(2021, 0, 9, 23, 30))).toBe('2021-01-09');
  });
});
