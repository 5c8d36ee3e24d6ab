// "POC feedback" at an LFP: what the POC said about each commitment (its
// decision, plan number and comment, and feedback notes on the commitment,
// its milestones and indicators), in plan order, with a mark on anything
// written about an earlier version than the one held now.
import { Link, MessageBar, MessageBarBody, Spinner, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput, PlanOverview } from '../../../shared/api/contract';
import { ok, type Result } from '../../../shared/api/result';
import type { CommitmentSummary } from '../../../shared/model/plan';
import { ErrorPanel } from '../components/ErrorPanel';
import { PageHeading } from '../components/Page';
import { useLoad } from '../hooks/useLoad';
import { useLanguage } from '../hooks/useLanguage';
import { formatDate, formatDateTime } from '../lib/format';
import { routeHref } from '../lib/route';
import { cardStyle } from '../lib/styles';
import { pickText } from '../lib/text';
import { useServices } from '../services/services';
import type { ShellContext } from '../services/shell-context';
import { BilingualText, hasText } from './BilingualText';
import { collectFeedback, type CommitmentFeedback, type FeedbackNote, type HeldRecord } from './feedback';
import { DecisionTag, OutdatedBadge } from './StatusTags';
import { capitalise } from './texts';

type FeedbackData = MethodOutput<'feedback.get'>;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  meta: { color: tokens.colorNeutralForeground2, margin: 0 },
  h2: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyle: 'none' },
  card: cardStyle('compact'),
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold, flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  number: { fontWeight: tokens.fontWeightSemibold },
  small: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  notes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyle: 'none' },
  note: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingLeft: tokens.spacingHorizontalM, borderLeft: `3px solid ${tokens.colorBrandStroke2}` },
  noteHead: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  items: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  itemLine: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'baseline' },
  label: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  untitled: { fontStyle: 'italic' },
});

