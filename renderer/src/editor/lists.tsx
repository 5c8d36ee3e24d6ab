// The commitment's milestones and indicators: add, expand, move up/down and
// remove (after confirmation). These structural actions go straight to the
// API and are not part of undo; the toolbar's undo tooltip says so.
import { Badge, Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { memo, startTransition, useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FREQUENCIES, INDICATOR_TYPES, MILESTONE_STATUSES, type Indicator, type Milestone } from '../../../shared/model/plan';
import { useNotify } from '../app/notices';
import { ConfirmDeleteDialog } from '../components/ConfirmDeleteDialog';
import { IndicatorSheetActions } from '../xlsx/IndicatorSheetActions';
import { useLanguage } from '../hooks/useLanguage';
import { fieldDomId } from '../lib/field-key';
import { focusField } from '../lib/focus-field';
import { pickText } from '../lib/text';
import { useSectionStyles } from './CommitmentSections';
import { useEditor, useSession } from './context';
import { AmountField, ChoiceField, DateField, MeasureField, NumberField, TargetsField, TextField, type ChoiceOption } from './fields';
import { useInstitutionOptions } from './options';
import { RecordCard, type RecordCardLabels } from './RecordCard';
import type { ListKind } from './session';
import { cycleYears } from './values';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalL },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  spacer: { flexGrow: 1 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  empty: { color: tokens.colorNeutralForeground3 },
});

export interface ListSectionProps {
  commitmentId: string;
  expanded: ReadonlySet<string>;
  setExpanded: (kind: ListKind, update: (current: ReadonlySet<string>) => ReadonlySet<string>) => void;
}

