// The process calendar (Annex V): the cycle's items of every institution, as
// a timeline by phase or as a sortable table (a tab list chooses; arrow keys
// move between the tabs), the open item's form above them, a new item of
// this institution, and the calendar as an .ics file for Outlook. Late is
// the one shared rule (shared/cocreation/calendar.ts) judged on today.
import { Button, MessageBar, MessageBarBody, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, ArrowDownloadRegular } from '@fluentui/react-icons';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanOverview } from '../../../shared/api/contract';
import { isCalendarItemLate } from '../../../shared/cocreation/calendar';
import { isoOfLocalDate } from '../../../shared/format/dates';
import { Loaded, PageHeader } from '../components/Page';
import { useLanguage } from '../hooks/useLanguage';
import { useLoad } from '../hooks/useLoad';
import { downloadBlob } from '../lib/files';
import type { Route } from '../lib/route';
import { useNotify } from '../services/notices';
import { useServices } from '../services/services';
import type { ShellContext } from '../services/shell-context';
import { CalendarItemForm } from './CalendarItemForm';
import { CalendarTable } from './CalendarTable';
import { CalendarTimeline } from './CalendarTimeline';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  summary: { margin: 0, color: tokens.colorNeutralForeground2 },
  detail: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalL },
});

type Mode = 'timeline' | 'table';

export interface CalendarScreenProps {
  overview: PlanOverview;
  ctx: ShellContext;
  route: Extract<Route, { view: 'calendar' }>;
  navigate(route: Route): void;
}

export function CalendarScreen({ overview, ctx, route, navigate }: CalendarScreenProps) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const { api } = useServices();
  const notify = useNotify();
  const cycleId = overview.cycle.id;
  const [mode, setMode] = useState<Mode>('timeline');
  const [busy, setBusy] = useState<'new' | 'ics' | null>(null);
  const [state, reload] = useLoad(() => api['calendar.list']({ cycleId }), [cycleId], { keep: true });
  // The day the screen opened: late is judged on it, and today's line drawn there.
  const today = useMemo(() => isoOfLocalDate(new Date()), []);
  const me = ctx.workspace.institution.code;

  const create = async () => {
    setBusy('new');
    const r = await api['calendar.create']({ cycleId, fields: { responsible: me } });
    setBusy(null);
    if (!r.ok) return notify(r.error);
    reload();
    navigate({ view: 'calendar', item: r.value.id, focus: `calendar-item:${r.value.id}:title:${lang}` });
  };

  const exportIcs = async () => {
    setBusy('ics');
    const r = await api['calendar.ics']({ cycleId, lang });
    setBusy(null);
    if (!r.ok) return notify(r.error);
    downloadBlob(r.value.fileName, new Blob([r.value.text], { type: 'text/calendar;charset=utf-8' }));
  };

  const close = useCallback(() => navigate({ view: 'calendar' }), [navigate]);

  return (
    <div className={styles.root}>
      <PageHeader title={t('calendar.title')} intro={t('calendar.intro')} />
      <div className={styles.toolbar}>
        <Button appearance="primary" icon={<AddRegular />} disabled={busy !== null} onClick={() => void create()}>
          {t('calendar.actions.new')}
        </Button>
        <Button icon={<ArrowDownloadRegular />} disabled={busy !== null} onClick={() => void exportIcs()}>
          {t('calendar.actions.exportIcs')}
        </Button>
      </div>
      <MessageBar intent="info">
        <MessageBarBody>{t('calendar.readOnlyHere')}</MessageBarBody>
      </MessageBar>
      {route.item && (
        <section className={styles.detail} aria-label={t('calendar.formLabel')}>
          <CalendarItemForm key={route.item} id={route.item} canEdit={ctx.canEdit} today={today} focus={route.focus} onChanged={reload} onDeleted={() => (reload(), close())} onClose={close} />
        </section>
      )}
      <TabList selectedValue={mode} onTabSelect={(_, d) => setMode(d.value as Mode)} aria-label={t('calendar.tabs.label')}>
        <Tab value="timeline" data-testid="calendar-tab-timeline">
          {t('calendar.tabs.timeline')}
        </Tab>
        <Tab value="table" data-testid="calendar-tab-table">
          {t('calendar.tabs.table')}
        </Tab>
      </TabList>
      <Loaded state={state} label={t('ui.app.loading')}>
        {({ items }) => {
          const late = items.filter((i) => isCalendarItemLate(i, today)).length;
          return (
            <>
              <p className={styles.summary} data-testid="calendar-summary">
                {t('calendar.summary', { count: items.length, late })}
              </p>
              {mode === 'timeline' ? (
                items.length === 0 ? (
                  <p className={styles.summary}>{t('calendar.table.none')}</p>
                ) : (
                  <CalendarTimeline items={items} today={today} lang={lang} institutions={ctx.institutions} selected={route.item} />
                )
              ) : (
                <CalendarTable items={items} today={today} lang={lang} institutions={ctx.institutions} selected={route.item} />
              )}
            </>
          );
        }}
      </Loaded>
    </div>
  );
}
