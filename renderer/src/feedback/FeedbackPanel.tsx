// The POC's feedback framework on one record (a commitment, or a consultation
// report), shown below it. At the POC: "Start feedback" writes the framework
// from its checks; each item is rated (met, partly met, not met) with a
// comment, a required action and a due date, and there is an overall
// assessment. At the record's owner (an LFP): the POC's ratings read-only,
// and per item a reply and a "resolved" mark. Everything typed goes through
// the shared editing layer (records.ts), so nothing typed is lost; the
// service enforces who may write what.
import { Button, Spinner, Text as Caption, makeStyles, tokens } from '@fluentui/react-components';
import { CommentMultipleRegular } from '@fluentui/react-icons';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackTargetRef, FeedbackView } from '../../../shared/api/contract';
import { emptyCounts } from '../../../shared/cocreation/feedback';
import { formatDate } from '../../../shared/format/dates';
import { RATINGS, type FeedbackItem, type PocFeedback } from '../../../shared/model/cocreation';
import type { Lang, Text } from '../../../shared/model/primitives';
import { ErrorPanel } from '../components/ErrorPanel';
import { SaveState } from '../components/SaveState';
import { attachGroup } from '../editor/attached-groups';
import { FieldProvider } from '../editor/context';
import { DateField, FlagField, RadioField, TextField } from '../editor/fields';
import { RecordSession } from '../editor/record-session';
import { useStandaloneRecord } from '../editor/standalone-record';
import { useLanguage } from '../hooks/useLanguage';
import { useLoad } from '../hooks/useLoad';
import { useNotify } from '../services/notices';
import { useServices } from '../services/services';
import { frameworkRecord, itemKeys, repliesRecord, shownStates, type FrameworkRecord, type RepliesRecord } from './records';
import { StateBadge, type ShownState } from './StateBadge';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    marginTop: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, flexGrow: 1 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalM, margin: 0, minWidth: 0 },
  legend: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  check: { margin: 0 },
  grid: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalM },
  read: { display: 'grid', gridTemplateColumns: '11rem minmax(0, 1fr)', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  value: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  other: { color: tokens.colorNeutralForeground3 },
});

export interface FeedbackPanelProps {
  target: FeedbackTargetRef;
  /** The panel heading's level: 2 below a commitment's editor, 3 inside a report whose own heading is a level 2. */
  level?: 2 | 3;
}

/** The level Shell gives its heading, set once by FeedbackPanel for all its states. */
const HeadingLevel = createContext<2 | 3>(2);

export function FeedbackPanel({ target, level = 2 }: FeedbackPanelProps) {
  return (
    <HeadingLevel.Provider value={level}>
      <FeedbackPanelBody target={target} />
    </HeadingLevel.Provider>
  );
}

function FeedbackPanelBody({ target }: { target: FeedbackTargetRef }) {
  const { t } = useTranslation();
  const { api, saves } = useServices();
  const [state, reload] = useLoad(async () => {
    const [view] = await Promise.all([api['pocFeedback.get']({ target }), saves.ensureRestored()]);
    return view;
  }, [target.type, target.id]);
  if (state.state === 'loading') return <Spinner size="tiny" aria-label={t('ui.app.loading')} />;
  if (state.state === 'failed') return <ErrorPanel error={state.error} onRetry={reload} />;
  const view = state.value;
  if (view.feedback) {
    const withFeedback = view as FeedbackView & { feedback: PocFeedback };
    return view.role === 'poc' ? <Framework key={view.feedback.id} view={withFeedback} /> : <Replies key={view.feedback.id} view={withFeedback} />;
  }
  return <NoFeedback view={view} target={target} onCreated={reload} />;
}

function Shell({ heading, intro, status, children }: { heading: string; intro?: string; status?: ReactNode; children?: ReactNode }) {
  const styles = useStyles();
  const Heading = useContext(HeadingLevel) === 3 ? 'h3' : 'h2';
  return (
    <section className={styles.section} aria-labelledby="feedback-heading" data-testid="feedback-panel">
      <div className={styles.head}>
        <CommentMultipleRegular aria-hidden />
        <Heading id="feedback-heading" className={styles.heading}>
          {heading}
        </Heading>
        {status}
      </div>
      {intro && <p className={styles.intro}>{intro}</p>}
      {children}
    </section>
  );
}

