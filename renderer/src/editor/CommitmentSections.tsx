// The commitment's own fields, section by section, in the order of the
// action-plan template (Annex VI/VII). Each section body is memoised and
// reads its fields from the session itself, so typing in one field renders
// that field only.
import { makeStyles, tokens } from '@fluentui/react-components';
import { memo, useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format/dates';
import { COMMITMENT_STATUSES, CURRENCIES, isPocStatus, LFP_STATUSES } from '../../../shared/model/plan';
import { useEditor, useSession } from './context';
import { AmountField, CheckboxesField, ChoiceField, DateField, LineField, PERIOD, TagsField, TextField, type ChoiceOption } from './fields';
import { useInstitutionOptions } from './options';

export const useSectionStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalL },
  row2: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalM, alignItems: 'start' },
  row3: { display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalM, alignItems: 'start' },
  row4: { display: 'grid', gridTemplateColumns: 'repeat(4, minmax(0, 1fr))', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalM, alignItems: 'start' },
});

interface SectionProps {
  id: string;
}

export const IdentificationSection = memo(function IdentificationSection({ id, titleRef }: SectionProps & { titleRef?: Ref<HTMLInputElement & HTMLTextAreaElement> }) {
  const { t } = useTranslation();
  const s = useSectionStyles();
  // The institution chooses among its own statuses; one the POC's review gave is shown, not offered.
  const heldByPoc = isPocStatus(useSession((st) => st.commitment.status));
  const statuses = useMemo<ChoiceOption[]>(
    () => (heldByPoc ? COMMITMENT_STATUSES : LFP_STATUSES).map((v) => ({ value: v, label: t(`model.commitmentStatus.${v}`) })),
    [t, heldByPoc],
  );
  const c = 'commitment' as const;
  return (
    <div className={s.body}>
      <div className={s.row3}>
        <LineField recordType={c} recordId={id} field="planNumber" label={t('model.commitment.planNumber')} hint={t('ui.editor.hints.setAtConsolidation')} placeholder={t('ui.editor.notYetSet')} fixed />
        <LineField recordType={c} recordId={id} field="ogpId" label={t('model.commitment.ogpId')} hint={t('ui.editor.hints.setAtConsolidation')} placeholder={t('ui.editor.notYetSet')} fixed />
        <ChoiceField
          recordType={c}
          recordId={id}
          field="status"
          label={t('model.commitment.status')}
          hint={t(heldByPoc ? 'ui.editor.hints.statusHeldByPoc' : 'ui.editor.hints.status')}
          options={statuses}
          fixed={heldByPoc}
        />
      </div>
      <TextField recordType={c} recordId={id} field="title" label={t('model.commitment.title')} firstInputRef={titleRef} />
      <TextField recordType={c} recordId={id} field="shortTitle" label={t('model.commitment.shortTitle')} hint={t('ui.editor.hints.shortTitle')} />
      <TextField recordType={c} recordId={id} field="briefDescription" label={t('model.commitment.briefDescription')} multiline rows={3} />
    </div>
  );
});

export const ProblemSection = memo(function ProblemSection({ id }: SectionProps) {
  const { t } = useTranslation();
  const s = useSectionStyles();
  const c = 'commitment' as const;
  return (
    <div className={s.body}>
      <TextField recordType={c} recordId={id} field="problem" label={t('model.commitment.problem')} hint={t('ui.editor.hints.problem')} multiline />
      <TextField recordType={c} recordId={id} field="causes" label={t('model.commitment.causes')} multiline rows={3} />
      <TextField recordType={c} recordId={id} field="statusQuo" label={t('model.commitment.statusQuo')} multiline rows={3} />
    </div>
  );
});

export const DescriptionSection = memo(function DescriptionSection({ id }: SectionProps) {
  const { t } = useTranslation();
  const s = useSectionStyles();
  const c = 'commitment' as const;
  return (
    <div className={s.body}>
      <TextField recordType={c} recordId={id} field="doneSoFar" label={t('model.commitment.doneSoFar')} multiline rows={3} />
      <TextField recordType={c} recordId={id} field="solution" label={t('model.commitment.solution')} hint={t('ui.editor.hints.solution')} multiline />
      <TextField recordType={c} recordId={id} field="expectedResults" label={t('model.commitment.expectedResults')} multiline rows={3} />
      <TextField recordType={c} recordId={id} field="contribution" label={t('model.commitment.contribution')} multiline rows={3} />
      <TextField recordType={c} recordId={id} field="objective" label={t('model.commitment.objective')} multiline rows={2} />
    </div>
  );
});

const SDG_NUMBERS = Array.from({ length: 17 }, (_, i) => i + 1);

