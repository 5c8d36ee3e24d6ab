// The commitment's milestones and indicators: what each list shows on its
// cards and in its forms. Adding, moving, removing and focus are RecordList's.
import { Badge } from '@fluentui/react-components';
import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FREQUENCIES, INDICATOR_TYPES, MILESTONE_STATUSES, type Indicator, type Milestone } from '../../../shared/model/plan';
import { useLanguage } from '../hooks/useLanguage';
import { pickText } from '../lib/text';
import { useNotify } from '../services/notices';
import { IndicatorSheetActions } from '../xlsx/IndicatorSheetActions';
import { useSectionStyles } from './CommitmentSections';
import { useEditor, useSession } from './context';
import { AmountField, ChoiceField, DateField, MeasureField, PERIOD, NumberField, TargetsField, TextField, type ChoiceOption } from './fields';
import { useInstitutionOptions } from './options';
import { RecordList, type ListSectionProps, type RecordListConfig } from './RecordList';
import { cycleYears } from './values';

export type { ListSectionProps } from './RecordList';

// ——— milestones ———

function MilestoneMeta({ record: m }: { record: Milestone }) {
  const { t } = useTranslation();
  const dates = m.startDate || m.endDate ? `${m.startDate ?? '…'} – ${m.endDate ?? '…'}` : null;
  return (
    <>
      {dates && <span>{dates}</span>}
      <Badge appearance="tint" color={m.status === 'completed' ? 'success' : m.status === 'delayed' ? 'warning' : 'informative'} size="small">
        {t(`model.milestoneStatus.${m.status}`)}
      </Badge>
    </>
  );
}

const MilestoneForm = memo(function MilestoneForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const s = useSectionStyles();
  const institutions = useInstitutionOptions();
  const currency = useSession((x) => x.commitment.budget.currency);
  const statuses = useMemo<ChoiceOption[]>(() => MILESTONE_STATUSES.map((v) => ({ value: v, label: t(`model.milestoneStatus.${v}`) })), [t]);
  const r = 'milestone' as const;
  return (
    <div className={s.body}>
      <TextField recordType={r} recordId={id} field="activity" label={t('model.milestone.activity')} multiline rows={2} />
      <TextField recordType={r} recordId={id} field="deliverable" label={t('model.milestone.deliverable')} hint={t('ui.editor.hints.deliverable')} multiline rows={2} />
      <div className={s.row4}>
        <DateField recordType={r} recordId={id} field="startDate" label={t('model.milestone.startDate')} period={PERIOD} />
        <DateField recordType={r} recordId={id} field="endDate" label={t('model.milestone.endDate')} period={PERIOD} />
        <ChoiceField recordType={r} recordId={id} field="status" label={t('model.milestone.status')} options={statuses} />
        <NumberField recordType={r} recordId={id} field="progressPct" label={t('model.milestone.progressPct')} min={0} max={100} step={5} nullable={false} />
      </div>
      <div className={s.row2}>
        <ChoiceField recordType={r} recordId={id} field="responsibleInstitution" label={t('model.milestone.responsibleInstitution')} options={institutions} noneLabel={t('ui.editor.notChosen')} />
        <AmountField recordType={r} recordId={id} field="cost" label={t('model.milestone.cost')} currency={currency} />
      </div>
      <TextField recordType={r} recordId={id} field="stakeholders" label={t('model.milestone.stakeholders')} multiline rows={2} />
    </div>
  );
});

const MILESTONES: RecordListConfig<'milestones'> = {
  kind: 'milestones',
  recordType: 'milestone',
  firstField: 'activity',
  create: (session) => session.addMilestone(),
  summary: (m) => m.activity,
  Meta: MilestoneMeta,
  Form: MilestoneForm,
};

export const MilestonesSection = memo(function MilestonesSection(props: ListSectionProps) {
  return <RecordList config={MILESTONES} {...props} />;
});

// ——— indicators ———

function IndicatorMeta({ record: x }: { record: Indicator }) {
  const { t } = useTranslation();
  const milestoneNumber = useSession((s) => (x.milestoneId ? s.commitment.milestones.findIndex((m) => m.id === x.milestoneId) + 1 : 0));
  return (
    <>
      <span>{milestoneNumber > 0 ? t('ui.editor.indicators.atMilestone', { n: milestoneNumber }) : t('ui.editor.indicators.atCommitment')}</span>
      <Badge appearance="tint" color="brand" size="small">
        {t(`model.indicatorType.${x.type}`)}
      </Badge>
    </>
  );
}