function NoFeedback({ view, target, onCreated }: { view: FeedbackView; target: FeedbackTargetRef; onCreated(): void }) {
  const { t } = useTranslation();
  const { api } = useServices();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  // The POC's own records take no feedback; an LFP is told none has come yet.
  if (view.role === 'poc' && !view.canEdit) return null;
  const start = async () => {
    setBusy(true);
    const r = await api['pocFeedback.create']({ target });
    setBusy(false);
    if (!r.ok) return notify(r.error);
    onCreated();
  };
  return (
    <Shell heading={t('feedback.panel.heading')}>
      <Caption>{t(view.role === 'poc' ? 'feedback.panel.none' : 'feedback.panel.noneLfp', { what: t(`feedback.panel.what.${target.type}`) })}</Caption>
      {view.canEdit && (
        <div>
          <Button appearance="primary" disabled={busy} onClick={() => void start()} data-testid="feedback-start">
            {t('feedback.panel.start')}
          </Button>
        </div>
      )}
    </Shell>
  );
}

function Counts({ states }: { states: Record<string, ShownState> }) {
  const { t } = useTranslation();
  const c = { ...emptyCounts(), unrated: 0 };
  for (const s of Object.values(states)) c[s] += 1;
  return (
    <Caption size={200} data-testid="feedback-counts">
      {t('feedback.panel.counts', c)}
    </Caption>
  );
}

/** A bilingual text read-only: the interface language first, the other after it. */
function Bilingual({ text }: { text: { sq: string; en: string } }) {
  const { lang } = useLanguage();
  const styles = useStyles();
  const other: Lang = lang === 'sq' ? 'en' : 'sq';
  if (!text.sq.trim() && !text.en.trim()) return <dd className={styles.value}>—</dd>;
  return (
    <dd className={styles.value}>
      <span lang={lang}>{text[lang]}</span>
      {text[other].trim() && text[other] !== text[lang] && (
        <>
          {text[lang].trim() ? <br /> : null}
          <span lang={other} className={styles.other}>
            {text[other]}
          </span>
        </>
      )}
    </dd>
  );
}

function useRatingOptions() {
  const { t } = useTranslation();
  return useMemo(() => RATINGS.map((r) => ({ value: r, label: t(`sync.rating.${r}`) })), [t]);
}

/** One item of the framework: its number and state in the legend, its check, and what each side sees or writes of it. */
function ItemCard({ recordId, itemKey, n, state, check, children }: { recordId: string; itemKey: string; n: number; state: ShownState; check: Text; children: ReactNode }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const legendId = `fb-${recordId}-${n}`;
  return (
    <fieldset className={styles.card} aria-labelledby={legendId} data-testid="feedback-item" data-key={itemKey}>
      <legend className={styles.legend}>
        <span id={legendId}>{t('feedback.panel.item', { n })}</span>
        <StateBadge state={state} />
      </legend>
      <p className={styles.check} lang={lang}>
        {check[lang] || check[lang === 'sq' ? 'en' : 'sq']}
      </p>
      {children}
    </fieldset>
  );
}

