// The consultation screen: the cycle's events on the left (the chosen one
// opens beside the list: fields, checklist, participants, its comments), or
// the table of every comment with its filters, or the reports (ReportsTab).
// An LFP records the events of the components it leads; the POC reads every
// institution's.
import { Button, MessageBar, MessageBarBody, Tab, TabList, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanOverview } from '../../../shared/api/contract';
import { formatDate } from '../../../shared/format/dates';
import type { ReferenceData } from '../../../shared/model/reference';
import { Loaded, PageHeader } from '../components/Page';
import { useLanguage } from '../hooks/useLanguage';
import { useLoad } from '../hooks/useLoad';
import { routeHref, type Route } from '../lib/route';
import { useServices } from '../services/services';
import type { ShellContext } from '../services/shell-context';
import { CommentsTable } from './CommentsTable';
import { EventForm } from './EventForm';
import { eventTitle } from './labels';
import { NewRecordBar } from '../components/NewRecordBar';
import { ReportsTab } from './ReportsTab';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  body: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  bodyOpen: { gridTemplateColumns: 'minmax(0, 0.6fr) minmax(0, 1.4fr)' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderRadius: tokens.borderRadiusMedium },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  link: { color: tokens.colorBrandForegroundLink, textDecoration: 'none', overflowWrap: 'anywhere', ':hover': { textDecoration: 'underline' } },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  detail: { borderLeft: `1px solid ${tokens.colorNeutralStroke2}`, paddingLeft: tokens.spacingHorizontalL, minWidth: 0 },
});

export interface ConsultationScreenProps {
  overview: PlanOverview;
  reference: ReferenceData;
  ctx: ShellContext;
  route: Extract<Route, { view: 'consultation' }>;
  navigate(route: Route): void;
}

export function ConsultationScreen({ overview, reference, ctx, route, navigate }: ConsultationScreenProps) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const { api } = useServices();
  const mine = overview.components.filter((c) => ctx.canCreateIn(c));
  const [events, reload] = useLoad(() => api['event.list']({ filter: { cycleId: overview.cycle.id } }), [overview.cycle.id], { keep: true });
  const componentTitle = useMemo(() => new Map(overview.components.map((c) => [c.component.code, `${c.component.number}. ${c.component.title[lang]}`])), [overview, lang]);
  const tab = route.tab ?? 'events';

  return (
    <div className={styles.root}>
      <PageHeader title={t('consultation.title')} intro={t('consultation.intro')} />
      <TabList
        selectedValue={tab}
        onTabSelect={(_, d) => navigate(d.value === 'comments' || d.value === 'reports' ? { view: 'consultation', tab: d.value } : { view: 'consultation' })}
        aria-label={t('consultation.tabs.label')}
      >
        <Tab value="events">{t('consultation.tabs.events')}</Tab>
        <Tab value="comments">{t('consultation.tabs.comments')}</Tab>
        <Tab value="reports">{t('reports.tab')}</Tab>
      </TabList>
      {mine.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{t('consultation.readOnlyHere')}</MessageBarBody>
        </MessageBar>
      )}
      <Loaded state={events} label={t('ui.app.loading')}>
        {({ events: list }) =>
          tab === 'comments' ? (
            <CommentsTable events={list} />
          ) : tab === 'reports' ? (
            <ReportsTab overview={overview} ctx={ctx} route={route} navigate={navigate} />
          ) : (
            <>
              <NewRecordBar
                components={mine}
                componentTitle={componentTitle}
                chooseLabel={t('consultation.list.chooseComponent')}
                newLabel={t('consultation.actions.newEvent')}
                create={(componentCode) => api['event.create']({ componentCode, cycleId: overview.cycle.id })}
                onCreated={(id) => {
                  reload();
                  navigate({ view: 'consultation', event: id, focus: `consultation-event:${id}:title:${lang}` });
                }}
              />
              <div className={mergeClasses(styles.body, route.event && styles.bodyOpen)}>
                <nav aria-label={t('consultation.list.label')}>
                  {list.length === 0 ? (
                    <p className={styles.muted}>{t('consultation.list.none')}</p>
                  ) : (
                    <ul className={styles.list} data-testid="event-list">
                      {list.map((e) => (
                        <li key={e.id} className={mergeClasses(styles.item, route.event === e.id && styles.selected)}>
                          <a className={styles.link} href={routeHref({ view: 'consultation', event: e.id })} aria-current={route.event === e.id ? 'true' : undefined}>
                            {eventTitle(e, lang) || t('consultation.list.untitled')}
                          </a>
                          <div className={styles.muted}>
                            {[e.date ? formatDate(e.date) : t('consultation.list.undated'), t(`consultation.type.${e.type}`), componentTitle.get(e.componentCode) ?? e.componentCode].join(' · ')}
                          </div>
                        </li>
                      ))}
                    </ul>
                  )}
                </nav>
                {route.event && (
                  <div className={styles.detail}>
                    <EventForm
                      key={route.event}
                      id={route.event}
                      reference={reference}
                      canEdit={(owner) => ctx.canEdit(owner)}
                      focus={route.focus}
                      onChanged={reload}
                      onDeleted={() => {
                        reload();
                        navigate({ view: 'consultation' });
                      }}
                    />
                    <Button appearance="secondary" onClick={() => navigate({ view: 'consultation' })}>
                      {t('consultation.actions.back')}
                    </Button>
                  </div>
                )}
              </div>
            </>
          )
        }
      </Loaded>
    </div>
  );
}
