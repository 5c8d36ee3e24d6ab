// Findings become links to fields: the mapping to the editor's FieldRef and
// route, the order (blocking first), the grouping of the plan-wide list, and
// the translation of a field-label parameter.
import { describe, expect, it } from 'vitest';
import { sq } from '../../../shared/i18n';
import type { Finding } from '../../../shared/quality/types';
import { parseRoute, routeHref } from '../../../renderer/src/lib/route';
import { fieldDomId, fieldKey, parseFieldKey } from '../../../renderer/src/lib/field-key';
import { fieldLabelKeys, lookupIn, resolveFieldLabel } from '../../../renderer/src/quality/field-label';
import {
  countFindings,
  findingCommitmentId,
  findingFieldRef,
  findingMessageParams,
  findingRoute,
  flattenGroups,
  groupFindings,
  mergeLanguages,
  orderFindings,
} from '../../../renderer/src/quality/findings';

const C1 = '11111111-1111-4111-8111-111111111111';
const C2 = '22222222-2222-4222-8222-222222222222';
const M1 = '33333333-3333-4333-8333-333333333333';

function finding(partial: Partial<Finding['target']> & { checkId?: string; severity?: Finding['severity']; params?: Finding['params'] }): Finding {
  const { checkId = 'x', severity = 'blocking', params = {}, ...target } = partial;
  return {
    checkId,
    severity,
    params,
    target: { type: 'commitment', id: null, commitmentId: null, componentCode: null, field: null, lang: null, ...target },
  };
}

