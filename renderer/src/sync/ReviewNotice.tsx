// In the commitment editor's header: the POC's review of this commitment
// (decision, plan number, comment) and a mark when it was made on an earlier
// version than the one open now. Nothing when there is no review.
import { Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { CommentMultipleRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../lib/format';
import { routeHref } from '../lib/route';
import { useServices } from '../services/services';
import { BilingualText, hasText } from './BilingualText';
import { isOutdated } from './feedback';
import { useReviewData } from './review-store';
import { DecisionTag, OutdatedBadge } from './StatusTags';

const useStyles = makeStyles({
  title: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'center' },
  number: { fontWeight: tokens.fontWeightSemibold },
});

export interface ReviewNoticeProps {
  commitmentId: string;
  /** The revision of the commitment as opened. */
  rev: number;
}

export function ReviewNotice({ commitmentId, rev }: ReviewNoticeProps) {
  const { t } = useTranslation();
  const { api, saves } = useServices();
  const styles = useStyles();
  const data = useReviewData(api);
  // Each saved edit of the commitment makes a new revision: a review of the one opened is now on an earlier one.
  const [savesSinceOpen, setSaves] = useState(0);
  useEffect(() => saves.onSaved((id) => id === commitmentId && setSaves((n) => n + 1)), [saves, commitmentId]);

  const review = data?.reviews.get(commitmentId) ?? null;
  const notes = data?.commitmentNotes.get(commitmentId) ?? [];
  if (!data || (!review && notes.length === 0)) return null;
  const current = rev + savesSinceOpen;
  const reviewedRev = review ? review.commitmentRev : notes.reduce<number | null>((min, n) => (n.targetRev !== null && (min === null || n.targetRev < min) ? n.targetRev : min), null);
  const outdated = isOutdated(reviewedRev, current);
  const intent = review?.decision === 'accepted' ? 'success' : review?.decision === 'returned' ? 'warning' : 'info';
  const page = data.role === 'lfp' ? routeHref({ view: 'feedback' }) : routeHref({ view: 'consolidation' });

  return (
    <MessageBar intent={intent} layout="multiline" icon={<CommentMultipleRegular />} data-testid="review-notice" data-decision={review?.decision ?? 'none'} data-outdated={outdated}>
      <MessageBarBody className={styles.body}>
        <MessageBarTitle className={styles.title}>
          {t(data.role === 'lfp' ? 'sync.notice.titleLfp' : 'sync.notice.titlePoc')}
          {review && <DecisionTag decision={review.decision} small />}
          {outdated && <OutdatedBadge rev={reviewedRev ?? '—'} current={current} />}
        </MessageBarTitle>
        {review && (
          <span className={styles.meta}>
            <span className={styles.number}>
              {review.planNumber ? t('sync.notice.planNumber', { number: review.planNumber }) : t('sync.notice.noPlanNumber')}
            </span>
            <span>{t('sync.notice.decidedAt', { at: formatDateTime(review.decidedAt), rev: review.commitmentRev })}</span>
          </span>
        )}
        {review && hasText(review.comment) && <BilingualText text={review.comment} />}
        {notes.length > 0 && (
          <span className={styles.meta}>
            {t('sync.notice.notes', { count: notes.length })}
          </span>
        )}
        <span>
          <Link href={page}>{t(data.role === 'lfp' ? 'sync.notice.openFeedback' : 'sync.notice.openConsolidation')}</Link>
        </span>
      </MessageBarBody>
    </MessageBar>
  );
}
