// checkPlan: the order findings come in, the counts and the completeness
// figures, independent of the order the records were read in.
import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../shared/model/plan';
import { CHECK_IDS, checkCommitment, checkPlan, commitmentCompleteness, type PlanInput, QualityReport, REQUIRED_TEXT_FIELDS } from '../../../shared/quality';
import { syntheticPlan } from '../../fixtures/synthetic-plan';
import { commitment, CTX, CYCLE, event, idea, indicator, milestone, without } from './builders';

/** Findings as short, readable rows. */
const rows = (report: QualityReport) =>
  report.findings.map((f) => [f.checkId, f.target.componentCode, f.target.type, f.target.id?.slice(0, 8) ?? null, f.target.field, f.target.lang].join(' '));

function samplePlan(): PlanInput {
  const justice = (label: string, planNumber: string | null, createdAt = '2020-10-01T08:00:00.000Z') =>
    commitment(label, { componentCode: 'access-to-justice', planNumber, createdAt, budget: { amount: null, currency: 'ALL', fundingSource: { sq: '', en: '' } } });
  const base = commitment('a');
  return {
    ...CTX,
    national: true,
    cycle: CYCLE,
    commitments: [
      justice('j-none', null),
      justice('j-10', '3.10'),
      justice('j-9b', '3.9', '2020-10-02T08:00:00.000Z'),
      justice('j-9a', '3.9', '2020-10-01T08:00:00.000Z'),
      commitment('a', {
        title: without(base.title, 'en'),
        milestones: [milestone('a', 1, { endDate: null }), milestone('a', 2, { deliverable: without(base.milestones[1]!.deliverable, 'en'), responsibleInstitution: null })],
        indicators: [indicator('a', 1, { targets: [] })],
      }),
    ],
    ideas: [idea('late', { receivedAt: '2020-10-01', status: 'adopted', reasonedResponse: { sq: '', en: '' } }), idea('early', { receivedAt: '2020-09-01', status: 'merged', commitmentId: null })],
    events: [event('ev', { date: '2020-11-12', noticeDate: '2020-11-10' })],
  };
}

