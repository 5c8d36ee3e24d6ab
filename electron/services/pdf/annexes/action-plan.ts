// Annex VI/VII: every commitment in the action-plan template, each from a new
// page: its number and title as the heading, then every field of the template
// that has content, section by section in the template's order and with the
// editor's labels, then its milestones.
import { TEMPLATE_FIELDS, TEMPLATE_SECTIONS, type TemplateSection } from '../../../../shared/model/commitment-template';
import type { Commitment } from '../../../../shared/model/plan';
import type { Text } from '../../../../shared/model/primitives';
import type { ReferenceData } from '../../../../shared/model/reference';
import { type Doc } from '../document';
import { bilingualParagraph } from '../text';
import {
  type AnnexInput,
  type AnnexScope,
  commitmentCount,
  commitmentRecords,
  dateText,
  field,
  institutionName,
  joinTexts,
  modeOf,
  moneyText,
  printEachCommitment,
  same,
  type Section,
} from './common';
import { type AnnexTableOptions, bilingualHeading, decide, type Filled, headedTable, TWO_LINES } from './fill';

/** Printed as the commitment's heading (number and title) or not at all (the workflow status). */
const NOT_A_ROW = new Set(['planNumber', 'title', 'status']);

type Value = Text | string | null;

function termLabels(ref: ReferenceData, kind: 'ogp-value' | 'policy-area', codes: readonly string[]): Text {
  return joinTexts(codes.map((code) => ref.terms.find((x) => x.kind === kind && x.code === code)?.label ?? same(code)));
}

/** The rows one template field prints: [label, value], in order (budget is the amount and its source). */
function rowsOf(input: AnnexScope, c: Commitment, name: string): [Text, Value][] {
  const { t, plan } = input;
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
      return [[f('sdgs'), c.sdgs.length ? sdgText(input, c.sdgs) : null]];
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

/** "16 Paqe, drejtësi dhe institucione të forta" per language, goals in number order. */
function sdgText(input: AnnexScope, sdgs: readonly number[]): Text {
  const goals = [...sdgs].sort((a, b) => a - b);
  const side = (l: 'sq' | 'en') => goals.map((n) => input.t('print.sdg', { number: n, goal: input.t(`model.sdg.${n}`)[l] })[l]).join('; ');
  return { sq: side('sq'), en: side('en') };
}

/** The rows one section of the template prints, [label, value, decided parts], in order; empty when none has content. */
export function sectionRows(input: AnnexScope, c: Commitment, section: TemplateSection): [Text, Value, Filled][] {
  const rows: [Text, Value, Filled][] = [];
  for (const name of TEMPLATE_FIELDS[section]) {
    if (NOT_A_ROW.has(name)) continue;
    for (const [label, value] of rowsOf(input, c, name)) {
      const filled = decide(value, input.lang, modeOf(input));
      if (filled) rows.push([label, value, filled]);
    }
  }
  return rows;
}

/** One section of the template: its caption, then its fields that print; nothing when none does. */
function printSection(doc: Doc, input: AnnexInput, c: Commitment, section: TemplateSection): void {
  const rows = sectionRows(input, c, section);
  if (rows.length === 0) return;
  bilingualHeading(doc, input.t(`model.commitmentSection.${section}`), input.lang, 3, 3 * TWO_LINES);
  for (const [label, value, filled] of rows) field(doc, input, label, value, filled);
}

/** A commitment's milestones table (one row per milestone, in order). */
export function milestoneTable(input: AnnexScope, c: Commitment): AnnexTableOptions {
  const { t, lang, plan } = input;
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
    lang,
    mode: modeOf(input),
  };
}

function milestones(doc: Doc, input: AnnexInput, c: Commitment): void {
  const { t, lang } = input;
  const title = t('model.milestone.entityPlural');
  if (c.milestones.length === 0) {
    bilingualHeading(doc, title, lang, 3, TWO_LINES);
    bilingualParagraph(doc, t('print.noMilestones'), lang, t('print.missingTranslation'));
    return;
  }
  headedTable(doc, title, 3, milestoneTable(input, c));
}

function renderActionPlan(doc: Doc, input: AnnexInput): void {
  printEachCommitment(
    doc,
    input,
    1,
    (c) => {
      for (const section of TEMPLATE_SECTIONS) printSection(doc, input, c, section);
      milestones(doc, input, c);
    },
    { ownPage: true, follow: () => 4 * TWO_LINES },
  );
}

export const actionPlanSection: Section = {
  layout: 'portrait',
  units: commitmentCount,
  render: renderActionPlan,
  records: commitmentRecords,
};