/** Everything the two lists share: adding, moving with the focus kept on the button pressed, removing after confirmation. */
function useListActions(kind: ListKind, commitmentId: string, setExpanded: ListSectionProps['setExpanded']) {
  const { t } = useTranslation();
  const { session, announce } = useEditor();
  const notify = useNotify();
  const [adding, setAdding] = useState(false);
  const [toRemove, setToRemove] = useState<{ id: string; title: string } | null>(null);
  const [removing, setRemoving] = useState(false);
  const refocus = useRef<string | null>(null);
  const list = useSession((s) => s.commitment[kind]);
  const noun = kind === 'milestones' ? 'milestones' : 'indicators';

  // After a move React may re-insert the card's DOM node, which drops focus: put it back on the same button.
  useLayoutEffect(() => {
    if (!refocus.current) return;
    document.getElementById(refocus.current)?.focus();
    refocus.current = null;
  });

  const cardDomId = useCallback((id: string) => `${kind}-${id}`, [kind]);

  const onToggle = useCallback(
    (id: string) =>
      setExpanded(kind, (cur) => {
        const next = new Set(cur);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [kind, setExpanded],
  );

  const onMove = useCallback(
    (id: string, delta: -1 | 1) => {
      const pending = session.move(kind, id, delta);
      if (!pending) return;
      const items = session.getSnapshot().commitment[kind];
      const position = items.findIndex((x) => x.id === id) + 1;
      refocus.current = `${cardDomId(id)}-${delta < 0 ? 'up' : 'down'}`;
      announce(t(`ui.editor.${noun}.moved`, { position, count: items.length }));
      void pending.then((r) => {
        if (!r.ok) notify(r.error);
      });
    },
    [session, kind, cardDomId, announce, t, noun, notify],
  );

  const onRemove = useCallback(
    (id: string) => {
      const items = session.getSnapshot().commitment[kind];
      const index = items.findIndex((x) => x.id === id);
      setToRemove({ id, title: t(`ui.editor.${noun}.heading`, { n: index + 1 }) });
    },
    [session, kind, t, noun],
  );

  const confirmRemove = async () => {
    if (!toRemove) return;
    const items = session.getSnapshot().commitment[kind];
    const index = items.findIndex((x) => x.id === toRemove.id);
    setRemoving(true);
    const r = await session.remove(kind, toRemove.id);
    setRemoving(false);
    setToRemove(null);
    if (!r.ok) {
      notify(r.error);
      return;
    }
    announce(t(`ui.editor.${noun}.removed`));
    // Focus goes to the card that took its place, or the one before, or the Add button.
    const after = session.getSnapshot().commitment[kind];
    const next = after[Math.min(index, after.length - 1)];
    requestAnimationFrame(() => {
      const target = next ? document.getElementById(`${cardDomId(next.id)}-toggle`) : document.getElementById(addButtonId(kind, commitmentId));
      target?.focus();
    });
  };

  const add = async (create: () => Promise<{ ok: true; value: { id: string } } | { ok: false; error: Parameters<typeof notify>[0] }>, firstField: string) => {
    if (adding) return;
    setAdding(true);
    const r = await create();
    setAdding(false);
    if (!r.ok) {
      notify(r.error);
      return;
    }
    const id = r.value.id;
    setExpanded(kind, (cur) => new Set(cur).add(id));
    announce(t(`ui.editor.${noun}.added`));
    // The card opens on React's next commit; focusField waits for its first input.
    void focusField({ recordType: kind === 'milestones' ? 'milestone' : 'indicator', recordId: id, field: firstField, lang: 'sq' });
  };

  const dialog = (
    <ConfirmDeleteDialog
      title={toRemove?.title ?? null}
      heading={t(`ui.editor.${noun}.confirmTitle`)}
      body={t(`ui.editor.${noun}.confirmBody`, { title: toRemove?.title ?? '' })}
      busy={removing}
      onConfirm={() => void confirmRemove()}
      onCancel={() => setToRemove(null)}
    />
  );

  return { list, adding, add, onToggle, onMove, onRemove, cardDomId, dialog };
}

const addButtonId = (kind: ListKind, commitmentId: string) => fieldDomId({ recordType: 'commitment', recordId: commitmentId, field: kind, lang: null });

function ListBar({
  kind,
  commitmentId,
  count,
  adding,
  onAdd,
  allExpanded,
  onToggleAll,
  extra,
}: {
  kind: ListKind;
  commitmentId: string;
  count: number;
  adding: boolean;
  onAdd: () => void;
  allExpanded: boolean;
  onToggleAll: () => void;
  /** More actions for the list (the indicators' spreadsheet import/export). */
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { editable } = useEditor();
  const noun = kind === 'milestones' ? 'milestones' : 'indicators';
  return (
    <div className={styles.bar}>
      {editable && (
        <Button id={addButtonId(kind, commitmentId)} appearance="primary" icon={adding ? <Spinner size="tiny" /> : <AddRegular />} disabledFocusable={adding} onClick={onAdd}>
          {t(`ui.editor.${noun}.add`)}
        </Button>
      )}
      {extra}
      <span className={styles.spacer} />
      {count > 0 && (
        <Button appearance="subtle" onClick={onToggleAll} aria-expanded={allExpanded}>
          {t(allExpanded ? 'ui.editor.collapseAll' : 'ui.editor.expandAll')}
        </Button>
      )}
    </div>
  );
}

// ——— milestones ———

export const MilestonesSection = memo(function MilestonesSection({ commitmentId, expanded, setExpanded }: ListSectionProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { session, editable } = useEditor();
  const { list, adding, add, onToggle, onMove, onRemove, cardDomId, dialog } = useListActions('milestones', commitmentId, setExpanded);
  const milestones = list as readonly Milestone[];
  const allExpanded = milestones.length > 0 && milestones.every((m) => expanded.has(m.id));
  return (
    <div className={styles.root}>
      <ListBar
        kind="milestones"
        commitmentId={commitmentId}
        count={milestones.length}
        adding={adding}
        onAdd={() => void add(() => session.addMilestone(), 'activity')}
        allExpanded={allExpanded}
        onToggleAll={() => startTransition(() => setExpanded('milestones', () => (allExpanded ? new Set() : new Set(milestones.map((m) => m.id)))))}
      />
      {milestones.length === 0 ? (
        <Text className={styles.empty}>{t('ui.editor.milestones.empty')}</Text>
      ) : (
        <ol className={styles.list} aria-label={t('model.commitmentSection.milestones')}>
          {milestones.map((m, i) => (
            <MilestoneItem
              key={m.id}
              milestone={m}
              index={i}
              count={milestones.length}
              expanded={expanded.has(m.id)}
              editable={editable}
              domId={cardDomId(m.id)}
              onToggle={onToggle}
              onMove={onMove}
              onRemove={onRemove}
            />
          ))}
        </ol>
      )}
      {dialog}
    </div>
  );
});

interface ItemProps<T> {
  index: number;
  count: number;
  expanded: boolean;
  editable: boolean;
  domId: string;
  onToggle: (id: string) => void;
  onMove: (id: string, delta: -1 | 1) => void;
  onRemove: (id: string) => void;
  milestone?: T;
}

const MilestoneItem = memo(function MilestoneItem({ milestone: m, index, count, ...rest }: ItemProps<Milestone> & { milestone: Milestone }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const labels = useMemo<RecordCardLabels>(
    () => ({
      heading: t('ui.editor.milestones.heading', { n: index + 1 }),
      untitled: t('ui.editor.milestones.untitled'),
      moveUp: t('ui.editor.milestones.moveUp', { n: index + 1 }),
      moveDown: t('ui.editor.milestones.moveDown', { n: index + 1 }),
      remove: t('ui.editor.milestones.remove', { n: index + 1 }),
    }),
    [t, index],
  );
  const dates = m.startDate || m.endDate ? `${m.startDate ?? '…'} – ${m.endDate ?? '…'}` : null;
  const meta = (
    <>
      {dates && <span>{dates}</span>}
      <Badge appearance="tint" color={m.status === 'completed' ? 'success' : m.status === 'delayed' ? 'warning' : 'informative'} size="small">
        {t(`model.milestoneStatus.${m.status}`)}
      </Badge>
    </>
  );
  const renderBody = useCallback(() => <MilestoneForm id={m.id} />, [m.id]);
  return <RecordCard id={m.id} index={index} count={count} labels={labels} summary={pickText(m.activity, lang)} meta={meta} renderBody={renderBody} {...rest} />;
});

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
        <DateField recordType={r} recordId={id} field="startDate" label={t('model.milestone.startDate')} />
        <DateField recordType={r} recordId={id} field="endDate" label={t('model.milestone.endDate')} />
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

// ——— indicators ———

export const IndicatorsSection = memo(function IndicatorsSection({ commitmentId, expanded, setExpanded }: ListSectionProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { session, editable } = useEditor();
  const { list, adding, add, onToggle, onMove, onRemove, cardDomId, dialog } = useListActions('indicators', commitmentId, setExpanded);
  const indicators = list as readonly Indicator[];
  const notify = useNotify();
  const { announce } = useEditor();
  const onImported = useCallback(
    (count: number) => {
      void session.reloadList('indicators').then((r) => {
        if (!r.ok) notify(r.error);
        else announce(t('ui.editor.indicators.imported', { count }));
      });
    },
    [session, notify, announce, t],
  );
  const allExpanded = indicators.length > 0 && indicators.every((x) => expanded.has(x.id));
  return (
    <div className={styles.root}>
      <ListBar
        kind="indicators"
        commitmentId={commitmentId}
        count={indicators.length}
        adding={adding}
        onAdd={() => void add(() => session.addIndicator(null), 'name')}
        allExpanded={allExpanded}
        onToggleAll={() => startTransition(() => setExpanded('indicators', () => (allExpanded ? new Set() : new Set(indicators.map((x) => x.id)))))}
        extra={<IndicatorSheetActions commitmentId={commitmentId} canImport={editable} onImported={onImported} />}
      />
      {indicators.length === 0 ? (
        <Text className={styles.empty}>{t('ui.editor.indicators.empty')}</Text>
      ) : (
        <ol className={styles.list} aria-label={t('model.commitmentSection.indicators')}>
          {indicators.map((x, i) => (
            <IndicatorItem
              key={x.id}
              indicator={x}
              index={i}
              count={indicators.length}
              expanded={expanded.has(x.id)}
              editable={editable}
              domId={cardDomId(x.id)}
              onToggle={onToggle}
              onMove={onMove}
              onRemove={onRemove}
            />
          ))}
        </ol>
      )}
      {dialog}
    </div>
  );
});

const IndicatorItem = memo(function IndicatorItem({ indicator: x, index, count, ...rest }: ItemProps<Indicator> & { indicator: Indicator }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const milestoneNumber = useSession((s) => (x.milestoneId ? s.commitment.milestones.findIndex((m) => m.id === x.milestoneId) + 1 : 0));
  const labels = useMemo<RecordCardLabels>(
    () => ({
      heading: t('ui.editor.indicators.heading', { n: index + 1 }),
      untitled: t('ui.editor.indicators.untitled'),
      moveUp: t('ui.editor.indicators.moveUp', { n: index + 1 }),
      moveDown: t('ui.editor.indicators.moveDown', { n: index + 1 }),
      remove: t('ui.editor.indicators.remove', { n: index + 1 }),
    }),
    [t, index],
  );
  const meta = (
    <>
      <span>{milestoneNumber > 0 ? t('ui.editor.indicators.atMilestone', { n: milestoneNumber }) : t('ui.editor.indicators.atCommitment')}</span>
      <Badge appearance="tint" color="brand" size="small">
        {t(`model.indicatorType.${x.type}`)}
      </Badge>
    </>
  );
  const renderBody = useCallback(() => <IndicatorForm id={x.id} />, [x.id]);
  return <RecordCard id={x.id} index={index} count={count} labels={labels} summary={pickText(x.name, lang)} meta={meta} renderBody={renderBody} {...rest} />;
});

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