export const RelevanceSection = memo(function RelevanceSection({ id }: SectionProps) {
  const { t, i18n } = useTranslation();
  const s = useSectionStyles();
  const { terms } = useEditor();
  const lang = i18n.language === 'en' ? 'en' : 'sq';
  const tx = t as unknown as (key: string) => string;
  const values = useMemo(() => terms.ogpValues.map((v) => ({ value: v.code, label: v.label[lang] })), [terms, lang]);
  const areas = useMemo(() => terms.policyAreas.map((v) => ({ value: v.code, label: v.label[lang] })), [terms, lang]);
  const sdgs = useMemo(() => SDG_NUMBERS.map((n) => ({ value: String(n), label: `${n}. ${tx(`model.sdg.${n}`)}` })), [tx]);
  const c = 'commitment' as const;
  return (
    <div className={s.body}>
      <CheckboxesField recordType={c} recordId={id} field="ogpValues" label={t('model.commitment.ogpValues')} hint={t('ui.editor.hints.ogpValues')} options={values} />
      <TextField recordType={c} recordId={id} field="relevance" label={t('model.commitment.relevance')} hint={t('ui.editor.hints.relevance')} multiline />
      <TagsField recordType={c} recordId={id} field="policyAreas" label={t('model.commitment.policyAreas')} options={areas} />
      <TextField recordType={c} recordId={id} field="strategyLinks" label={t('model.commitment.strategyLinks')} multiline rows={2} />
      <TagsField recordType={c} recordId={id} field="sdgs" label={t('model.commitment.sdgs')} options={sdgs} numeric />
    </div>
  );
});

export const InstitutionsSection = memo(function InstitutionsSection({ id }: SectionProps) {
  const { t } = useTranslation();
  const s = useSectionStyles();
  const institutions = useInstitutionOptions();
  const c = 'commitment' as const;
  return (
    <div className={s.body}>
      <div className={s.row2}>
        <ChoiceField recordType={c} recordId={id} field="leadInstitution" label={t('model.commitment.leadInstitution')} options={institutions} noneLabel={t('ui.editor.notChosen')} />
        <TagsField recordType={c} recordId={id} field="supportingInstitutions" label={t('model.commitment.supportingInstitutions')} options={institutions} />
      </div>
      <TextField recordType={c} recordId={id} field="otherActors" label={t('model.commitment.otherActors')} hint={t('ui.editor.hints.otherActors')} multiline rows={3} />
    </div>
  );
});

export const PlanningSection = memo(function PlanningSection({ id }: SectionProps) {
  const { t } = useTranslation();
  const s = useSectionStyles();
  const { cycle } = useEditor();
  const currency = useSession((x) => x.commitment.budget.currency);
  const currencies = useMemo<ChoiceOption[]>(() => CURRENCIES.map((v) => ({ value: v, label: t(`model.currency.${v}`) })), [t]);
  const cycleHint = cycle ? t('ui.editor.hints.cycle', { start: formatDate(cycle.periodStart), end: formatDate(cycle.periodEnd) }) : undefined;
  const c = 'commitment' as const;
  return (
    <div className={s.body}>
      <div className={s.row2}>
        <DateField recordType={c} recordId={id} field="startDate" label={t('model.commitment.startDate')} hint={cycleHint} period={PERIOD} />
        <DateField recordType={c} recordId={id} field="endDate" label={t('model.commitment.endDate')} period={PERIOD} />
      </div>
      <div className={s.row2}>
        <AmountField recordType={c} recordId={id} field="budget.amount" label={t('model.budget.amount')} currency={currency} hint={t('ui.editor.hints.amount')} />
        <ChoiceField recordType={c} recordId={id} field="budget.currency" label={t('model.budget.currency')} options={currencies} />
      </div>
      <TextField recordType={c} recordId={id} field="budget.fundingSource" label={t('model.budget.fundingSource')} multiline rows={2} />
    </div>
  );
});

export const ContactSection = memo(function ContactSection({ id }: SectionProps) {
  const { t } = useTranslation();
  const s = useSectionStyles();
  const c = 'commitment' as const;
  return (
    <div className={s.body}>
      <div className={s.row2}>
        <LineField recordType={c} recordId={id} field="contact.name" label={t('model.contact.name')} autoComplete="name" />
        <LineField recordType={c} recordId={id} field="contact.title" label={t('model.contact.title')} autoComplete="organization-title" />
        <LineField recordType={c} recordId={id} field="contact.email" label={t('model.contact.email')} type="email" autoComplete="email" />
        <LineField recordType={c} recordId={id} field="contact.phone" label={t('model.contact.phone')} type="tel" autoComplete="tel" />
      </div>
    </div>
  );
});