describe('finding → field', () => {
  it('maps a commitment field in one language', () => {
    const f = finding({ type: 'commitment', id: C1, commitmentId: C1, componentCode: 'anti-corruption', field: 'title', lang: 'en' });
    expect(findingFieldRef(f)).toEqual({ recordType: 'commitment', recordId: C1, field: 'title', lang: 'en' });
    expect(findingCommitmentId(f)).toBe(C1);
    const route = findingRoute(f)!;
    expect(route).toEqual({ view: 'commitment', component: 'anti-corruption', commitment: C1, focus: `commitment:${C1}:title:en` });
    // The link survives the URL and names the same input the editor renders.
    const back = parseRoute(routeHref(route));
    expect(back).toEqual(route);
    expect(fieldDomId(parseFieldKey((back as { focus: string }).focus)!)).toBe(`fld-commitment-${C1}-title-en`);
  });

  it('maps a milestone field to the milestone, navigating to its commitment', () => {
    const f = finding({ type: 'milestone', id: M1, commitmentId: C1, field: 'deliverable', lang: 'sq' });
    expect(findingFieldRef(f)).toEqual({ recordType: 'milestone', recordId: M1, field: 'deliverable', lang: 'sq' });
    expect(findingCommitmentId(f)).toBe(C1);
    // The component comes from the plan when the finding does not carry it.
    expect(findingRoute(f, (id) => (id === C1 ? 'digital' : undefined))).toEqual({
      view: 'commitment',
      component: 'digital',
      commitment: C1,
      focus: fieldKey({ recordType: 'milestone', recordId: M1, field: 'deliverable', lang: 'sq' }),
    });
    expect(findingRoute(f)).toBeNull();
  });

  it('a finding without a field opens the commitment unfocused; plan-wide records and events open nothing; an idea field is a field of the ideas register', () => {
    const noField = finding({ type: 'commitment', id: C1, componentCode: 'justice', checkId: 'milestones.none' });
    expect(findingFieldRef(noField)).toBeNull();
    expect(findingRoute(noField)).toEqual({ view: 'commitment', component: 'justice', commitment: C1 });
    expect(findingRoute(finding({ type: 'plan', checkId: 'plan.count' }))).toBeNull();
    expect(findingFieldRef(finding({ type: 'idea', id: C2, field: 'reasonedResponse', lang: 'sq' }))).toMatchObject({ recordType: 'idea', recordId: C2, field: 'reasonedResponse', lang: 'sq' });
    expect(findingCommitmentId(finding({ type: 'consultation-event', id: C2 }))).toBeNull();
  });

  it('a report finding opens the report in the Reports tab, on the field it names', () => {
    const f = finding({ type: 'consultation-report', id: C2, componentCode: 'anti-corruption', field: 'events', lang: null, checkId: 'report-undecided-comments' });
    expect(findingFieldRef(f)).toEqual({ recordType: 'consultation-report', recordId: C2, field: 'events', lang: null });
    const route = findingRoute(f)!;
    expect(route).toEqual({ view: 'consultation', tab: 'reports', report: C2, focus: `consultation-report:${C2}:events:-` });
    expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('keeps the field path as the checks name it', () => {
    const f = finding({ type: 'commitment', id: C1, field: 'budget.fundingSource', lang: 'sq' });
    expect(fieldKey(findingFieldRef(f)!)).toBe(`commitment:${C1}:budget.fundingSource:sq`);
  });
});

describe('order and grouping', () => {
  const a = finding({ checkId: 'a', severity: 'warning', type: 'commitment', id: C1, componentCode: 'k2' });
  const b = finding({ checkId: 'b', severity: 'blocking', type: 'commitment', id: C1, componentCode: 'k2' });
  const c = finding({ checkId: 'c', severity: 'blocking', type: 'milestone', id: M1, commitmentId: C2 });
  const d = finding({ checkId: 'd', severity: 'warning', type: 'plan' });
  const e = finding({ checkId: 'e', severity: 'blocking', type: 'commitment', id: C2, componentCode: 'k1' });

  it('puts blocking findings first, keeping the checks’ order', () => {
    expect(orderFindings([a, b, c, d, e]).map((f) => f.checkId)).toEqual(['b', 'c', 'e', 'a', 'd']);
    expect(countFindings([a, b, c, d, e])).toEqual({ blocking: 3, warnings: 2 });
  });

  it('groups by component (plan-wide first, then plan order) and commitment', () => {
    const groups = groupFindings([a, b, c, d, e], ['k1', 'k2'], [C2, C1], (id) => (id === C2 ? 'k1' : undefined));
    expect(groups.map((g) => [g.componentCode, g.blocking, g.warnings])).toEqual([
      [null, 0, 1],
      ['k1', 2, 0],
      ['k2', 1, 1],
    ]);
    expect(groups[1]!.commitments.map((c) => [c.commitmentId, c.findings.map((f) => f.checkId)])).toEqual([[C2, ['c', 'e']]]);
    expect(groups[2]!.commitments[0]!.findings.map((f) => f.checkId)).toEqual(['b', 'a']);
    const rows = flattenGroups(groups);
    // Plan-wide findings sit right under their heading; components have a line per commitment.
    expect(rows.map((r) => r.kind)).toEqual(['component', 'finding', 'component', 'commitment', 'finding', 'finding', 'component', 'commitment', 'finding', 'finding']);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });
});

describe('mergeLanguages', () => {
  const title = (lang: 'sq' | 'en' | null, extra: Partial<Finding> = {}) =>
    ({ ...finding({ checkId: 'required-text', type: 'commitment', id: C1, field: 'title', lang, params: { fieldKey: 'model.commitment.title' } }), ...extra }) as Finding;

  it('shows a finding missing in both languages as one line, Albanian first', () => {
    const entries = mergeLanguages([title('en'), title('sq'), finding({ checkId: 'other', type: 'commitment', id: C1, field: 'problem', lang: 'sq' })]);
    expect(entries.map((e) => e.findings.map((f) => `${f.checkId}:${f.target.lang}`))).toEqual([['required-text:sq', 'required-text:en'], ['other:sq']]);
    expect(new Set(entries.map((e) => e.key)).size).toBe(2);
  });

  it('keeps findings apart when anything but the language differs', () => {
    const other = finding({ checkId: 'required-text', type: 'commitment', id: C2, field: 'title', lang: 'en', params: { fieldKey: 'model.commitment.title' } });
    const warn = title('en', { severity: 'warning' });
    const param = finding({ checkId: 'required-text', type: 'commitment', id: C1, field: 'title', lang: 'en', params: { fieldKey: 'x' } });
    expect(mergeLanguages([title('sq'), other, warn, param]).map((e) => e.findings.length)).toEqual([1, 1, 1, 1]);
    // Findings without a language are never merged, even when identical.
    expect(mergeLanguages([title(null), title(null)]).length).toBe(2);
    // Nor two findings in the same language.
    expect(mergeLanguages([title('sq'), title('sq')]).length).toBe(2);
  });
});

describe('labels and message parameters', () => {
  const lookup = lookupIn(sq);

  it('translates a fieldKey parameter before it is interpolated', () => {
    expect(findingMessageParams({ fieldKey: 'model.commitment.title', min: 5 }, lookup)).toEqual({
      fieldKey: 'Titulli',
      field: 'Titulli',
      min: 5,
    });
    expect(findingMessageParams({ fieldKey: 'no.such.key' }, lookup)).toMatchObject({ fieldKey: 'no.such.key' });
    expect(findingMessageParams({ count: 3 }, lookup)).toEqual({ count: 3 });
  });

  it('names fields from the model catalogue, then the panels catalogue, then the path', () => {
    expect(resolveFieldLabel(lookup, 'commitment', 'doneSoFar')).toBe('Çfarë është bërë deri tani');
    expect(resolveFieldLabel(lookup, 'commitment', 'budget.fundingSource')).toBe('Burimi i financimit');
    const fake = lookupIn({
      model: { milestone: { deliverable: 'Produkti (model)' }, commitment: { budget: 'Buxheti' } },
      panels: { fields: { milestone: { deliverable: 'Produkti (panels)', cost: 'Kostoja' }, indicator: { targets: 'Synimet', 'baseline-value': 'Vlera bazë' } } },
      quality: { field: { idea: { reasonedResponse: 'Përgjigjja' } } },
    });
    expect(resolveFieldLabel(fake, 'milestone', 'deliverable')).toBe('Produkti (model)');
    expect(resolveFieldLabel(fake, 'milestone', 'cost')).toBe('Kostoja');
    expect(resolveFieldLabel(fake, 'indicator', 'targets[2].year')).toBe('Synimet');
    expect(resolveFieldLabel(fake, 'indicator', 'baseline.value')).toBe('Vlera bazë');
    expect(resolveFieldLabel(fake, 'commitment', 'budget.amount')).toBe('Buxheti');
    expect(resolveFieldLabel(fake, 'idea', 'reasonedResponse')).toBe('Përgjigjja');
    expect(resolveFieldLabel(fake, 'commitment', 'nonsense')).toBe('nonsense');
    expect(fieldLabelKeys('commitment', 'contact.email')).toEqual([
      'model.commitment.contact.email',
      'panels.fields.commitment.contact-email',
      'quality.field.commitment.contact-email',
      'model.commitment.contact',
      'panels.fields.commitment.contact',
    ]);
  });
});
