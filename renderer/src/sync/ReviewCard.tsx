// One commitment in the POC's consolidated plan: its title (opening the
// editor, read-only for the POC), owner and revision, and the POC's review —
// plan number, accept or return, and a bilingual comment — saved as typed.
import {
  Button,
  Field,
  Input,
  Link,
  Radio,
  RadioGroup,
  Spinner,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircleRegular, ErrorCircleRegular } from '@fluentui/react-icons';
import { useCallback, useId, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consolidation } from '../../../shared/model/bundle';
import { LANGS, type Lang } from '../../../shared/model/primitives';
import { useLanguage } from '../hooks/useLanguage';
import { routeHref } from '../lib/route';
import { cardStyle } from '../lib/styles';
import { pickText } from '../lib/text';
import type { ShellContext } from '../services/shell-context';
import { isOutdated } from './feedback';
import type { ReviewDecision, ReviewSaver } from './review-saver';
import { OutdatedBadge } from './StatusTags';
import { useSyncTexts } from './texts';

export type ConsolidatedCommitment = Consolidation['commitments'][number];

export const PLAN_NUMBER = /^\d{1,2}(\.\d{1,2}){0,2}$/;

const useStyles = makeStyles({
  card: { ...cardStyle('compact'), contentVisibility: 'auto', containIntrinsicSize: 'auto 260px' },
  returned: { borderLeft: `4px solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  accepted: { borderLeft: `4px solid ${tokens.colorPaletteGreenBorder2}` },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  numberChip: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    minWidth: '2.5rem',
    height: '28px',
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
  noNumber: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold, flexGrow: 1, minWidth: '12rem', overflowWrap: 'anywhere' },
  untitled: { fontStyle: 'italic' },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  controls: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXL, flexWrap: 'wrap' },
  planField: { width: '9rem' },
  planInput: { width: '100%', minWidth: 0 },
  comments: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', columnGap: tokens.spacingHorizontalL },
  save: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, minHeight: '24px' },
  saved: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

export interface ReviewCardProps {
  item: ConsolidatedCommitment;
  saver: ReviewSaver;
  ctx: ShellContext;
}

export function ReviewCard({ item, saver, ctx }: ReviewCardProps) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const texts = useSyncTexts();
  const styles = useStyles();
  const titleId = useId();
  const review = item.review;
  const [planNumber, setPlanNumber] = useState(review?.planNumber ?? '');
  const [decision, setDecision] = useState<ReviewDecision | null>(review?.decision ?? null);
  const [comment, setComment] = useState<Record<Lang, string>>({ sq: review?.comment.sq ?? '', en: review?.comment.en ?? '' });
  const subscribe = useCallback((cb: () => void) => saver.subscribe((id) => id === item.id && cb()), [saver, item.id]);
  const status = useSyncExternalStore(subscribe, () => saver.status(item.id));

  const title = pickText(item.title, lang);
  const owner = ctx.institutions.get(item.owner);
  const planValid = planNumber.trim() === '' || PLAN_NUMBER.test(planNumber.trim());
  const reviewedRev = status.commitmentRev ?? review?.commitmentRev ?? null;
  const outdated = status.commitmentRev !== null ? isOutdated(status.commitmentRev, item.rev) : item.reviewOutdated;

  const onPlanNumber = (value: string) => {
    setPlanNumber(value);
    const trimmed = value.trim();
    if (trimmed === '' || PLAN_NUMBER.test(trimmed)) saver.edit(item.id, { planNumber: trimmed });
  };
  const onDecision = (value: string) => {
    const next = value === 'accepted' || value === 'returned' ? value : null;
    setDecision(next);
    saver.edit(item.id, { decision: next }, { immediate: true });
  };
  const onComment = (l: Lang, value: string) => {
    setComment((c) => ({ ...c, [l]: value }));
    saver.edit(item.id, { comment: { [l]: value } });
  };

  return (
    <article
      className={mergeClasses(styles.card, decision === 'returned' && styles.returned, decision === 'accepted' && styles.accepted)}
      aria-labelledby={titleId}
      data-commitment={item.id}
      data-outdated={outdated}
    >
      <div className={styles.head}>
        <span className={mergeClasses(styles.numberChip, !planValid || planNumber.trim() === '' ? styles.noNumber : undefined)} aria-hidden>
          {planValid && planNumber.trim() !== '' ? planNumber.trim() : '—'}
        </span>
        <h3 id={titleId} className={mergeClasses(styles.title, !title && styles.untitled)} lang={title?.lang}>
          <Link href={routeHref({ view: 'commitment', component: item.componentCode, commitment: item.id })}>
            {title?.value ?? t('sync.common.untitledCommitment')}
          </Link>
        </h3>
        <span className={styles.meta}>{owner ? owner.acronym[lang] : item.owner}</span>
        <span className={styles.meta}>{t('sync.review.revision', { rev: item.rev })}</span>
        {outdated && <OutdatedBadge rev={reviewedRev ?? '—'} current={item.rev} />}
        <SaveLine status={status} onRetry={() => saver.retry(item.id)} errorText={status.error ? texts.error(status.error) : ''} />
      </div>
      <div className={styles.controls}>
        <Field
          className={styles.planField}
          label={t('sync.review.planNumber')}
          validationState={planValid ? 'none' : 'error'}
          validationMessage={planValid ? undefined : t('sync.review.planNumberInvalid')}
        >
          <Input className={styles.planInput} value={planNumber} placeholder={t('sync.review.planNumberPlaceholder')} onChange={(_, d) => onPlanNumber(d.value)} autoComplete="off" />
        </Field>
        <Field label={t('sync.review.decision')}>
          <RadioGroup layout="horizontal" value={decision ?? 'none'} onChange={(_, d) => onDecision(d.value)}>
            <Radio value="none" label={t('sync.review.decisionNone')} />
            <Radio value="accepted" label={t('sync.review.accept')} />
            <Radio value="returned" label={t('sync.review.return')} />
          </RadioGroup>
        </Field>
      </div>
      <div className={styles.comments}>
        {LANGS.map((l) => (
          <Field key={l} label={t(l === 'sq' ? 'sync.review.commentSq' : 'sync.review.commentEn')}>
            <Textarea value={comment[l]} lang={l} rows={2} resize="vertical" spellCheck onChange={(_, d) => onComment(l, d.value)} />
          </Field>
        ))}
      </div>
    </article>
  );
}

function SaveLine({ status, onRetry, errorText }: { status: ReturnType<ReviewSaver['status']>; onRetry(): void; errorText: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  if (status.phase === 'idle') return <span className={styles.save} data-save-state="idle" />;
  if (status.phase === 'pending' || status.phase === 'saving')
    return (
      <span className={styles.save} data-save-state="saving">
        <Spinner size="extra-tiny" aria-hidden />
        {t('sync.review.saving')}
      </span>
    );
  if (status.phase === 'saved')
    return (
      <span className={mergeClasses(styles.save, styles.saved)} data-save-state="saved">
        <CheckmarkCircleRegular aria-hidden />
        {t('sync.review.saved')}
      </span>
    );
  return (
    <span className={mergeClasses(styles.save, styles.failed)} data-save-state="failed" role="alert">
      <ErrorCircleRegular aria-hidden />
      <span>{t('sync.review.failed', { reason: errorText })}</span>
      <Button size="small" onClick={onRetry}>
        {t('sync.review.retry')}
      </Button>
    </span>
  );
}