/** The POC's side: every item of its framework, editable. */
function Framework({ view }: { view: FeedbackView & { feedback: PocFeedback } }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { saves } = useServices();
  const session = useMemo(() => new RecordSession<FrameworkRecord>(saves, frameworkRecord(view.feedback)), [saves, view.feedback]);
  useEffect(() => attachGroup(view.feedback.targetId, view.feedback.id), [view.feedback.targetId, view.feedback.id]);
  const { record, env, status, rootRef } = useStandaloneRecord(session, () => view.canEdit, undefined);
  const keys = itemKeys(view.feedback);
  const replies = useMemo(() => Object.fromEntries(view.replies.map((r) => [r.itemId, r])), [view.replies]);
  const states = shownStates(keys, record.items, replies, view.today);
  const ratings = useRatingOptions();
  const f = { recordType: 'poc-feedback' as const, recordId: record.id };
  return (
    <FieldProvider value={env}>
      <Shell heading={t('feedback.panel.heading')} intro={t('feedback.panel.intro')} status={<SaveState status={status} />}>
        <div ref={rootRef} className={styles.body}>
          <Counts states={states} />
          {keys.map((key, i) => {
            const item = record.items[key]!;
            const reply = replies[key];
            return (
              <ItemCard key={key} recordId={record.id} itemKey={key} n={i + 1} state={states[key]!} check={item.check}>
                <RadioField {...f} field={`items.${key}.rating`} label={t('feedback.field.rating')} options={ratings} noneLabel={t('feedback.panel.ratingNone')} />
                <TextField {...f} field={`items.${key}.comment`} label={t('feedback.field.comment')} multiline rows={2} />
                <TextField {...f} field={`items.${key}.requiredAction`} label={t('feedback.field.requiredAction')} multiline rows={2} />
                <DateField {...f} field={`items.${key}.dueDate`} label={t('feedback.field.dueDate')} />
                {reply && (
                  <dl className={styles.read}>
                    <dt className={styles.term}>{t('feedback.field.reply')}</dt>
                    <Bilingual text={reply.reply} />
                  </dl>
                )}
              </ItemCard>
            );
          })}
          <TextField {...f} field="overall" label={t('feedback.field.overall')} multiline rows={3} />
        </div>
      </Shell>
    </FieldProvider>
  );
}

/** The owner's side: the POC's ratings read-only, a reply and a "resolved" mark per item. */
function Replies({ view }: { view: FeedbackView & { feedback: PocFeedback } }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { saves } = useServices();
  const session = useMemo(() => new RecordSession<RepliesRecord>(saves, repliesRecord(view)), [saves, view]);
  useEffect(() => attachGroup(view.feedback.targetId, view.feedback.id), [view.feedback.targetId, view.feedback.id]);
  const { record, env, status, rootRef } = useStandaloneRecord(session, () => view.canReply, undefined);
  const keys = itemKeys(view.feedback);
  const items = useMemo(() => Object.fromEntries(keys.map((k, i) => [k, view.feedback.items[i]!] as [string, FeedbackItem])), [keys, view.feedback]);
  const states = shownStates(keys, items, record.items, view.today);
  const f = { recordType: 'feedback-reply' as const, recordId: record.id };
  const rating = (r: FeedbackItem['rating']) => (r ? t(`sync.rating.${r}`) : t('feedback.panel.ratingNone'));
  return (
    <FieldProvider value={env}>
      <Shell heading={t('feedback.panel.heading')} intro={t('feedback.panel.introLfp', { what: t(`feedback.panel.what.${view.feedback.targetType}`) })} status={view.canReply ? <SaveState status={status} /> : undefined}>
        <div ref={rootRef} className={styles.body}>
          <Counts states={states} />
          {keys.map((key, i) => {
            const item = items[key]!;
            return (
              <ItemCard key={key} recordId={record.id} itemKey={key} n={i + 1} state={states[key]!} check={item.check}>
                <dl className={styles.read}>
                  <dt className={styles.term}>{t('feedback.field.rating')}</dt>
                  <dd className={styles.value} data-testid="feedback-rating">
                    {rating(item.rating)}
                  </dd>
                  <dt className={styles.term}>{t('feedback.field.comment')}</dt>
                  <Bilingual text={item.comment} />
                  <dt className={styles.term}>{t('feedback.field.requiredAction')}</dt>
                  <Bilingual text={item.requiredAction} />
                  <dt className={styles.term}>{t('feedback.field.dueDate')}</dt>
                  <dd className={styles.value}>{item.dueDate ? formatDate(item.dueDate) : t('feedback.panel.noValue')}</dd>
                </dl>
                {states[key] !== 'met' && states[key] !== 'unrated' && (
                  <>
                    <TextField {...f} field={`items.${key}.reply`} label={t('feedback.field.reply')} multiline rows={2} />
                    <FlagField {...f} field={`items.${key}.resolved`} label={t('feedback.field.resolved')} />
                  </>
                )}
              </ItemCard>
            );
          })}
          <dl className={styles.read}>
            <dt className={styles.term}>{t('feedback.field.overall')}</dt>
            <Bilingual text={view.feedback.overall} />
          </dl>
        </div>
      </Shell>
    </FieldProvider>
  );
}
