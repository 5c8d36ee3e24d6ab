// One round: its state (open, closed and when, or another institution's),
// its tabs (criteria, scores, results, decisions), closing it, and starting
// the next stage from its shortlist.
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundIdea } from '../../../shared/api/contract';
import { formatDate } from '../../../shared/format/dates';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorPanel } from '../components/ErrorPanel';
import { describeError } from '../lib/describe-error';
import { useServices } from '../services/services';
import { CriteriaEditor } from './CriteriaEditor';
import { Decisions, type OwnCommitment } from './Decisions';
import { Results } from './Results';
import { ScoresTab } from './ScoresTab';
import { useRound } from './useRound';

const TABS = ['criteria', 'scores', 'results', 'decisions'] as const;
type TabId = (typeof TABS)[number];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  head: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  title: { margin: 0, flexGrow: 1, fontSize: tokens.fontSizeBase500 },
  meta: { color: tokens.colorNeutralForeground3 },
  tabs: { display: 'flex', gap: tokens.spacingHorizontalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  tab: {
    border: 'none',
    background: 'transparent',
    font: 'inherit',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    cursor: 'pointer',
    color: tokens.colorNeutralForeground2,
    borderBottom: '3px solid transparent',
    ':hover': { color: tokens.colorNeutralForeground1 },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  selected: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold, borderBottomColor: tokens.colorBrandStroke1 },
});

interface Props {
  id: string;
  idea: string | undefined;
  me: string;
  commitments: readonly OwnCommitment[];
  onOpenIdea(ideaId: string): void;
  onNextRound(fromRoundId: string, ideaIds: string[]): void;
  /** The round changed in a way the list of rounds shows (closed, a scorer added). */
  onChanged(): void;
}

export function RoundPanel({ id, idea, me, commitments, onOpenIdea, onNextRound, onChanged }: Props) {
  const { t } = useTranslation();
  const { api } = useServices();
  const styles = useStyles();
  const round$ = useRound(id);
  const state = {
    ...round$,
    accept: (next: Parameters<typeof round$.accept>[0]) => {
      const error = round$.accept(next);
      if (!error) onChanged();
      return error;
    },
  };
  const [tab, setTab] = useState<TabId>(idea ? 'decisions' : 'scores');
  const [closing, setClosing] = useState(false);
  const [closeError, setCloseError] = useState<string | null>(null);
  const [shownIdea, setShownIdea] = useState<string | null>(idea ?? null);
  // An idea opened from the matrix, the decision list or a link is in the address (a reload returns to it; leaving it with a response not saved asks first), and shows its decision.
  const [lastIdea, setLastIdea] = useState(idea);
  if (idea !== lastIdea) {
    setLastIdea(idea);
    if (idea) {
      setShownIdea(idea);
      setTab('decisions');
    }
  }

  if (state.error) return <ErrorPanel error={state.error} onRetry={state.reload} />;
  const { view, results } = state;
  if (!view || !results) return <Spinner label={t('ui.app.loading')} />;
  const { round } = view;
  const editable = view.editable;

  const close = async () => {
    const r = await api['round.close']({ id });
    const error = state.accept(r);
    setCloseError(error ? describeError(t, error) : null);
    setClosing(false);
  };
  // The shortlist: ranked ideas that passed the gates and are not decided yet.
  const shortlist = results.ideas.filter((r) => r.rank !== null && view.ideas.find((i) => i.id === r.ideaId)?.status.match(/^(received|shortlisted)$/)).map((r) => r.ideaId);
  const decided = (next: RoundIdea) => state.accept({ ok: true, value: { ...view, ideas: view.ideas.map((i) => (i.id === next.id ? next : i)) } });

  return (
    <section className={styles.root} aria-labelledby={`round-${id}`}>
      <div className={styles.head}>
        <h2 id={`round-${id}`} className={styles.title}>
          {t('prioritization.roundLabel', { stage: t(`print.prioritization.stage.${round.stage}`), date: formatDate(round.openedAt) })}
        </h2>
        <span className={styles.meta}>
          {round.closedAt ? t('prioritization.closedState', { date: formatDate(round.closedAt) }) : t('prioritization.openState')} ·{' '}
          {t('prioritization.scale')} {t('prioritization.scaleText', round.scale)}
        </span>
        {round.owner === me && (
          <Button onClick={() => onNextRound(id, shortlist)}>{t('prioritization.nextRound')}</Button>
        )}
        {editable && (
          <Button appearance="primary" onClick={() => setClosing(true)}>
            {t('prioritization.close')}
          </Button>
        )}
      </div>
      {round.closedAt && (
        <MessageBar intent="info">
          <MessageBarBody>{t('prioritization.readOnly', { date: formatDate(round.closedAt) })}</MessageBarBody>
        </MessageBar>
      )}
      {round.owner !== me && (
        <MessageBar intent="info">
          <MessageBarBody>{t('prioritization.foreign', { owner: round.owner })}</MessageBarBody>
        </MessageBar>
      )}
      {closeError && (
        <MessageBar intent="error">
          <MessageBarBody>{closeError}</MessageBarBody>
        </MessageBar>
      )}
      {/* Tabs in the ARIA pattern: one tab stop, arrows move between them, Home and End to the ends. */}
      <div role="tablist" className={styles.tabs} aria-label={t('prioritization.tabsLabel')}>
        {TABS.map((k, i) => (
          <button
            key={k}
            type="button"
            role="tab"
            id={`tab-${id}-${k}`}
            aria-selected={tab === k}
            aria-controls={`panel-${id}`}
            tabIndex={tab === k ? 0 : -1}
            className={mergeClasses(styles.tab, tab === k && styles.selected)}
            onClick={() => setTab(k)}
            onKeyDown={(e) => {
              const to = e.key === 'ArrowRight' ? (i + 1) % TABS.length : e.key === 'ArrowLeft' ? (i + TABS.length - 1) % TABS.length : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : -1;
              if (to < 0) return;
              e.preventDefault();
              setTab(TABS[to]!);
              document.getElementById(`tab-${id}-${TABS[to]}`)?.focus();
            }}
          >
            {t(`prioritization.tabs.${k}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}-${tab}`}>
        {tab === 'criteria' && (
          <CriteriaEditor
            view={view}
            editable={editable}
            onSave={async (criteria) => {
              const error = state.accept(await api['round.setCriteria']({ id, criteria }));
              return error ? describeError(t, error) : null;
            }}
          />
        )}
        {tab === 'scores' && <ScoresTab state={state} view={view} editable={editable} />}
        {tab === 'results' && <Results view={view} results={results} onOpenIdea={onOpenIdea} />}
        {tab === 'decisions' && (
          <Decisions view={view} selected={shownIdea} onSelect={onOpenIdea} commitments={commitments} me={me} onDecided={decided} />
        )}
      </div>
      <ConfirmDialog
        open={closing}
        title={t('prioritization.closeTitle')}
        confirmLabel={t('prioritization.close')}
        busy={false}
        onConfirm={() => void close()}
        onCancel={() => setClosing(false)}
      >
        {t('prioritization.closeBody')}
      </ConfirmDialog>
    </section>
  );
}
