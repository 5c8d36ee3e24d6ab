// The plan-wide quality view: how complete each component is in each
// language, how many findings block submission, and every finding grouped by
// component and commitment, each linking to the field it concerns. Checked
// again whenever the view opens and on request.
import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, ArrowRightRegular, CheckmarkCircleFilled, ErrorCircleFilled, WarningFilled } from '@fluentui/react-icons';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanOverview } from '../../../shared/api/contract';
import type { AppErrorDto } from '../../../shared/api/errors';
import { LANGS, type Lang } from '../../../shared/model/primitives';
import type { QualityReport } from '../../../shared/quality/types';
import { ErrorPanel } from '../components/ErrorPanel';
import { PageHeading } from '../components/Page';
import { useLanguage } from '../hooks/useLanguage';
import { routeHref } from '../lib/route';
import { pickText } from '../lib/text';
import { useServices } from '../services/services';
import type { ShellContext } from '../services/shell-context';
import { FindingItem } from './FindingParts';
import { findingFieldRef, findingRoute, flattenGroups, groupFindings, type FindingRow } from './findings';

/** Above this many rows the findings list is virtualised. */
export const VIRTUALIZE_OVER = 300;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  headerTitle: { flexGrow: 1 },
  checkedAt: { color: tokens.colorNeutralForeground3 },
  intro: { color: tokens.colorNeutralForeground2, maxWidth: '80ch' },
  totals: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  total: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  clear: { color: tokens.colorPaletteGreenForeground1 },
  blocking: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  sectionHeading: { margin: `${tokens.spacingVerticalM} 0 0`, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  numberCol: { width: '2.5rem' },
  countCol: { width: '7rem' },
  completeCol: { width: '18rem' },
  findingsCol: { width: '13rem' },
  bars: { display: 'flex', flexDirection: 'column', gap: '4px', padding: `${tokens.spacingVerticalXS} 0`, width: '100%' },
  bar: { display: 'grid', gridTemplateColumns: '5.5rem minmax(0, 1fr)', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  barText: { fontSize: tokens.fontSizeBase200, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  cellCounts: { display: 'flex', flexDirection: 'column', gap: '2px' },
  list: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  scroller: { height: '60vh', minHeight: '320px', overflowY: 'auto', position: 'relative' },
  componentRow: {
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    margin: 0,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground2,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  componentCounts: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  commitmentRow: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 2px ${tokens.spacingHorizontalL}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  untitled: { fontStyle: 'italic', fontWeight: tokens.fontWeightRegular },
  findingRow: { paddingLeft: tokens.spacingHorizontalL, borderTop: `1px solid ${tokens.colorNeutralStroke3}` },
  link: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, whiteSpace: 'nowrap' },
});

function pct(n: number): number {
  return Math.max(0, Math.min(100, Math.round(n)));
}

function barColor(value: number): 'success' | 'brand' | 'warning' {
  if (value >= 100) return 'success';
  return value < 50 ? 'warning' : 'brand';
}

const hhmm = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

export function PlanQuality({ overview, ctx }: { overview: PlanOverview; ctx: ShellContext }) {
  const { t } = useTranslation();
  const { api, planChanges } = useServices();
  const styles = useStyles();
  const [report, setReport] = useState<QualityReport | null>(null);
  const [checkedAt, setCheckedAt] = useState<Date | null>(null);
  const [error, setError] = useState<AppErrorDto | null>(null);
  const [busy, setBusy] = useState(false);
  const seq = useRef(0);

  const load = useCallback(async () => {
    const mine = ++seq.current;
    setBusy(true);
    const result = await api['quality.plan']({ cycleId: ctx.workspace.currentCycleId });
    if (mine !== seq.current) return;
    setBusy(false);
    if (result.ok) {
      setReport(result.value);
      setCheckedAt(new Date());
      setError(null);
    } else setError(result.error);
  }, [api, ctx.workspace.currentCycleId]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className={styles.root}>
      <div className={styles.header}>
        <PageHeading className={styles.headerTitle}>{t('panels.plan.heading')}</PageHeading>
        {checkedAt && (
          <Text size={200} className={styles.checkedAt}>
            {t('panels.plan.checkedAt', { time: hhmm(checkedAt) })}
          </Text>
        )}
        <Button icon={busy ? <Spinner size="tiny" /> : <ArrowClockwiseRegular />} disabled={busy} onClick={() => {
            planChanges.announce();
            void load();
          }}>
          {t('panels.plan.refresh')}
        </Button>
      </div>
      <Text className={styles.intro}>{t('panels.plan.intro')}</Text>
      {error && <ErrorPanel error={error} onRetry={() => void load()} />}
      {!report && !error && <Spinner label={t('panels.plan.loading')} />}
      {report && <ReportView report={report} overview={overview} />}
    </div>
  );
}

function ReportView({ report, overview }: { report: QualityReport; overview: PlanOverview }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();

  const commitments = useMemo(() => new Map(overview.components.flatMap((c) => c.commitments.map((m) => [m.id, m] as const))), [overview]);
  const components = useMemo(() => new Map(overview.components.map((c) => [c.component.code, c.component] as const)), [overview]);
  const componentOf = useCallback((id: string) => commitments.get(id)?.componentCode, [commitments]);

  const groups = useMemo(
    () =>
      groupFindings(
        report.findings,
        overview.components.map((c) => c.component.code),
        overview.components.flatMap((c) => c.commitments.map((m) => m.id)),
        componentOf,
      ),
    [report, overview, componentOf],
  );
  const rows = useMemo(() => flattenGroups(groups), [groups]);
  const countsByComponent = useMemo(() => new Map(groups.map((g) => [g.componentCode, g] as const)), [groups]);

  // Completeness rows in the plan's component order; components the report names but the overview does not, last.
  const completeness = useMemo(() => {
    const order = new Map(overview.components.map((c, i) => [c.component.code, i]));
    return [...report.completeness].sort((a, b) => (order.get(a.componentCode) ?? 999) - (order.get(b.componentCode) ?? 999));
  }, [report, overview]);

  const componentName = (code: string | null) => {
    if (code === null) return t('panels.plan.wholePlan');
    const c = components.get(code);
    return c ? `${c.number}. ${c.title[lang]}` : t('panels.plan.unknownComponent', { code });
  };

  const renderRow = (row: FindingRow) => {
    if (row.kind === 'component') {
      const g = row.group;
      return (
        <h3 className={styles.componentRow}>
          <span>{componentName(g.componentCode)}</span>
          <span className={styles.componentCounts}>
            {t('panels.quality.blocking', { count: g.blocking })} · {t('panels.quality.warnings', { count: g.warnings })}
          </span>
        </h3>
      );
    }
    if (row.kind === 'commitment') {
      if (row.commitmentId === null) {
        return <h4 className={styles.commitmentRow}>{row.componentCode === null ? t('panels.plan.wholePlan') : t('panels.plan.wholeComponent')}</h4>;
      }
      const summary = commitments.get(row.commitmentId);
      const title = summary ? pickText(summary.title, lang) : null;
      const component = summary?.componentCode ?? row.componentCode;
      return (
        <h4 className={styles.commitmentRow}>
          {summary?.planNumber ? `${summary.planNumber} ` : ''}
          {component ? (
            <Link href={routeHref({ view: 'commitment', component, commitment: row.commitmentId })} lang={title?.lang} className={title ? undefined : styles.untitled}>
              {title?.value ?? t('ui.component.untitled')}
            </Link>
          ) : (
            <span className={styles.untitled}>{title?.value ?? t('ui.component.untitled')}</span>
          )}
        </h4>
      );
    }
    const { entry } = row;
    return (
      <div className={styles.findingRow}>
        <FindingItem
          entry={entry}
          renderAction={(f, label) => {
            const route = findingRoute(f, componentOf);
            if (!route) return null;
            const hasField = findingFieldRef(f) !== null;
            return (
              <Link href={routeHref(route)} className={styles.link} aria-label={hasField ? label.accessible : undefined}>
                {hasField ? label.visible : t('panels.quality.openCommitment')}
                <ArrowRightRegular aria-hidden />
              </Link>
            );
          }}
        />
      </div>
    );
  };

  return (
    <>
      <div className={styles.totals} role="status">
        {report.blocking === 0 ? (
          <span className={mergeClasses(styles.total, styles.clear)}>
            <CheckmarkCircleFilled aria-hidden />
            {t('panels.quality.noBlocking')}
          </span>
        ) : (
          <span className={mergeClasses(styles.total, styles.blocking)}>
            <ErrorCircleFilled aria-hidden />
            {t('panels.quality.blocking', { count: report.blocking })}
          </span>
        )}
        {report.warnings > 0 && (
          <span className={mergeClasses(styles.total, styles.warning)}>
            <WarningFilled aria-hidden />
            {t('panels.quality.warnings', { count: report.warnings })}
          </span>
        )}
      </div>

      <h2 className={styles.sectionHeading}>{t('panels.plan.completenessHeading')}</h2>
      <Table aria-label={t('panels.plan.completenessHeading')} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('panels.plan.componentColumn')}</TableHeaderCell>
            <TableHeaderCell className={styles.countCol}>{t('panels.plan.commitmentsColumn')}</TableHeaderCell>
            <TableHeaderCell className={styles.completeCol}>{t('panels.plan.completenessColumn')}</TableHeaderCell>
            <TableHeaderCell className={styles.findingsCol}>{t('panels.plan.findingsColumn')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {completeness.map((c) => {
            const counts = countsByComponent.get(c.componentCode);
            return (
              <TableRow key={c.componentCode} data-component={c.componentCode}>
                <TableCell>
                  {components.has(c.componentCode) ? (
                    <Link href={routeHref({ view: 'component', component: c.componentCode })}>{componentName(c.componentCode)}</Link>
                  ) : (
                    componentName(c.componentCode)
                  )}
                </TableCell>
                <TableCell className={styles.countCol}>{c.commitments}</TableCell>
                <TableCell className={styles.completeCol}>
                  <div className={styles.bars}>
                    {LANGS.map((l: Lang) => {
                      const value = pct(c[l]);
                      return (
                        <div key={l} className={styles.bar}>
                          <span className={styles.barText} aria-hidden>
                            {t('panels.plan.completenessLang', { lang: t(`common.languageShort.${l}`), pct: value })}
                          </span>
                          <ProgressBar
                            value={value / 100}
                            max={1}
                            thickness="large"
                            color={barColor(value)}
                            aria-label={t('panels.plan.completenessLabel', { language: t(`common.language.${l}`), pct: value })}
                            aria-valuetext={`${value}%`}
                          />
                        </div>
                      );
                    })}
                  </div>
                </TableCell>
                <TableCell className={styles.findingsCol}>
                  <span className={styles.cellCounts}>
                    <span>{t('panels.quality.blocking', { count: counts?.blocking ?? 0 })}</span>
                    <span>{t('panels.quality.warnings', { count: counts?.warnings ?? 0 })}</span>
                  </span>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>

      <h2 className={styles.sectionHeading}>{t('panels.plan.findingsHeading')}</h2>
      {rows.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{t('panels.plan.noFindings')}</MessageBarBody>
        </MessageBar>
      ) : rows.length > VIRTUALIZE_OVER ? (
        <VirtualRows rows={rows} render={renderRow} label={t('panels.plan.findingsLabel')} />
      ) : (
        <section className={styles.list} aria-label={t('panels.plan.findingsLabel')}>
          {rows.map((row) => (
            <div key={row.key} data-row={row.kind}>
              {renderRow(row)}
            </div>
          ))}
        </section>
      )}
    </>
  );
}

const ESTIMATES: Record<FindingRow['kind'], number> = { component: 48, commitment: 36, finding: 60 };

/** A long findings list in its own scroll box, only the visible rows in the page. */
function VirtualRows({ rows, render, label }: { rows: FindingRow[]; render: (row: FindingRow) => ReactNode; label: string }) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => ESTIMATES[rows[i]!.kind],
    getItemKey: (i) => rows[i]!.key,
    overscan: 12,
  });
  return (
    <section className={mergeClasses(styles.list, styles.scroller)} aria-label={label} ref={scroller} tabIndex={0} data-virtual="true">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <div
              key={item.key}
              data-index={item.index}
              data-row={row.kind}
              ref={virtualizer.measureElement}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
            >
              {render(row)}
            </div>
          );
        })}
      </div>
    </section>
  );
}