const IndicatorForm = memo(function IndicatorForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const s = useSectionStyles();
  const { cycle } = useEditor();
  const institutions = useInstitutionOptions();
  const milestones = useSession((x) => x.commitment.milestones);
  const types = useMemo<ChoiceOption[]>(() => INDICATOR_TYPES.map((v) => ({ value: v, label: t(`model.indicatorType.${v}`) })), [t]);
  const frequencies = useMemo<ChoiceOption[]>(() => FREQUENCIES.map((v) => ({ value: v, label: t(`model.frequency.${v}`) })), [t]);
  const attachTo = useMemo<ChoiceOption[]>(
    () =>
      milestones.map((m, i) => {
        const activity = pickText(m.activity, lang);
        const heading = t('ui.editor.milestones.heading', { n: i + 1 });
        return { value: m.id, label: activity ? `${heading}: ${activity.value.slice(0, 80)}` : heading };
      }),
    [milestones, lang, t],
  );
  const years = useMemo(() => (cycle ? cycleYears(cycle.periodStart, cycle.periodEnd) : []), [cycle]);
  const r = 'indicator' as const;
  return (
    <div className={s.body}>
      <TextField recordType={r} recordId={id} field="name" label={t('model.indicator.name')} />
      <div className={s.row2}>
        <ChoiceField recordType={r} recordId={id} field="type" label={t('model.indicator.type')} options={types} />
        <ChoiceField recordType={r} recordId={id} field="milestoneId" label={t('model.indicator.milestone')} options={attachTo} noneLabel={t('ui.editor.indicators.commitmentLevel')} />
      </div>
      <TextField recordType={r} recordId={id} field="definition" label={t('model.indicator.definition')} multiline rows={2} />
      <TextField recordType={r} recordId={id} field="unit" label={t('model.indicator.unit')} />
      <div className={s.row2}>
        <MeasureField recordType={r} recordId={id} field="baseline.value" label={t('model.indicator.baselineValue')} hint={t('ui.editor.hints.measure')} />
        <NumberField recordType={r} recordId={id} field="baseline.year" label={t('model.indicator.baselineYear')} min={1990} max={2100} />
      </div>
      <TargetsField recordType={r} recordId={id} label={t('model.indicator.targets')} hint={t('ui.editor.hints.targets')} years={years} />
      <TextField recordType={r} recordId={id} field="dataSource" label={t('model.indicator.dataSource')} multiline rows={2} />
      <div className={s.row2}>
        <ChoiceField recordType={r} recordId={id} field="frequency" label={t('model.indicator.frequency')} options={frequencies} noneLabel={t('ui.editor.notChosen')} />
        <ChoiceField recordType={r} recordId={id} field="responsibleInstitution" label={t('model.indicator.responsibleInstitution')} options={institutions} noneLabel={t('ui.editor.notChosen')} />
      </div>
      <TextField recordType={r} recordId={id} field="method" label={t('model.indicator.method')} multiline rows={2} />
      <TextField recordType={r} recordId={id} field="disaggregation" label={t('model.indicator.disaggregation')} multiline rows={2} />
      <TextField recordType={r} recordId={id} field="assumptions" label={t('model.indicator.assumptions')} multiline rows={2} />
    </div>
  );
});

const INDICATORS: RecordListConfig<'indicators'> = {
  kind: 'indicators',
  recordType: 'indicator',
  firstField: 'name',
  create: (session) => session.addIndicator(null),
  summary: (x) => x.name,
  Meta: IndicatorMeta,
  Form: IndicatorForm,
};

/** The indicators' list also goes out to and comes back from a spreadsheet; an import reloads the list. */
export const IndicatorsSection = memo(function IndicatorsSection(props: ListSectionProps) {
  const { t } = useTranslation();
  const { session, editable, announce } = useEditor();
  const notify = useNotify();
  const onImported = useCallback(
    (count: number) => {
      void session.reloadList('indicators').then((r) => {
        if (!r.ok) notify(r.error);
        else announce(t('ui.editor.indicators.imported', { count }));
      });
    },
    [session, notify, announce, t],
  );
  return <RecordList config={INDICATORS} extra={<IndicatorSheetActions commitmentId={props.commitmentId} canImport={editable} onImported={onImported} />} {...props} />;
});
