// For every check: a plan that makes it fire (and what it must say) and one
// that makes it pass. Shared by the check tests and the catalogue test, which
// formats each fired finding's message.
import type { CommentInput, FeedbackInput, ReportInput } from '../../../shared/quality';
import type { Lang } from '../../../shared/model/primitives';
import { checkCommitment, checkEvent, checkIdea, checkPlan, type Finding, type FindingTarget, type Severity } from '../../../shared/quality';
import { commitment, CTX, CYCLE, event, idea, indicator, milestone, without } from './builders';

export interface CheckCase {
  id: string;
  severity: Severity;
  /** Every finding the records produce (all checks); the test picks out `id`'s. */
  fire: () => Finding[];
  /** What the first finding of `id` must point at and carry. */
  target: Partial<FindingTarget>;
  params?: Record<string, string | number>;
  count?: number;
  /** Records close to firing (on a boundary) that must not fire `id`. */
  pass: () => Finding[];
}

const c0 = commitment();
const m = (seq: number) => c0.milestones[seq - 1]!;
const ind = c0.indicators[0]!;
const onCommitment = (field: string, lang: Lang | null = null): Partial<FindingTarget> => ({
  type: 'commitment',
  id: c0.id,
  commitmentId: c0.id,
  componentCode: 'anti-corruption',
  field,
  lang,
});
const on = (type: 'milestone' | 'indicator', id: string, field: string, lang: Lang | null = null): Partial<FindingTarget> => ({
  type,
  id,
  commitmentId: c0.id,
  componentCode: 'anti-corruption',
  field,
  lang,
});
/** A round with an impact criterion of `impact` and one more weighted criterion per value of `more`. */
const round = (impact: number, more: number[] = []) => ({
  id: '00000000-0000-4000-8000-0000000000aa',
  cycleId: CYCLE.id,
  componentCode: 'anti-corruption',
  stage: 'shortlist' as const,
  criteria: [impact, ...more].map((weight, i) => ({ id: i === 0 ? 'impact' : `c${i}`, name: { sq: 'K', en: 'C' }, description: { sq: '', en: '' }, weight, gate: false })),
});
const check = (over: Parameters<typeof commitment>[1]) => () => checkCommitment(commitment('c', over), CTX);
const withMilestone = (seq: number, over: Parameters<typeof milestone>[2]) =>
  check({ milestones: c0.milestones.map((x) => (x.seq === seq ? { ...x, ...over } : x)) });
const withIndicator = (over: Parameters<typeof indicator>[2]) => check({ indicators: [{ ...ind, ...over }] });
const plan = (n: number) => () =>
  checkPlan({ ...CTX, national: true, cycle: CYCLE, commitments: Array.from({ length: n }, (_, k) => commitment(`c${k}`, { planNumber: `1.${k + 1}` })) })
    .findings;

