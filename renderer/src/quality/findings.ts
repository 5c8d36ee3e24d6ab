// Pure helpers over quality findings: which field a finding points at (as
// the editor names fields), where to navigate for it, in which order to show
// findings, and how to group the plan-wide list by component and commitment.
import { withReadableDates } from '../../../shared/format/dates';
import type { Lang } from '../../../shared/model/primitives';
import type { Finding } from '../../../shared/quality/types';
import { findingCommitmentId, findingFieldRef } from '../../../shared/quality/finding-ref';
import { fieldKey } from '../lib/field-key';
import type { Route } from '../lib/route';
import type { CatalogueLookup } from './field-label';

export { findingCommitmentId, findingFieldRef };

/**
 * Where a finding's link goes: its commitment (or its consultation report),
 * focused on the field when the finding names one. `componentOf` supplies the component when the
 * finding does not carry it. Null when there is nothing to open.
 */
export function findingRoute(finding: Finding, componentOf?: (commitmentId: string) => string | undefined): Route | null {
  const { type, id, componentCode } = finding.target;
  if (type === 'prioritization-round' && id && componentCode) return { view: 'prioritization', component: componentCode, round: id };
  if (type === 'consultation-report' && id) {
    const ref = findingFieldRef(finding);
    return { view: 'consultation', tab: 'reports', report: id, ...(ref ? { focus: fieldKey(ref) } : {}) };
  }
  const commitment = findingCommitmentId(finding);
  if (!commitment) return null;
  const component = finding.target.componentCode ?? componentOf?.(commitment);
  if (!component) return null;
  const ref = findingFieldRef(finding);
  return ref ? { view: 'commitment', component, commitment, focus: fieldKey(ref) } : { view: 'commitment', component, commitment };
}

/** Blocking findings first, then warnings; the checks' own order is kept within each. */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  return [...findings.filter((f) => f.severity === 'blocking'), ...findings.filter((f) => f.severity !== 'blocking')];
}

/**
 * One line of a findings list: a finding, or the same finding in both
 * languages (a required text missing in Albanian and in English reads as
 * one line with a way to each language's field, not two near-identical
 * lines).
 */
export interface FindingEntry {
  readonly key: string;
  /** The findings merged into this line, Albanian first; all alike but for the language. */
  readonly findings: readonly Finding[];
}

function sameButLanguage(f: Finding): string {
  const { checkId, severity, target, params } = f;
  const sortedParams = Object.keys(params)
    .sort()
    .map((k) => `${k}=${String(params[k])}`)
    .join('&');
  return [checkId, severity, target.type, target.id ?? '', target.field ?? '', sortedParams].join('|');
}

/** Merges findings that differ only in their language; order of first appearance is kept. */
export function mergeLanguages(findings: readonly Finding[]): FindingEntry[] {
  const out: { key: string; findings: Finding[] }[] = [];
  const open = new Map<string, { key: string; findings: Finding[] }>();
  findings.forEach((f, i) => {
    if (f.target.lang === null) {
      out.push({ key: `${sameButLanguage(f)}#${i}`, findings: [f] });
      return;
    }
    const k = sameButLanguage(f);
    const entry = open.get(k);
    if (entry && !entry.findings.some((g) => g.target.lang === f.target.lang)) {
      entry.findings.push(f);
      entry.findings.sort((a, b) => (a.target.lang === 'sq' ? -1 : 0) - (b.target.lang === 'sq' ? -1 : 0));
    } else {
      const fresh = { key: `${k}#${i}`, findings: [f] };
      open.set(k, fresh);
      out.push(fresh);
    }
  });
  return out;
}

export interface FindingCounts {
  blocking: number;
  warnings: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  let blocking = 0;
  for (const f of findings) if (f.severity === 'blocking') blocking++;
  return { blocking, warnings: findings.length - blocking };
}

export interface CommitmentFindings {
  /** Null for findings about the component as a whole. */
  readonly commitmentId: string | null;
  readonly findings: Finding[];
  /** The same findings as list lines (languages merged). */
  readonly entries: FindingEntry[];
}

export interface ComponentFindings extends FindingCounts {
  /** Null for findings about the whole plan. */
  readonly componentCode: string | null;
  readonly commitments: CommitmentFindings[];
}

/**
 * Groups findings by component, then commitment. Plan-wide findings come
 * first, then components in `componentOrder`, then any component not in it;
 * within a component, component-level findings first, then commitments in
 * `commitmentOrder`. Each commitment's findings: blocking first.
 */
