// What a commitment of Annex VI/VII prints, whatever the format: every field
// of the template that has content, section by section in the template's
// order and with the editor's labels, then its milestones. The number and
// the title are its heading (commitmentTitle), the workflow status is not
// printed.
import { TEMPLATE_FIELDS, TEMPLATE_SECTIONS, type TemplateSection } from '../../../shared/model/commitment-template';
import type { Commitment } from '../../../shared/model/plan';
import type { Text } from '../../../shared/model/primitives';
import type { ReferenceData } from '../../../shared/model/reference';
import { decide, type Filled } from './decide';
import { type AnnexScope, dateText, institutionName, joinTexts, modeOf, moneyText, same } from './scope';
import type { TableSpec } from './table';

/** Printed as the commitment's heading (number and title) or not at all (the workflow status). */
const NOT_A_ROW = new Set(['planNumber', 'title', 'status']);

export type FieldValue = Text | string | null;

/** A field as printed: its label, its value and the parts decide() made of it. */
export interface FieldRow {
  label: Text;
  value: FieldValue;
  filled: Filled;
}

/** A section of the template with the rows it prints (never empty). */
export interface PrintedSection {
  section: TemplateSection;
  title: Text;
  rows: FieldRow[];
}

function termLabels(ref: ReferenceData, kind: 'ogp-value' | 'policy-area', codes: readonly string[]): Text {
  return joinTexts(codes.map((code) => ref.terms.find((x) => x.kind === kind && x.code === code)?.label ?? same(code)));
}

/** "16 Paqe, drejtësi dhe institucione të forta" per language, goals in number order. */
function sdgText(scope: AnnexScope, sdgs: readonly number[]): Text {
  const goals = [...sdgs].sort((a, b) => a - b);
  const side = (l: 'sq' | 'en') => goals.map((n) => scope.t('print.sdg', { number: n, goal: scope.t(`model.sdg.${n}`)[l] })[l]).join('; ');
  return { sq: side('sq'), en: side('en') };
}

/** The rows one template field prints: [label, value], in order (budget is the amount and its source). */
export function rowsOf(scope: AnnexScope, c: Commitment, name: string): [Text, FieldValue][] {
  const { t, plan } = scope;
  const ref = plan.reference;
  const f = (key: string) => t(`model.commitment.${key}`);
  const notSet = t('print.notSet').sq;
  switch (name) {
    case 'ogpId':
      return [[f('ogpId'), c.ogpId]];
    case 'ogpValues':
      return [[f('ogpValues'), termLabels(ref, 'ogp-value', c.ogpValues)]];
    case 'policyAreas':
      return [[f('policyAreas'), termLabels(ref, 'policy-area', c.policyAreas)]];
    case 'sdgs':
      return [[f('sdgs'), c.sdgs.length ? sdgText(scope, c.sdgs) : null]];
    case 'leadInstitution':
      return [[f('leadInstitution'), c.leadInstitution ? institutionName(ref, c.leadInstitution) : null]];
    case 'supportingInstitutions':
      return [[f('supportingInstitutions'), joinTexts(c.supportingInstitutions.map((code) => institutionName(ref, code)))]];
    case 'startDate':
      // Start and end print as one period ("01.09.2020 – 31.08.2022"); the end date has no row of its own.
      return [[t('print.dates'), c.startDate || c.endDate ? t('print.dateRange', { start: dateText(c.startDate, notSet), end: dateText(c.endDate, notSet) }).sq : null]];
    case 'endDate':
      return [];
    case 'budget':
      return [
        [f('budget'), c.budget.amount === null ? null : moneyText(c.budget.amount, c.budget.currency)],
        [t('model.budget.fundingSource'), c.budget.fundingSource],
      ];
    case 'contact': {
      const k = c.contact;
      return [[f('contact'), [k.name, k.title, k.email, k.phone].filter((x) => x.trim()).join(', ')]];
    }
    default:
      return [[f(name), (c as unknown as Record<string, Text>)[name]!]];
  }
}

/** One section of the template with its fields that print; null when none does. */
function printedSection(scope: AnnexScope, c: Commitment, section: TemplateSection): PrintedSection | null {
  const rows: FieldRow[] = [];
  for (const name of TEMPLATE_FIELDS[section]) {
    if (NOT_A_ROW.has(name)) continue;
    for (const [label, value] of rowsOf(scope, c, name)) {
      const filled = decide(value, scope.lang, modeOf(scope));
      if (filled) rows.push({ label, value, filled });
    }
  }
  return rows.length === 0 ? null : { section, title: scope.t(`model.commitmentSection.${section}`), rows };
}

/** The sections a commitment prints, in the template's order; a section with nothing to print is left out. */
export function commitmentSections(scope: AnnexScope, c: Commitment): PrintedSection[] {
  return TEMPLATE_SECTIONS.map((s) => printedSection(scope, c, s)).filter((s): s is PrintedSection => s !== null);
}

/** The milestones' heading. */
export const milestonesTitle = (scope: AnnexScope): Text => scope.t('model.milestone.entityPlural');

/** The milestones as a table, in their order; null when the commitment has none (print.noMilestones says so). */
export function milestoneTable(scope: AnnexScope, c: Commitment): TableSpec | null {
  if (c.milestones.length === 0) return null;
  const { t, plan } = scope;
  const m = (key: string) => t(`model.milestone.${key}`);
  return {
    columns: [
      { header: t('print.columns.number'), width: 0.05 },
      { header: m('activity'), width: 0.17 },
      { header: m('deliverable'), width: 0.15 },
      // Wide enough for "Data e përfundimit" and a date without breaking a word.
      { header: m('startDate'), width: 0.115 },
      { header: m('endDate'), width: 0.115 },
      { header: m('responsibleInstitution'), width: 0.13 },
      { header: m('stakeholders'), width: 0.15 },
      { header: m('status'), width: 0.12 },
    ],
    rows: [...c.milestones]
      .sort((a, b) => a.seq - b.seq)
      .map((ms, i) => [
        c.planNumber ? `${c.planNumber}.${i + 1}` : String(i + 1),
        ms.activity,
        ms.deliverable,
        ms.startDate ? dateText(ms.startDate, '') : null,
        ms.endDate ? dateText(ms.endDate, '') : null,
        ms.responsibleInstitution ? institutionName(plan.reference, ms.responsibleInstitution) : null,
        ms.stakeholders,
        t(`model.milestoneStatus.${ms.status}`),
      ]),
  };
}
