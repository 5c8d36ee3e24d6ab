// The Reports tab of the consultation screen: the cycle's pre-consultation
// and consultation reports on the left, with their count per status, "New
// report" (the component, where the institution leads more than one, and
// the kind), and the chosen report open beside the list (ReportForm).
import { Button, Field, Select, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanOverview } from '../../../shared/api/contract';
import { REPORT_KINDS, REPORT_STATUSES, type ConsultationReport } from '../../../shared/model/cocreation';
import { NewRecordBar } from '../components/NewRecordBar';
import { Loaded } from '../components/Page';
import { useLanguage } from '../hooks/useLanguage';
import { useLoad } from '../hooks/useLoad';
import { routeHref, type Route } from '../lib/route';
import { useServices } from '../services/services';
import type { ShellContext } from '../services/shell-context';
import { ReportForm } from './ReportForm';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  choice: { minWidth: '150px', maxWidth: '260px' },
  select: { width: '100%', minWidth: 0 },
  body: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  bodyOpen: { gridTemplateColumns: 'minmax(160px, 0.4fr) minmax(0, 1.6fr)' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderRadius: tokens.borderRadiusMedium },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  link: { color: tokens.colorBrandForegroundLink, textDecoration: 'none', overflowWrap: 'anywhere', ':hover': { textDecoration: 'underline' } },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyle: 'none', fontSize: tokens.fontSizeBase200 },
  detail: { borderLeft: `1px solid ${tokens.colorNeutralStroke2}`, paddingLeft: tokens.spacingHorizontalL, minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface ReportsTabProps {
  overview: PlanOverview;
  ctx: ShellContext;
  route: Extract<Route, { view: 'consultation' }>;
  navigate(route: Route): void;
}

export function ReportsTab({ overview, ctx, route, navigate }: ReportsTabProps) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const { api } = useServices();
  const mine = overview.components.filter((c) => ctx.canCreateIn(c));
  const [kind, setKind] = useState<ConsultationReport['kind']>('consultation');
  const [reports, reload] = useLoad(() => api['report.list']({ filter: { cycleId: overview.cycle.id } }), [overview.cycle.id], { keep: true });
  const componentTitle = useMemo(() => new Map(overview.components.map((c) => [c.component.code, `${c.component.number}. ${c.component.title[lang]}`])), [overview, lang]);

  return (
    <div className={styles.root}>
      {mine.length > 0 && (
        <div className={styles.toolbar}>
          <Field label={t('reports.list.chooseKind')} className={styles.choice}>
            <Select className={styles.select} value={kind} onChange={(_, d) => setKind(d.value as ConsultationReport['kind'])} data-testid="new-report-kind">
              {REPORT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`reports.kind.${k}`)}
                </option>
              ))}
            </Select>
          </Field>
          <NewRecordBar
            components={mine}
            componentTitle={componentTitle}
            chooseLabel={t('reports.list.chooseComponent')}
            newLabel={t('reports.actions.new')}
            create={(componentCode) => api['report.create']({ componentCode, cycleId: overview.cycle.id, kind })}
            onCreated={(id) => {
              reload();
              navigate({ view: 'consultation', tab: 'reports', report: id, focus: `consultation-report:${id}:purpose:${lang}` });
            }}
          />
        </div>
      )}
      <Loaded state={reports} label={t('ui.app.loading')}>
        {({ reports: list }) => (
          <div className={mergeClasses(styles.body, route.report && styles.bodyOpen)}>
            <nav aria-label={t('reports.list.label')}>
              <ul className={styles.counts} aria-label={t('reports.list.counts')} data-testid="report-counts">
                {REPORT_STATUSES.map((s) => (
                  <li key={s}>{`${t(`reports.status.${s}`)}: ${list.filter((r) => r.status === s).length}`}</li>
                ))}
              </ul>
              {list.length === 0 ? (
                <p className={styles.muted}>{t('reports.list.none')}</p>
              ) : (
                <ul className={styles.list} data-testid="report-list">
                  {list.map((r) => (
                    <li key={r.id} className={mergeClasses(styles.item, route.report === r.id && styles.selected)}>
                      <a className={styles.link} href={routeHref({ view: 'consultation', tab: 'reports', report: r.id })} aria-current={route.report === r.id ? 'true' : undefined}>
                        {t('reports.list.item', { kind: t(`reports.kind.${r.kind}`), status: t(`reports.status.${r.status}`) })}
                      </a>
                      <div className={styles.muted}>{componentTitle.get(r.componentCode) ?? r.componentCode}</div>
                    </li>
                  ))}
                </ul>
              )}
            </nav>
            {route.report && (
              <div className={styles.detail}>
                <ReportForm
                  key={route.report}
                  id={route.report}
                  componentTitle={componentTitle}
                  canEdit={(owner) => ctx.canEdit(owner)}
                  focus={route.focus}
                  onChanged={reload}
                  onDeleted={() => {
                    reload();
                    navigate({ view: 'consultation', tab: 'reports' });
                  }}
                />
                <div>
                  <Button appearance="secondary" onClick={() => navigate({ view: 'consultation', tab: 'reports' })}>
                    {t('reports.actions.close')}
                  </Button>
                </div>
              </div>
            )}
          </div>
        )}
      </Loaded>
    </div>
  );
}