export const CASES: CheckCase[] = [
  {
    id: 'commitment-count',
    severity: 'warning',
    fire: plan(4),
    target: { type: 'plan', id: null, commitmentId: null, componentCode: null, field: null, lang: null },
    params: { total: 4, min: 5, max: 15 },
    pass: () => [...plan(5)(), ...plan(15)()],
  },
  {
    id: 'required-text',
    severity: 'blocking',
    fire: check({ problem: without(c0.problem, 'en') }),
    target: onCommitment('problem', 'en'),
    params: { fieldKey: 'model.commitment.problem' },
    count: 1,
    pass: check({ causes: { sq: '', en: '' }, contribution: { sq: '', en: '' } }),
  },
  {
    id: 'ogp-value-relevance',
    severity: 'blocking',
    fire: check({ ogpValues: [] }),
    target: onCommitment('ogpValues'),
    params: { fieldKey: 'model.commitment.ogpValues' },
    pass: check({ ogpValues: ['civic-participation'] }),
  },
  {
    id: 'ogp-value-core',
    severity: 'warning',
    fire: check({ ogpValues: ['inclusion', 'technology-innovation'] }),
    target: onCommitment('ogpValues'),
    pass: check({ ogpValues: ['inclusion', 'public-accountability'] }),
  },
  {
    id: 'lead-institution',
    severity: 'blocking',
    fire: check({ leadInstitution: null }),
    target: onCommitment('leadInstitution'),
    params: { fieldKey: 'model.commitment.leadInstitution' },
    pass: check({ leadInstitution: 'MOFE' }),
  },
  {
    id: 'commitment-dates',
    severity: 'blocking',
    fire: check({ startDate: null }),
    target: onCommitment('startDate'),
    params: { fieldKey: 'model.commitment.startDate' },
    count: 1,
    pass: check({}),
  },
  {
    id: 'commitment-date-order',
    severity: 'blocking',
    fire: check({ startDate: '2022-01-01', endDate: '2021-06-30' }),
    target: onCommitment('endDate'),
    params: { start: '2022-01-01', end: '2021-06-30' },
    pass: check({ startDate: '2021-06-30', endDate: '2021-06-30', milestones: [] }),
  },
  {
    id: 'commitment-in-cycle',
    severity: 'blocking',
    fire: check({ endDate: '2022-09-30' }),
    target: onCommitment('endDate'),
    params: { date: '2022-09-30', cycleStart: '2020-09-01', cycleEnd: '2022-08-31', fieldKey: 'model.commitment.endDate' },
    count: 1,
    // The builder's commitment spans the cycle exactly, first day to last.
    pass: check({}),
  },
  {
    id: 'contact-email',
    severity: 'blocking',
    fire: check({ contact: { ...c0.contact, email: 'elira.cela@drejtesia' } }),
    target: onCommitment('contact.email'),
    params: { value: 'elira.cela@drejtesia' },
    // An empty address is a missing contact (a warning), not a malformed one.
    pass: check({ contact: { ...c0.contact, email: '' } }),
  },
  {
    id: 'contact-required',
    severity: 'warning',
    fire: check({ contact: { ...c0.contact, name: ' ' } }),
    target: onCommitment('contact.name'),
    count: 1,
    pass: check({}),
  },
  {
    id: 'budget-amount',
    severity: 'warning',
    fire: check({ budget: { ...c0.budget, amount: null } }),
    target: onCommitment('budget.amount'),
    pass: check({ budget: { ...c0.budget, amount: 0 } }),
  },
  {
    id: 'milestone-required',
    severity: 'blocking',
    fire: check({ milestones: [] }),
    target: onCommitment('milestones'),
    pass: check({ milestones: [m(1)] }),
  },
  {
    id: 'milestone-activity',
    severity: 'blocking',
    fire: withMilestone(2, { activity: without(m(2).activity, 'sq') }),
    target: on('milestone', m(2).id, 'activity', 'sq'),
    params: { seq: 2, fieldKey: 'model.milestone.activity' },
    count: 1,
    pass: check({}),
  },
  {
    id: 'milestone-deliverable',
    severity: 'blocking',
    fire: withMilestone(1, { deliverable: { sq: '', en: '' } }),
    target: on('milestone', m(1).id, 'deliverable', 'sq'),
    params: { seq: 1 },
    count: 2,
    pass: check({}),
  },
  {
    id: 'milestone-dates',
    severity: 'blocking',
    fire: withMilestone(2, { endDate: null }),
    target: on('milestone', m(2).id, 'endDate'),
    params: { seq: 2, fieldKey: 'model.milestone.endDate' },
    count: 1,
    pass: check({}),
  },
  {
    id: 'milestone-date-order',
    severity: 'blocking',
    fire: withMilestone(1, { startDate: '2021-05-01', endDate: '2021-04-30' }),
    target: on('milestone', m(1).id, 'endDate'),
    params: { seq: 1, start: '2021-05-01', end: '2021-04-30' },
    pass: withMilestone(1, { startDate: '2021-05-01', endDate: '2021-05-01' }),
  },
  {
    id: 'milestone-in-commitment',
    severity: 'blocking',
    fire: check({ startDate: '2020-10-15' }),
    target: on('milestone', m(1).id, 'startDate'),
    params: { seq: 1, date: '2020-10-01', commitmentStart: '2020-10-15', commitmentEnd: '2022-08-31' },
    count: 1,
    pass: check({ startDate: '2020-10-01', endDate: '2022-06-30' }),
  },
  {
    id: 'milestone-in-cycle',
    severity: 'blocking',
    fire: withMilestone(2, { endDate: '2022-09-01' }),
    target: on('milestone', m(2).id, 'endDate'),
    params: { seq: 2, date: '2022-09-01', cycleStart: '2020-09-01', cycleEnd: '2022-08-31' },
    count: 1,
    pass: withMilestone(2, { startDate: '2020-09-01', endDate: '2022-08-31' }),
  },
  {
    id: 'milestone-responsible',
    severity: 'warning',
    fire: withMilestone(2, { responsibleInstitution: null }),
    target: on('milestone', m(2).id, 'responsibleInstitution'),
    params: { seq: 2 },
    pass: check({}),
  },
  {
    id: 'indicator-required',
    severity: 'blocking',
    fire: check({ indicators: [] }),
    target: onCommitment('indicators'),
    pass: check({}),
  },
  {
    id: 'indicator-name',
    severity: 'blocking',
    fire: withIndicator({ name: without(ind.name, 'en') }),
    target: on('indicator', ind.id, 'name', 'en'),
    params: { seq: 1, fieldKey: 'model.indicator.name' },
    count: 1,
    pass: check({}),
  },
  {
    id: 'indicator-baseline-target',
    severity: 'blocking',
    fire: withIndicator({ baseline: { value: 0, year: null }, targets: [{ year: 2022, value: null }] }),
    target: on('indicator', ind.id, 'baseline.year'),
    params: { seq: 1, fieldKey: 'panels.fields.indicator.baseline-year' },
    count: 2,
    // Zero and a qualitative statement are values.
    pass: withIndicator({ baseline: { value: 0, year: 2020 }, targets: [{ year: 2022, value: 'ligji i miratuar' }] }),
  },
  {
    id: 'target-year-in-cycle',
    severity: 'blocking',
    fire: withIndicator({ targets: [{ year: 2021, value: 40 }, { year: 2023, value: 95 }] }),
    target: on('indicator', ind.id, 'targets'),
    params: { seq: 1, year: 2023, startYear: 2020, endYear: 2022 },
    count: 1,
    pass: withIndicator({ targets: [{ year: 2020, value: 10 }, { year: 2022, value: 95 }] }),
  },
  {
    id: 'idea-reasoned-response',
    severity: 'blocking',
    fire: () => checkIdea(idea('i', { status: 'not-taken-forward', commitmentId: null, reasonedResponse: { sq: 'Jashtë fushës së OGP-së.', en: '' } }), CTX),
    target: { type: 'idea', id: idea().id, commitmentId: null, componentCode: 'anti-corruption', field: 'reasonedResponse', lang: 'en' },
    params: { fieldKey: 'quality.field.idea.reasonedResponse' },
    count: 1,
    // Not decided yet: nothing to respond to.
    pass: () => checkIdea(idea('i', { status: 'shortlisted', reasonedResponse: { sq: '', en: '' } }), CTX),
  },
  {
    id: 'idea-commitment-link',
    severity: 'warning',
    fire: () => checkIdea(idea('i', { status: 'merged', commitmentId: null }), CTX),
    target: { type: 'idea', id: idea().id, field: 'commitmentId', lang: null },
    pass: () => checkIdea(idea('i', { status: 'not-taken-forward', commitmentId: null }), CTX),
  },
  {
    id: 'idea-commitment-deleted',
    severity: 'blocking',
    fire: () => checkPlan({ national: false, cycle: CYCLE, reference: CTX.reference, today: CTX.today, commitments: [], ideas: [idea('i')] }).findings,
    target: { type: 'idea', id: idea().id, field: 'commitmentId', lang: null },
    params: { fieldKey: 'quality.field.idea.commitmentId' },
    // Its commitment is in the plan; and one idea checked alone has no plan to look it up in.
    pass: () => [...checkPlan({ national: false, cycle: CYCLE, reference: CTX.reference, today: CTX.today, commitments: [commitment('c')], ideas: [idea('i')] }).findings, ...checkIdea(idea('i'), CTX)],
  },
  {
    id: 'idea-undecided',
    severity: 'warning',
    // TODAY is 2020-10-15: received 61 days before.
    fire: () => checkIdea(idea('i', { status: 'shortlisted', commitmentId: null, receivedAt: '2020-08-15' }), CTX),
    target: { type: 'idea', id: idea().id, field: 'status', lang: null },
    params: { days: 61, max: 60, received: '2020-08-15' },
    // Exactly 60 days, and an old idea that was decided.
    pass: () => [...checkIdea(idea('i', { status: 'received', commitmentId: null, receivedAt: '2020-08-16' }), CTX), ...checkIdea(idea('i', { receivedAt: '2020-01-01' }), CTX)],
  },
  {
    id: 'round-weights',
    severity: 'warning',
    fire: () => checkPlan({ national: false, cycle: CYCLE, reference: CTX.reference, today: CTX.today, commitments: [], rounds: [round(0.9)] }).findings,
    target: { type: 'prioritization-round', id: round(0.9).id, componentCode: 'anti-corruption', field: 'criteria', lang: null },
    params: { sum: 90 },
    // 0.1 + 0.2 is 0.30000000000000004 in floating point: still 100 %.
    pass: () => checkPlan({ national: false, cycle: CYCLE, reference: CTX.reference, today: CTX.today, commitments: [], rounds: [round(0.7, [0.1, 0.2])] }).findings,
  },
  {
    id: 'consultation-notice',
    severity: 'warning',
    fire: () => checkEvent(event('e', { date: '2020-11-12', noticeDate: '2020-11-01' }), CTX),
    target: { type: 'consultation-event', id: event().id, commitmentId: null, componentCode: 'anti-corruption', field: 'noticeDate', lang: null },
    params: { days: 11, noticeDate: '2020-11-01', date: '2020-11-12', min: 14 },
    // Exactly fourteen days, across the end of October.
    pass: () => checkEvent(event('e', { date: '2020-11-12', noticeDate: '2020-10-29' }), CTX),
  },
  {
    id: 'consultation-notice-missing',
    severity: 'warning',
    fire: () => checkEvent(event('e', { date: '2020-11-12', noticeDate: null }), CTX),
    target: { type: 'consultation-event', id: event().id, field: 'noticeDate', lang: null },
    params: { date: '2020-11-12', deadline: '2020-10-29', min: 14 },
    // Already held (before TODAY): nothing left to announce.
    pass: () => checkEvent(event('e', { date: '2020-10-14', noticeDate: null }), CTX),
  },
  {
    id: 'comment-reason',
    severity: 'blocking',
    // Decided, with the English reason missing.
    fire: () => checkPlan({ national: false, cycle: CYCLE, reference: CTX.reference, today: CTX.today, commitments: [], comments: [commentInput({ decision: 'accepted', reason: { sq: 'U pranua', en: ' ' } })] }).findings,
    target: { type: 'comment', id: commentInput().id, commitmentId: null, componentCode: 'anti-corruption', field: 'reason', lang: 'en' },
    params: {},
    // Undecided without a reason, and decided with both.
    pass: () =>
      checkPlan({
        national: false, cycle: CYCLE, reference: CTX.reference, today: CTX.today, commitments: [],
        comments: [commentInput({ decision: null }), commentInput({ decision: 'not-accepted', reason: { sq: 'Jashtë fushës', en: 'Out of scope' } })],
      }).findings,
  },
  {
    id: 'report-undecided-comments',
    severity: 'blocking',
    fire: () => checkPlan({ national: false, cycle: CYCLE, reference: CTX.reference, today: CTX.today, commitments: [], reports: [reportInput({ undecided: 2 })] }).findings,
    target: { type: 'consultation-report', id: reportInput().id, commitmentId: null, componentCode: 'anti-corruption', field: 'events', lang: null },
    params: { count: 2, kind: 'consultation', fieldKey: 'quality.field.consultation-report.events' },
    // Nothing undecided; and a report the POC has reviewed is no longer the LFP's to fix.
    pass: () =>
      checkPlan({ national: false, cycle: CYCLE, reference: CTX.reference, today: CTX.today, commitments: [], reports: [reportInput(), reportInput({ status: 'reviewed', undecided: 1 })] }).findings,
  },
  {
    id: 'feedback-overdue',
    severity: 'warning',
    // A partly met item due the day before today, not resolved; the first item is met.
    fire: () => checkPlan({ national: false, cycle: CYCLE, reference: CTX.reference, today: CTX.today, commitments: [], feedback: [feedbackInput({ due: dayBefore(CTX.today) })] }).findings,
    target: { type: 'commitment', id: c0.id, commitmentId: c0.id, componentCode: 'anti-corruption', field: null, lang: null },
    params: { n: 2, due: dayBefore(CTX.today) },
    // Due today (not yet past), resolved, or met (a met item asks nothing, whatever its date).
    pass: () =>
      checkPlan({
        national: false, cycle: CYCLE, reference: CTX.reference, today: CTX.today, commitments: [],
        feedback: [feedbackInput({ due: CTX.today }), feedbackInput({ due: dayBefore(CTX.today), resolved: true }), feedbackInput({ due: dayBefore(CTX.today), rating: 'met' })],
      }).findings,
  },
];