export function Feedback({ overview, ctx }: { overview: PlanOverview; ctx: ShellContext }) {
  const { t } = useTranslation();
  const { api } = useServices();
  const { lang } = useLanguage();
  const styles = useStyles();
  const commitments = useMemo(() => overview.components.flatMap((c) => c.commitments), [overview]);

  const [loaded, reload] = useLoad(
    async (): Promise<Result<{ data: FeedbackData; held: Map<string, HeldRecord> }>> => {
      const r = await api['feedback.get']({});
      if (!r.ok) return r;
      const records = new Map<string, HeldRecord>(commitments.map((c) => [c.id, { commitmentId: c.id, rev: c.rev, entity: 'commitment' as const }]));
      // Notes on milestones and indicators need their commitment: read the commitments they may be in.
      const needsParts = r.value.feedback.some((f) => (f.targetType === 'milestone' || f.targetType === 'indicator') && !records.has(f.targetId));
      if (needsParts) {
        const own = commitments.filter((c) => c.owner === ctx.workspace.institution.code);
        const full = await Promise.all(own.map((c) => api['commitment.get']({ id: c.id })));
        for (const res of full) {
          if (!res.ok) continue;
          const c = res.value;
          c.milestones.forEach((m, i) => records.set(m.id, { commitmentId: c.id, rev: m.rev, entity: 'milestone', number: i + 1 }));
          c.indicators.forEach((x, i) => records.set(x.id, { commitmentId: c.id, rev: x.rev, entity: 'indicator', number: i + 1 }));
        }
      }
      return ok({ data: r.value, held: records });
    },
    [api, commitments, ctx.workspace.institution.code],
    { keep: true },
  );

  const data = loaded.state === 'ready' ? loaded.value.data : null;
  const collected = useMemo(() => (loaded.state === 'ready' ? collectFeedback(loaded.value.data, loaded.value.held) : null), [loaded]);

  let body;
  if (loaded.state === 'failed') body = <ErrorPanel error={loaded.error} onRetry={reload} />;
  else if (!data || !collected) body = <Spinner label={t('sync.common.loading')} />;
  else if (!data.receivedAt && collected.byCommitment.size === 0 && collected.other.length === 0) {
    body = (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          {t('sync.feedback.none')} <Link href={routeHref({ view: 'bundles' })}>{t('sync.feedback.goImport')}</Link>
        </MessageBarBody>
      </MessageBar>
    );
  } else {
    const receipt = data.receipts.find((r) => r.institution === ctx.workspace.institution.code);
    const outdated = [...collected.byCommitment.values()].filter((e) => e.reviewOutdated || e.notes.some((n) => n.outdated)).length;
    body = (
      <>
        <p className={styles.meta} data-testid="feedback-meta">
          {data.receivedAt ? t('sync.feedback.received', { at: formatDateTime(data.receivedAt), seq: data.pocSeq ?? '—' }) : null}
          {receipt ? ` ${t('sync.feedback.receipt', { seq: receipt.seq })}` : ''}
          {outdated > 0 ? ` ${t('sync.feedback.outdatedCount', { count: outdated })}` : ''}
        </p>
        {overview.components.map(({ component, commitments: list }) => {
          const entries = list.map((c) => ({ c, e: collected.byCommitment.get(c.id) })).filter((x): x is { c: CommitmentSummary; e: CommitmentFeedback } => !!x.e);
          if (entries.length === 0) return null;
          return (
            <section key={component.code} aria-labelledby={`fb-${component.code}`} className={styles.root}>
              <h2 id={`fb-${component.code}`} className={styles.h2}>
                {t('sync.feedback.componentHeading', { number: component.number, title: component.title[lang] })}
              </h2>
              <ul className={styles.list}>
                {entries.map(({ c, e }) => (
                  <li key={c.id}>
                    <CommitmentCard commitment={c} entry={e} />
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
        {collected.other.length > 0 && (
          <section aria-labelledby="fb-other" className={styles.root}>
            <h2 id="fb-other" className={styles.h2}>
              {t('sync.feedback.otherHeading')}
            </h2>
            <ul className={styles.notes}>
              {collected.other.map((n) => (
                <Note key={n.feedback.id} note={n} />
              ))}
            </ul>
          </section>
        )}
      </>
    );
  }

  return (
    <div className={styles.root}>
      <PageHeading>{t('sync.feedback.title')}</PageHeading>
      {body}
    </div>
  );
}

function CommitmentCard({ commitment, entry }: { commitment: CommitmentSummary; entry: CommitmentFeedback }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const title = pickText(commitment.title, lang);
  const { review } = entry;
  const titleId = `fb-title-${commitment.id}`;
  return (
    <article className={styles.card} aria-labelledby={titleId} data-commitment={commitment.id} data-outdated={entry.reviewOutdated}>
      <div className={styles.head}>
        <h3 id={titleId} className={mergeClasses(styles.title, !title && styles.untitled)} lang={title?.lang}>
          <Link href={routeHref({ view: 'commitment', component: commitment.componentCode, commitment: commitment.id })}>
            {title?.value ?? t('sync.common.untitledCommitment')}
          </Link>
        </h3>
        {review && <DecisionTag decision={review.decision} />}
        {review && (
          <span className={styles.number}>{review.planNumber ? t('sync.notice.planNumber', { number: review.planNumber }) : t('sync.notice.noPlanNumber')}</span>
        )}
        {entry.reviewOutdated && review && <OutdatedBadge rev={review.commitmentRev} current={commitment.rev} />}
      </div>
      {review && (
        <Text className={styles.small}>
          {t('sync.feedback.reviewedLine', { at: formatDateTime(review.decidedAt), rev: review.commitmentRev, current: commitment.rev })}
        </Text>
      )}
      {review && hasText(review.comment) && <BilingualText text={review.comment} />}
      {entry.notes.length > 0 && (
        <ul className={styles.notes} aria-label={t('sync.feedback.notesLabel')}>
          {entry.notes.map((n) => (
            <Note key={n.feedback.id} note={n} />
          ))}
        </ul>
      )}
    </article>
  );
}

function Note({ note }: { note: FeedbackNote }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { feedback: f, record } = note;
  const target =
    record && record.entity !== 'commitment'
      ? `${capitalise(t(`bundles.entity.${record.entity}`))}${record.number !== undefined ? ` ${record.number}` : ''}`
      : t(`sync.feedbackTarget.${f.targetType}`);
  return (
    <li className={styles.note} data-feedback={f.id} data-outdated={note.outdated}>
      <span className={styles.noteHead}>
        {t('sync.feedback.noteOn', { target })}
        {note.outdated && <OutdatedBadge rev={f.targetRev ?? '—'} current={record?.rev ?? '—'} />}
        {f.resolved && <span className={styles.small}>{t('sync.feedback.resolved')}</span>}
      </span>
      {hasText(f.overall) && <BilingualText text={f.overall} />}
      {f.items.length > 0 && (
        <ol className={styles.items}>
          {f.items.map((item, i) => (
            <li key={i}>
              <span className={styles.itemLine}>
                {hasText(item.check) && <BilingualText text={item.check} />}
                {item.rating && <strong>{t(`sync.rating.${item.rating}`)}</strong>}
                {item.dueDate && <span className={styles.label}>{t('sync.feedback.due', { date: formatDate(item.dueDate) })}</span>}
              </span>
              {hasText(item.comment) && <BilingualText text={item.comment} />}
              {hasText(item.requiredAction) && (
                <>
                  <span className={styles.label}>{t('sync.feedback.requiredAction')}</span>
                  <BilingualText text={item.requiredAction} />
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}
