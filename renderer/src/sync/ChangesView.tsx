// What a bundle would change, before it is applied: records added, changed
// (field by field, both languages, before → after), deleted, and missing
// without a deletion (kept). Records are grouped under their commitment.
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { AddCircleRegular, ArrowRightRegular, DeleteRegular, EditRegular, QuestionCircleRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readableDate } from '../../../shared/format/dates';
import type { BundleChanges } from '../../../shared/model/bundle';
import { VisuallyHidden } from '../components/VisuallyHidden';
import { feedbackFieldLabel, feedbackValueText } from './feedback-change-labels';
import { useLanguage } from '../hooks/useLanguage';
import { pickText } from '../lib/text';
import { LangTag } from '../quality/FindingParts';
import { useLabels } from '../quality/labels';
import {
  CHANGE_KINDS,
  changeCounts,
  clipText,
  commitmentTitles,
  groupChanges,
  orderFieldChanges,
  type BilingualLine,
  type ChangeKind,
  type FieldChange,
  type RecordChange,
} from './changes';
import { VisibleText } from './VisibleText';

/** Sections with more records than this open collapsed. */
const OPEN_UP_TO = 40;
const CLIP_AT = 280;

const useStyles = makeStyles({
  counts: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap', margin: 0, padding: 0, listStyle: 'none' },
  count: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
  zero: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  added: { color: tokens.colorPaletteGreenForeground1 },
  changed: { color: tokens.colorBrandForeground1 },
  deleted: { color: tokens.colorPaletteRedForeground1 },
  missing: { color: tokens.colorPaletteDarkOrangeForeground1 },
  accordion: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusLarge, backgroundColor: tokens.colorNeutralBackground1 },
  item: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, ':last-child': { borderBottom: 'none' } },
  headerText: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightSemibold },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalM}` },
  explain: { margin: 0, color: tokens.colorNeutralForeground2 },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, contentVisibility: 'auto', containIntrinsicSize: 'auto 120px' },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  records: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  record: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderLeft: `3px solid ${tokens.colorNeutralStroke2}`,
  },
  recordHead: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', minWidth: 0 },
  entity: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, textTransform: 'uppercase', letterSpacing: '0.03em', flexShrink: 0 },
  recordLabel: { overflowWrap: 'anywhere' },
  untitled: { fontStyle: 'italic', color: tokens.colorNeutralForeground3 },
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyle: 'none' },
  field: {
    display: 'grid',
    gridTemplateColumns: '12rem minmax(0, 1fr) 20px minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
  },
  fieldName: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, paddingTop: '4px' },
  value: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    minHeight: '24px',
  },
  before: { backgroundColor: tokens.colorPaletteRedBackground1, border: `1px solid ${tokens.colorPaletteRedBorder1}`, color: tokens.colorNeutralForeground2 },
  after: { backgroundColor: tokens.colorPaletteGreenBackground1, border: `1px solid ${tokens.colorPaletteGreenBorder1}` },
  empty: { fontStyle: 'italic', color: tokens.colorNeutralForeground3 },
  arrow: { paddingTop: '6px', color: tokens.colorNeutralForeground3 },
  more: { minWidth: 0, padding: 0, height: 'auto', fontSize: tokens.fontSizeBase200 },
});

const KIND_ICON = { added: AddCircleRegular, changed: EditRegular, deleted: DeleteRegular, missing: QuestionCircleRegular } as const;

export interface ChangesViewProps {
  changes: BundleChanges;
  /** Titles of commitments not themselves in the changes (a milestone changed under an unchanged commitment). */
  titleOf?: (commitmentId: string) => BilingualLine | null;
  /** The heading level of each kind's section (added, changed, …); commitments are one level below. */
  level?: 3 | 4 | 5;
}

export function ChangeCountsLine({ changes }: { changes: BundleChanges }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const counts = changeCounts(changes);
  return (
    <ul className={styles.counts} data-testid="change-counts">
      {CHANGE_KINDS.map((kind) => {
        const Icon = KIND_ICON[kind];
        return (
          <li key={kind} className={mergeClasses(styles.count, counts[kind] === 0 ? styles.zero : styles[kind])} data-kind={kind} data-count={counts[kind]}>
            <Icon aria-hidden />
            {t(`sync.changes.count.${kind}`, { count: counts[kind] })}
          </li>
        );
      })}
    </ul>
  );
}

export function ChangesView({ changes, titleOf, level = 4 }: ChangesViewProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const counts = changeCounts(changes);
  const titles = useMemo(() => commitmentTitles(changes), [changes]);
  const lookup = (id: string) => titles.get(id) ?? titleOf?.(id) ?? null;
  const kinds = CHANGE_KINDS.filter((k) => counts[k] > 0);
  const [open, setOpen] = useState<ChangeKind[]>(() => kinds.filter((k) => counts[k] <= OPEN_UP_TO));
  if (kinds.length === 0) return <p className={styles.explain}>{t('sync.changes.none')}</p>;
  return (
    <Accordion multiple collapsible openItems={open} onToggle={(_, d) => setOpen(d.openItems as ChangeKind[])} className={styles.accordion}>
      {kinds.map((kind) => {
        const Icon = KIND_ICON[kind];
        return (
          <AccordionItem key={kind} value={kind} className={styles.item} data-kind={kind}>
            <AccordionHeader as={`h${level}`} expandIconPosition="start">
              <span className={mergeClasses(styles.headerText, styles[kind])}>
                <Icon aria-hidden />
                {t(`sync.changes.section.${kind}`, { count: counts[kind] })}
              </span>
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              {kind !== 'added' && <p className={styles.explain}>{t(`sync.changes.explain.${kind}`)}</p>}
              {groupChanges(changes[kind], lookup).map((group) => (
                <Group key={group.key} kind={kind} label={group.label} commitmentId={group.commitmentId} records={group.records} headingLevel={`h${(level + 1) as 4 | 5 | 6}`} />
              ))}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}

function Group({
  kind,
  label,
  commitmentId,
  records,
  headingLevel,
}: {
  kind: ChangeKind;
  label: BilingualLine | null;
  commitmentId: string | null;
  records: readonly RecordChange[];
  headingLevel: 'h4' | 'h5' | 'h6';
}) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const Heading = headingLevel;
  const title = label ? pickText(label, lang) : null;
  return (
    <div className={styles.group} data-commitment={commitmentId ?? undefined}>
      <Heading className={mergeClasses(styles.groupTitle, !title && styles.untitled)} lang={title?.lang}>
        {commitmentId === null ? t('sync.changes.otherRecords') : title ? <VisibleText text={title.value} /> : t('sync.common.untitledCommitment')}
      </Heading>
      <ul className={styles.records}>
        {records.map((r) => (
          <RecordItem key={`${r.entity}:${r.id}`} kind={kind} record={r} />
        ))}
      </ul>
    </div>
  );
}

function RecordItem({ kind, record }: { kind: ChangeKind; record: RecordChange }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const label = pickText(record.label, lang);
  const fields = kind === 'changed' ? orderFieldChanges(record.fields) : [];
  return (
    <li className={styles.record} data-entity={record.entity} data-id={record.id}>
      <div className={styles.recordHead}>
        <span className={styles.entity}>{t(`bundles.entity.${record.entity}`)}</span>
        <span className={mergeClasses(styles.recordLabel, !label && styles.untitled)} lang={label?.lang}>
          {label ? <VisibleText text={label.value} /> : t('sync.changes.untitled')}
        </span>
      </div>
      {fields.length > 0 && (
        <ul className={styles.fields} aria-label={t('sync.changes.fieldsOf', { record: label?.value ?? t(`bundles.entity.${record.entity}`) })}>
          {fields.map((f, i) => (
            <FieldDiff key={`${f.field}:${f.lang ?? ''}:${i}`} entity={record.entity} change={f} />
          ))}
        </ul>
      )}
    </li>
  );
}

function FieldDiff({ entity, change }: { entity: RecordChange['entity']; change: FieldChange }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const styles = useStyles();
  const [full, setFull] = useState(false);
  // A date reads dd.mm.yyyy here as in the editor, a feedback rating in words; any other value exactly as the bundle holds it.
  const shown = (v: string) => feedbackValueText(entity, change.field, v, labels.tx) ?? readableDate(v);
  const before = clipText(shown(change.before), full ? Number.MAX_SAFE_INTEGER : CLIP_AT);
  const after = clipText(shown(change.after), full ? Number.MAX_SAFE_INTEGER : CLIP_AT);
  const name = feedbackFieldLabel(entity, change.field, labels.tx) ?? labels.fieldLabel(entity, change.field);
  const value = (text: string, clipped: boolean, which: 'before' | 'after') => (
    <div className={mergeClasses(styles.value, styles[which], text === '' && styles.empty)} lang={change.lang ?? undefined} data-side={which}>
      <VisuallyHidden>{t(`sync.changes.${which}`)}: </VisuallyHidden>
      {text === '' ? t('sync.changes.empty') : <VisibleText text={text} />}
      {clipped && ' '}
    </div>
  );
  return (
    <li className={styles.field} data-field={change.field} data-lang={change.lang ?? ''}>
      <span className={styles.fieldName}>
        {name}
        {change.lang && <LangTag lang={change.lang} />}
      </span>
      {value(before.text, before.clipped, 'before')}
      <ArrowRightRegular className={styles.arrow} aria-hidden />
      <div>
        {value(after.text, after.clipped, 'after')}
        {(before.clipped || after.clipped || full) && (
          <Button appearance="transparent" size="small" className={styles.more} aria-expanded={full} onClick={() => setFull((f) => !f)}>
            {full ? t('sync.changes.showLess') : t('sync.changes.showAll')}
          </Button>
        )}
      </div>
    </li>
  );
}
