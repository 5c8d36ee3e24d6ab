// Annex VI/VII: every commitment in the action-plan template, with its milestones.
import type { Commitment } from '../../../../shared/model/plan';
import type { Text } from '../../../../shared/model/primitives';
import { type Doc } from '../document';
import { drawTable } from '../table';
import { heading, paragraph } from '../text';
import {
  type AnnexInput,
  commitmentCount,
  commitmentRecords,
  dateText,
  field,
  institutionName,
  joinTexts,
  moneyText,
  oneLine,
  printEachCommitment,
  same,
  type Section,
} from './common';

function templateFields(input: AnnexInput, c: Commitment): [Text, Text][] {
  const { t, plan } = input;
  const ref = plan.reference;
  const notSet = t('print.notSet').sq;
  const f = (key: string) => t(`model.commitment.${key}`);
  const terms = (codes: readonly string[]) =>
    joinTexts(codes.map((code) => ref.terms.find((x) => x.kind === 'ogp-value' && x.code === code)?.label ?? same(code)));
  const dates = t('print.dateRange', { start: dateText(c.startDate, notSet), end: dateText(c.endDate, notSet) });
  const b = c.budget;
  const amount = moneyText(b.amount, b.currency);
  const budget: Text = {
    sq: [amount.sq, b.fundingSource.sq].filter(Boolean).join(' — '),
    en: [amount.en, b.fundingSource.en].filter(Boolean).join(' — '),
  };
  const contact = same([c.contact.name, c.contact.title, c.contact.email, c.contact.phone].filter((x) => x.trim()).join(', '));
  return [
    [f('title'), c.title],
    [f('briefDescription'), c.briefDescription],
    [f('problem'), c.problem],
    [f('solution'), c.solution],
    [f('expectedResults'), c.expectedResults],
    [f('objective'), c.objective],
    [f('ogpValues'), terms(c.ogpValues)],
    [f('relevance'), c.relevance],
    [f('leadInstitution'), institutionName(ref, c.leadInstitution)],
    [f('supportingInstitutions'), joinTexts(c.supportingInstitutions.map((code) => institutionName(ref, code)))],
    [t('print.dates'), dates],
    [f('budget'), budget],
    [f('contact'), contact],
  ];
}

function milestones(doc: Doc, input: AnnexInput, c: Commitment, placeholder: Text): void {
  const { t, lang, plan } = input;
  const notSet = t('print.notSet').sq;
  heading(doc, oneLine(t('model.milestone.entityPlural'), lang, placeholder), 3);
  if (c.milestones.length === 0) {
    paragraph(doc, oneLine(t('print.noMilestones'), lang, placeholder));
    return;
  }
  const m = (key: string) => t(`model.milestone.${key}`);
  drawTable(doc, {
    columns: [
      { header: t('print.columns.number'), width: 0.06 },
      { header: m('activity'), width: 0.24 },
      { header: m('deliverable'), width: 0.22 },
      { header: m('startDate'), width: 0.1 },
      { header: m('endDate'), width: 0.1 },
      { header: m('responsibleInstitution'), width: 0.16 },
      { header: m('status'), width: 0.12 },
    ],
    rows: [...c.milestones]
      .sort((a, b) => a.seq - b.seq)
      .map((ms, i) => [
        c.planNumber ? `${c.planNumber}.${i + 1}` : String(i + 1),
        ms.activity,
        ms.deliverable,
        dateText(ms.startDate, notSet),
        dateText(ms.endDate, notSet),
        ms.responsibleInstitution ? institutionName(plan.reference, ms.responsibleInstitution) : notSet,
        t(`model.milestoneStatus.${ms.status}`),
      ]),
    mode: lang,
    placeholder,
  });
}

function renderActionPlan(doc: Doc, input: AnnexInput): void {
  const placeholder = input.t('print.missingTranslation');
  printEachCommitment(doc, input, 1, (c) => {
    for (const [label, value] of templateFields(input, c)) field(doc, input, label, value, placeholder);
    milestones(doc, input, c, placeholder);
  });
}

export const actionPlanSection: Section = {
  layout: 'portrait',
  units: commitmentCount,
  render: renderActionPlan,
  records: commitmentRecords,
};
