// The final print's gate, pure on the plan: ready only when every commitment
// is accepted and no blocking finding remains; otherwise the list of what
// stands in the way, in plan order, each naming its commitment and field.
import { describe, expect, it } from 'vitest';
import { printReadiness } from '../../../electron/services/pdf/readiness';
import type { Commitment } from '../../../shared/model/plan';
import { checkPlan, type PlanInput } from '../../../shared/quality';
import { commitment, CTX, CYCLE, event, without } from '../quality/builders';

const accepted = (label: string, over: Partial<Commitment> = {}) => commitment(label, { status: 'accepted', ...over });

function plan(commitments: Commitment[], over: Partial<PlanInput> = {}): PlanInput {
  return { ...CTX, cycle: CYCLE, national: false, commitments, ideas: [], events: [], ...over };
}

describe('printReadiness', () => {
  it('is ready when every commitment is accepted and nothing is blocking', () => {
    const input = plan([accepted('a', { planNumber: '1.1' }), accepted('b', { planNumber: '1.2', componentCode: 'access-to-justice' })]);
    // The fixture passes every check: readiness must come from the rule, not from an empty report.
    expect(checkPlan(input).blocking).toBe(0);
    expect(printReadiness(input, { annex: 'plan' })).toEqual({ ready: true, obstacles: [] });
  });

  it('lists a returned commitment and an undecided one with their status, plan number, component and title', () => {
    const input = plan([accepted('a', { planNumber: '1.1' }), commitment('r', { planNumber: '1.3', status: 'returned' }), commitment('u', { planNumber: '1.2', status: 'ready' })]);
    const { ready, obstacles } = printReadiness(input, { annex: 'plan' });
    expect(ready).toBe(false);
    expect(obstacles).toEqual([
      {
        kind: 'undecided',
        status: 'ready',
        commitment: { id: commitment('u').id, componentCode: 'anti-corruption', planNumber: '1.2', title: commitment('u').title },
      },
      {
        kind: 'returned',
        status: 'returned',
        commitment: { id: commitment('r').id, componentCode: 'anti-corruption', planNumber: '1.3', title: commitment('r').title },
      },
    ]);
  });

  it('lists a blocking finding with its message code, params and the field to open, under its commitment', () => {
    const base = accepted('t');
    const input = plan([accepted('a', { planNumber: '1.1' }), accepted('t', { planNumber: '1.2', title: without(base.title, 'en') })]);
    const blocking = checkPlan(input).findings.filter((f) => f.severity === 'blocking');
    expect(blocking.length).toBeGreaterThan(0);
    const { ready, obstacles } = printReadiness(input, { annex: 'plan' });
    expect(ready).toBe(false);
    expect(obstacles).toHaveLength(blocking.length);
    const title = obstacles.find((o) => o.kind === 'blocking-finding' && o.field?.field === 'title');
    expect(title).toMatchObject({
      kind: 'blocking-finding',
      checkId: blocking.find((f) => f.target.field === 'title')!.checkId,
      commitment: { id: base.id, planNumber: '1.2' },
      field: { recordType: 'commitment', recordId: base.id, field: 'title', lang: 'en' },
      recordTitle: null,
    });
    expect(title && 'params' in title ? title.params : null).toEqual(blocking.find((f) => f.target.field === 'title')!.params);
  });

  it('ignores warnings', () => {
    // Technology & innovation alone is a warning (a core OGP value is expected), never blocking.
    const input = plan([accepted('a', { ogpValues: ['technology-innovation'] })]);
    const report = checkPlan(input);
    expect(report.findings.map((f) => [f.checkId, f.severity])).toEqual([['ogp-value-core', 'warning']]);
    expect(printReadiness(input, { annex: 'plan' })).toEqual({ ready: true, obstacles: [] });
  });

  it('keeps to the chosen component: another component’s returned commitment and findings do not count', () => {
    const other = commitment('x', { componentCode: 'access-to-justice', status: 'returned', title: without(commitment('x').title, 'sq') });
    const input = plan([accepted('a'), other]);
    expect(printReadiness(input, { annex: 'action-plan', component: 'anti-corruption' })).toEqual({ ready: true, obstacles: [] });
    const justice = printReadiness(input, { annex: 'action-plan', component: 'access-to-justice' });
    expect(justice.ready).toBe(false);
    expect(justice.obstacles[0]).toMatchObject({ kind: 'returned', commitment: { id: other.id } });
    expect(justice.obstacles.slice(1).every((o) => o.kind === 'blocking-finding' && o.commitment?.id === other.id)).toBe(true);
    // The whole cycle sees it all.
    expect(printReadiness(input, { annex: 'plan' }).obstacles).toEqual(justice.obstacles);
  });

  it('lists a blocking finding of a consultation event with the event’s title and no commitment', () => {
    const late = event('late', { date: '2020-11-12', noticeDate: '2020-11-11' });
    const input = plan([accepted('a')], { events: [late] });
    const blocking = checkPlan(input).findings.filter((f) => f.severity === 'blocking');
    const { obstacles } = printReadiness(input, { annex: 'plan' });
    expect(obstacles).toHaveLength(blocking.length);
    for (const o of obstacles) expect(o).toMatchObject({ kind: 'blocking-finding', commitment: null, field: null, recordTitle: late.title });
  });

  it('is not ready with nothing to sign', () => {
    expect(printReadiness(plan([]), { annex: 'plan' })).toEqual({ ready: false, obstacles: [{ kind: 'no-commitments', component: null }] });
  });
});