function dayBefore(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

function feedbackInput({ due, resolved = false, rating = 'partly-met' }: { due: string; resolved?: boolean; rating?: 'met' | 'partly-met' }): FeedbackInput {
  const text = (sq: string, en: string) => ({ sq, en });
  const item = (over: Partial<FeedbackInput['items'][number]['item']>) => ({ check: text('Pika', 'Check'), rating: 'met' as const, comment: text('', ''), requiredAction: text('', ''), dueDate: null, ...over });
  return {
    id: '00000000-0000-4000-8000-0000000000f1',
    target: { type: 'commitment', id: c0.id },
    componentCode: 'anti-corruption',
    items: [
      { item: item({ dueDate: dayBefore(due) }), resolved: false },
      { item: item({ rating, requiredAction: rating === 'met' ? text('', '') : text('Shtoni arsyet', 'Add the reasons'), dueDate: due }), resolved },
    ],
  };
}

function reportInput(over: Partial<ReportInput> = {}): ReportInput {
  return { id: '00000000-0000-4000-8000-0000000000a1', componentCode: 'anti-corruption', kind: 'consultation', status: 'draft', undecided: 0, ...over };
}

function commentInput(over: Partial<CommentInput> = {}): CommentInput {
  return { id: '7d1f1a52-0c2b-4d35-9a77-6f1e3b0c9a10', eventId: event().id, decision: null, reason: { sq: '', en: '' }, componentCode: 'anti-corruption', ...over };
}
