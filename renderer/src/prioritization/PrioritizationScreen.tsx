// Prioritization: the rounds of one component on the left (counts and state
// at a glance), the chosen round on the right. The component, the round and
// an idea opened in it live in the URL, so a reload comes back to them.
import { Button, Field, MessageBar, MessageBarBody, Select, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanOverview, RoundView } from '../../../shared/api/contract';
import { formatDate } from '../../../shared/format/dates';
import { Loaded, PageHeader } from '../components/Page';
import { useLanguage } from '../hooks/useLanguage';
import { useLoad } from '../hooks/useLoad';
import type { Route } from '../lib/route';
import type { ShellContext } from '../services/shell-context';
import { useServices } from '../services/services';
import { OpenRound } from './OpenRound';
import { RoundPanel } from './RoundPanel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  layout: { display: 'grid', gridTemplateColumns: '220px minmax(0, 1fr)', gap: tokens.spacingHorizontalXL, alignItems: 'start' },
  side: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  link: {
    display: 'block',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  current: { backgroundColor: tokens.colorNeutralBackground1, boxShadow: tokens.shadow2 },
  meta: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  heading: { fontSize: tokens.fontSizeBase400, margin: 0 },
  select: { maxWidth: '420px' },
});

interface Props {
  overview: PlanOverview;
  ctx: ShellContext;
  route: Extract<Route, { view: 'prioritization' }>;
  navigate(route: Route, options?: { replace?: boolean }): void;
}

type Opening = { from?: { roundId: string; stage: RoundView['round']['stage']; ideaIds: string[] } } | null;

export function PrioritizationScreen({ overview, ctx, route, navigate }: Props) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const { api } = useServices();
  const styles = useStyles();
  const me = ctx.workspace.institution.code;
  // Without a component in the URL: the first one this institution leads, else the first.
  const entry =
    overview.components.find((c) => c.component.code === route.component) ??
    overview.components.find((c) => c.component.leadInstitutions.includes(me)) ??
    overview.components[0];
  const code = entry?.component.code ?? '';
  const [opening, setOpening] = useState<Opening>(null);
  const [rounds, reload] = useLoad(() => api['round.list']({ componentCode: code }), [api, code], { keep: true });
  const commitments = useMemo(
    () => overview.components.flatMap((c) => c.commitments.filter((m) => m.owner === me).map((m) => ({ id: m.id, componentCode: m.componentCode, title: m.title }))),
    [overview, me],
  );
  const canOpen = entry ? ctx.canCreateIn(entry) : false;

  return (
    <div className={styles.root}>
      <PageHeader title={t('prioritization.title')} intro={t('prioritization.intro')} />
      <Field label={t('prioritization.component')} className={styles.select}>
        <Select value={code} onChange={(_, d) => (setOpening(null), navigate({ view: 'prioritization', component: d.value }))}>
          {overview.components.map((c) => (
            <option key={c.component.code} value={c.component.code}>
              {`${c.component.number}. ${c.component.title[lang]}`}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.layout}>
        <nav className={styles.side} aria-labelledby="rounds-heading">
          <h2 id="rounds-heading" className={styles.heading}>
            {t('prioritization.rounds')}
          </h2>
          <Loaded state={rounds} label={t('ui.app.loading')} onRetry={reload}>
            {(list) =>
              list.length === 0 ? (
                <p className={styles.meta}>{t('prioritization.noRounds')}</p>
              ) : (
                <ul className={styles.list}>
                  {list.map((r) => {
                    const here = r.id === route.round;
                    return (
                      <li key={r.id}>
                        <a
                          href={`#/prioritization/${code}/round/${r.id}`}
                          className={mergeClasses(styles.link, here && styles.current)}
                          aria-current={here ? 'page' : undefined}
                          onClick={() => setOpening(null)}
                        >
                          {t(`print.prioritization.stage.${r.stage}`)}
                          <span className={styles.meta}>{r.closedAt ? t('prioritization.closedState', { date: formatDate(r.closedAt) }) : t('prioritization.openState')}</span>
                          <span className={styles.meta}>{t('prioritization.roundCounts', { ideas: r.ideas, scorers: r.scorers.length })}</span>
                        </a>
                      </li>
                    );
                  })}
                </ul>
              )
            }
          </Loaded>
          {canOpen ? (
            <Button icon={<AddRegular />} onClick={() => setOpening({})}>
              {t('prioritization.newRound')}
            </Button>
          ) : (
            <MessageBar intent="info">
              <MessageBarBody>{t('prioritization.readOnlyHere')}</MessageBarBody>
            </MessageBar>
          )}
        </nav>
        <div>
          {opening ? (
            <OpenRound
              key={opening.from?.roundId ?? 'new'}
              componentCode={code}
              from={opening.from}
              onCancel={() => setOpening(null)}
              onOpened={(view) => {
                setOpening(null);
                reload();
                navigate({ view: 'prioritization', component: code, round: view.round.id });
              }}
            />
          ) : route.round && route.component === code ? (
            <RoundPanel
              key={route.round}
              id={route.round}
              idea={route.idea}
              me={me}
              commitments={commitments}
              onChanged={reload}
              onOpenIdea={(idea) => navigate({ view: 'prioritization', component: code, round: route.round, idea })}
              onNextRound={(roundId, ideaIds) => {
                const stage = rounds.state === 'ready' ? rounds.value.find((r) => r.id === roundId)?.stage : undefined;
                setOpening({ from: { roundId, stage: stage ?? 'shortlist', ideaIds } });
              }}
            />
          ) : null}
        </div>
      </div>
    </div>
  );
}