describe('checkPlan', () => {
  it('orders findings by component number, plan number, creation, record seq and check', () => {
    const report = checkPlan(samplePlan());
    const id = (label: string) => commitment(label).id.slice(0, 8);
    expect(rows(report)).toEqual([
      // Component 1: the commitment's own fields (check order, sq before en), then milestones by seq, then indicators.
      `required-text anti-corruption commitment ${id('a')} title en`,
      `milestone-dates anti-corruption milestone ${milestone('a', 1).id.slice(0, 8)} endDate `,
      `milestone-deliverable anti-corruption milestone ${milestone('a', 2).id.slice(0, 8)} deliverable en`,
      `milestone-responsible anti-corruption milestone ${milestone('a', 2).id.slice(0, 8)} responsibleInstitution `,
      `indicator-baseline-target anti-corruption indicator ${indicator('a', 1).id.slice(0, 8)} targets `,
      // Then the component's ideas by date received, then its events.
      `idea-commitment-link anti-corruption idea ${idea('early').id.slice(0, 8)} commitmentId `,
      `idea-reasoned-response anti-corruption idea ${idea('late').id.slice(0, 8)} reasonedResponse sq`,
      `idea-reasoned-response anti-corruption idea ${idea('late').id.slice(0, 8)} reasonedResponse en`,
      // Its commitment ('c') is not in this plan: deleted since it was adopted.
      `idea-commitment-deleted anti-corruption idea ${idea('late').id.slice(0, 8)} commitmentId `,
      `consultation-notice anti-corruption consultation-event ${event('ev').id.slice(0, 8)} noticeDate `,
      // Component 3: 3.9 (older first), 3.9, 3.10, then the one without a plan number.
      `budget-amount access-to-justice commitment ${id('j-9a')} budget.amount `,
      `budget-amount access-to-justice commitment ${id('j-9b')} budget.amount `,
      `budget-amount access-to-justice commitment ${id('j-10')} budget.amount `,
      `budget-amount access-to-justice commitment ${id('j-none')} budget.amount `,
    ]);
    expect(() => QualityReport.parse(report)).not.toThrow();
  });

  it('gives the same report whatever order the records come in', () => {
    const plan = samplePlan();
    const reversed = { ...plan, commitments: [...plan.commitments].reverse(), ideas: [...plan.ideas!].reverse(), events: [...plan.events!].reverse() };
    expect(checkPlan(reversed)).toEqual(checkPlan(plan));
  });

  it('counts blocking findings and warnings', () => {
    const report = checkPlan(samplePlan());
    const blocking = report.findings.filter((f) => f.severity === 'blocking').length;
    expect({ blocking: report.blocking, warnings: report.warnings }).toEqual({ blocking, warnings: report.findings.length - blocking });
    expect(report.blocking).toBe(7);
    expect(report.warnings).toBe(7);
  });

  it('puts plan-wide findings first', () => {
    const report = checkPlan({ ...samplePlan(), commitments: [commitment('a', { title: { sq: '', en: 'Register' } })] });
    expect(rows(report).slice(0, 2)).toEqual(['commitment-count  plan   ', `required-text anti-corruption commitment ${commitment('a').id.slice(0, 8)} title sq`]);
  });

  it('measures completeness per component and language over the required bilingual fields', () => {
    const report = checkPlan(samplePlan());
    // Component 1: 7 commitment texts + 2 × 2 milestone texts + 1 indicator name = 12 fields; English lacks the title and one deliverable.
    expect(report.completeness).toEqual([
      { componentCode: 'anti-corruption', commitments: 1, sq: 100, en: 83 },
      { componentCode: 'digital-governance', commitments: 0, sq: 0, en: 0 },
      { componentCode: 'access-to-justice', commitments: 4, sq: 100, en: 100 },
      { componentCode: 'fiscal-transparency', commitments: 0, sq: 0, en: 0 },
    ]);
    const a = samplePlan().commitments[4]!;
    expect(commitmentCompleteness(a, checkCommitment(a, CTX))).toEqual({ sq: 100, en: 83 });
  });

  it('counts completeness exactly as reading the texts would', () => {
    const filled = (t: { sq: string; en: string }, lang: 'sq' | 'en') => (t[lang].trim() === '' ? 0 : 1);
    const direct = (c: Commitment, lang: 'sq' | 'en') => {
      const texts = [...REQUIRED_TEXT_FIELDS.map((f) => c[f]), ...c.milestones.flatMap((m) => [m.activity, m.deliverable]), ...c.indicators.map((i) => i.name)];
      return Math.floor((100 * texts.reduce((n, t) => n + filled(t, lang), 0)) / texts.length);
    };
    const variants = [
      commitment('v1', { solution: { sq: '', en: '' }, objective: { sq: 'Objektivi', en: ' ' } }),
      commitment('v2', { milestones: [milestone('v2', 1, { activity: { sq: '', en: 'Drafting' } })], indicators: [] }),
      commitment('v3', { indicators: [indicator('v3', 1, { name: { sq: 'Treguesi', en: '' } }), indicator('v3', 2)] }),
    ];
    for (const c of variants) {
      expect(commitmentCompleteness(c, checkCommitment(c, CTX))).toEqual({ sq: direct(c, 'sq'), en: direct(c, 'en') });
    }
  });

  it('rounds completeness down, so 100 means complete', () => {
    const c = commitment('c', { milestones: Array.from({ length: 100 }, (_, k) => milestone('c', k + 1)) });
    c.milestones[0]!.activity.en = '';
    // 7 + 200 + 1 = 208 fields, 207 written in English: 99.5 %.
    expect(checkPlan({ ...CTX, national: true, cycle: CYCLE, commitments: [c] }).completeness[0]).toMatchObject({ sq: 100, en: 99 });
  });

  it('lists components of other cycles’ codes after the known ones', () => {
    const report = checkPlan({ ...CTX, national: true, cycle: CYCLE, commitments: [commitment('x', { componentCode: 'retired-component' })] });
    expect(report.completeness.map((c) => c.componentCode)).toEqual(['anti-corruption', 'digital-governance', 'access-to-justice', 'fiscal-transparency', 'retired-component']);
  });

  it('checks the synthetic 400-commitment plan: only the budget gaps and the plan size are reported', () => {
    const doc = syntheticPlan({ commitments: 400, milestonesPer: 5, indicatorsPer: 3, owner: 'MD' });
    const report = checkPlan({ national: true, cycle: CYCLE, reference: doc.reference, today: '2020-10-01', commitments: doc.commitments, ideas: doc.ideas, events: doc.consultationEvents });
    const byCheck = Object.fromEntries(CHECK_IDS.map((id) => [id, report.findings.filter((f) => f.checkId === id).length]).filter(([, n]) => n !== 0));
    expect(byCheck).toEqual({ 'commitment-count': 1, 'budget-amount': 100 });
    expect(report.completeness.filter((c) => c.commitments > 0).map((c) => [c.sq, c.en])).toEqual([
      [100, 100],
      [100, 100],
    ]);
    expect(() => QualityReport.parse(report)).not.toThrow();
  });
});