export function groupFindings(
  findings: readonly Finding[],
  componentOrder: readonly string[] = [],
  commitmentOrder: readonly string[] = [],
  componentOf?: (commitmentId: string) => string | undefined,
): ComponentFindings[] {
  const byComponent = new Map<string | null, Map<string | null, Finding[]>>();
  for (const f of findings) {
    const commitment = findingCommitmentId(f);
    const component = f.target.componentCode ?? (commitment ? componentOf?.(commitment) : undefined) ?? null;
    let commitments = byComponent.get(component);
    if (!commitments) byComponent.set(component, (commitments = new Map()));
    const list = commitments.get(commitment);
    if (list) list.push(f);
    else commitments.set(commitment, [f]);
  }
  const rank = (order: readonly string[]) => {
    const pos = new Map(order.map((k, i) => [k, i]));
    return (k: string | null) => (k === null ? -1 : (pos.get(k) ?? order.length));
  };
  const componentRank = rank(componentOrder);
  const commitmentRank = rank(commitmentOrder);
  return [...byComponent.entries()]
    .sort(([a], [b]) => componentRank(a) - componentRank(b))
    .map(([componentCode, commitments]) => {
      const groups = [...commitments.entries()]
        .sort(([a], [b]) => commitmentRank(a) - commitmentRank(b))
        .map(([commitmentId, list]) => {
          const ordered = orderFindings(list);
          return { commitmentId, findings: ordered, entries: mergeLanguages(ordered) };
        });
      const counts = countFindings(groups.flatMap((g) => g.findings));
      return { componentCode, commitments: groups, ...counts };
    });
}

export type FindingRow =
  | { readonly kind: 'component'; readonly key: string; readonly group: ComponentFindings }
  | { readonly kind: 'commitment'; readonly key: string; readonly componentCode: string | null; readonly commitmentId: string | null; readonly count: number }
  | { readonly kind: 'finding'; readonly key: string; readonly entry: FindingEntry };

/** The grouped list as flat rows (headings and findings), for a virtualised list. */
export function flattenGroups(groups: readonly ComponentFindings[]): FindingRow[] {
  const rows: FindingRow[] = [];
  for (const g of groups) {
    const cKey = g.componentCode ?? '(plan)';
    rows.push({ kind: 'component', key: `c:${cKey}`, group: g });
    for (const c of g.commitments) {
      const mKey = `${cKey}:${c.commitmentId ?? '-'}`;
      // Plan-wide findings need no second heading under "the whole plan".
      if (g.componentCode !== null || c.commitmentId !== null) {
        rows.push({ kind: 'commitment', key: `m:${mKey}`, componentCode: g.componentCode, commitmentId: c.commitmentId, count: c.findings.length });
      }
      for (const entry of c.entries) rows.push({ kind: 'finding', key: `f:${mKey}:${entry.key}`, entry });
    }
  }
  return rows;
}

/**
 * The values a finding's message interpolates. A `fieldKey` param names the
 * catalogue entry of a field's label: it is translated first, and offered as
 * `field` too, so a message may say either {{fieldKey}} or {{field}}.
 */
export function findingMessageParams(params: Finding['params'], lookup: CatalogueLookup): Record<string, string | number> {
  // Dates read dd.mm.yyyy in the sentence, as the date boxes show them.
  const out: Record<string, string | number> = withReadableDates(params);
  const key = params['fieldKey'];
  if (typeof key === 'string') {
    const label = lookup(key);
    const text = typeof label === 'string' ? label : key;
    out['fieldKey'] = text;
    out['field'] = text;
  }
  return out;
}

/** What a "go to the field" control says: on screen, and in full for screen readers. */
export interface GoToLabel {
  readonly visible: string;
  readonly accessible: string;
}

/**
 * The label of a finding's "go to the field" button. `field` names the field
 * as its input is labelled ("Hapi kyç 2 Titulli (shqip)"). One button says
 * "Shko te fusha"; a finding merged across languages has one per language,
 * each showing its language. The accessible name always begins with the
 * words shown (WCAG 2.5.3: a person saying what they see reaches it).
 */
export function goToLabel(t: (key: string, options?: Record<string, unknown>) => string, lang: Lang | null, perLanguage: boolean, field: string): GoToLabel {
  if (perLanguage && lang) {
    const visible = t(`common.language.${lang}`);
    return { visible, accessible: t('panels.quality.goToFieldInLanguage', { language: visible, field }) };
  }
  return { visible: t('panels.quality.goToField'), accessible: t('panels.quality.goToFieldNamed', { field }) };
}
