// The POC's consolidated plan: how each institution stands (last bundle
// received, its sequence, whether its key is verified, what the quality
// checks find), then the four components with every institution's
// commitments in plan order, each with the POC's review controls. The POC
// never edits an LFP's text here: it numbers, accepts or returns, and
// comments; "Export feedback" carries that back.
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
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
import { ArrowClockwiseRegular, ArrowDownloadRegular, ErrorCircleFilled, WarningFilled } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput, PlanOverview } from '../../../shared/api/contract';
import type { AppErrorDto } from '../../../shared/api/errors';
import type { Consolidation as ConsolidationData } from '../../../shared/model/bundle';
import { ErrorPanel } from '../components/ErrorPanel';
import { PageHeading, Section } from '../components/Page';
import { VisuallyHidden } from '../components/VisuallyHidden';
import { useLanguage } from '../hooks/useLanguage';
import { downloadStaged } from '../lib/staged-files';
import { formatDateTime } from '../lib/format';
import { onExitFlush } from '../services/autosave/exit-flush';
import { useServices } from '../services/services';
import type { ShellContext } from '../services/shell-context';
import { groupByComponent } from './plan-order';
import { ReviewSaver } from './review-saver';
import { invalidateReviewData } from './review-store';
import { ReviewCard } from './ReviewCard';
import { SignerStatusTag } from './StatusTags';
import { useSyncTexts } from './texts';

type Exported = MethodOutput<'bundle.exportStaged'>;
type InstitutionStatus = ConsolidationData['institutions'][number];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  headerTitle: { flexGrow: 1 },
  intro: { color: tokens.colorNeutralForeground2, maxWidth: '80ch', margin: 0 },
  h2: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  leads: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
  tableBox: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1, overflowX: 'auto' },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyle: 'none' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
  findings: { display: 'flex', flexDirection: 'column', gap: '2px', fontSize: tokens.fontSizeBase200 },
  finding: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, whiteSpace: 'nowrap' },
  blocking: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  none: { color: tokens.colorNeutralForeground3 },
  numCol: { width: '7rem' },
  actionCol: { width: '12rem' },
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, display: 'block' },
});

export function Consolidation({ overview, ctx }: { overview: PlanOverview; ctx: ShellContext }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const { api, planChanges } = useServices();
  const texts = useSyncTexts();
  const styles = useStyles();
  const [data, setData] = useState<ConsolidationData | null>(null);
  const [error, setError] = useState<AppErrorDto | null>(null);
  const [loading, setLoading] = useState(false);
  const [exporting, setExporting] = useState<string | null>(null);
  const [exported, setExported] = useState<{ to: string | null; value: Exported } | null>(null);
  const [exportError, setExportError] = useState<AppErrorDto | null>(null);

  const saver = useMemo(
    () =>
      new ReviewSaver((commitmentId, patch) =>
        api['review.set']({
          commitmentId,
          ...(patch.planNumber !== undefined ? { planNumber: patch.planNumber } : {}),
          ...(patch.decision !== undefined ? { decision: patch.decision } : {}),
          ...(patch.comment !== undefined ? { comment: patch.comment } : {}),
        }),
      ),
    [api],
  );
  // Leaving the page sends what is still waiting; the editor's header then shows the new review.
  useEffect(
    () => () => {
      void saver.flush().then(invalidateReviewData);
    },
    [saver],
  );
  // Closing the window (or the tab) sends it too.
  useEffect(() => onExitFlush(() => saver.flush()), [saver]);

  const load = useCallback(async () => {
    setLoading(true);
    await saver.flush();
    const r = await api['consolidation.overview']({ cycleId: overview.cycle.id });
    setLoading(false);
    if (r.ok) {
      setData(r.value);
      setError(null);
    } else setError(r.error);
  }, [api, overview.cycle.id, saver]);

  useEffect(() => {
    void load();
  }, [load]);

  const exportFeedback = async (to: string | null) => {
    setExporting(to ?? '*');
    setExportError(null);
    setExported(null);
    await saver.flush();
    const r = await api['bundle.exportStaged'](to ? { to } : {});
    const fetched = r.ok ? await downloadStaged(api, r.value.stagedId, r.value.fileName) : r;
    setExporting(null);
    if (!r.ok) return setExportError(r.error);
    if (!fetched.ok) return setExportError(fetched.error);
    setExported({ to, value: r.value });
  };

  const name = (code: string) => {
    const i = ctx.institutions.get(code);
    return i ? i.name[lang] : code;
  };

  const groups = useMemo(
    () => (data ? groupByComponent(data.commitments, overview.components.map((c) => c.component)) : []),
    [data, overview.components],
  );
  const leadsOf = (code: string) => overview.components.find((c) => c.component.code === code)?.leads ?? [];

  let body;
  if (error && !data) body = <ErrorPanel error={error} onRetry={() => void load()} />;
  else if (!data) body = <Spinner label={t('sync.common.loading')} />;
  else
    body = (
      <>
        <Section id="institutions-heading" heading={t('sync.consolidation.institutionsHeading')} className={styles.section} headingClassName={styles.h2}>
          {data.institutions.length === 0 ? (
            <Text className={styles.muted}>{t('sync.consolidation.noInstitutions')}</Text>
          ) : (
            <div className={styles.tableBox}>
              <Table aria-label={t('sync.consolidation.institutionsHeading')} data-testid="institution-status" size="small">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t('sync.common.institution')}</TableHeaderCell>
                    <TableHeaderCell>{t('sync.consolidation.lastBundle')}</TableHeaderCell>
                    <TableHeaderCell>{t('sync.consolidation.signer')}</TableHeaderCell>
                    <TableHeaderCell className={styles.numCol}>{t('sync.consolidation.commitments')}</TableHeaderCell>
                    <TableHeaderCell>{t('sync.consolidation.findings')}</TableHeaderCell>
                    <TableHeaderCell className={styles.actionCol}>
                      <VisuallyHidden>{t('sync.common.actions')}</VisuallyHidden>
                    </TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.institutions.map((s) => (
                    <InstitutionRow
                      key={s.institution}
                      status={s}
                      name={name(s.institution)}
                      exporting={exporting}
                      onExport={() => void exportFeedback(s.institution)}
                    />
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
        </Section>
        {groups.map((g) => {
          const code = g.component?.code ?? 'other';
          const leads = g.component ? leadsOf(g.component.code) : [];
          return (
            <Section
              key={code}
              id={`cons-${code}`}
              heading={g.component ? t('sync.consolidation.componentHeading', { number: g.component.number, title: g.component.title[lang] }) : t('sync.consolidation.otherComponent')}
              className={styles.section}
              headingClassName={styles.h2}
              data-component={code}
            >
              {leads.length > 0 && <p className={styles.leads}>{t('ui.shell.leads', { list: leads.map((l) => l.acronym[lang]).join(', ') })}</p>}
              {g.items.length === 0 ? (
                <Text className={styles.muted}>{t('sync.consolidation.noCommitments')}</Text>
              ) : (
                <ul className={styles.list}>
                  {g.items.map((item) => (
                    <li key={`${item.id}:${item.rev}`}>
                      <ReviewCard item={item} saver={saver} ctx={ctx} />
                    </li>
                  ))}
                </ul>
              )}
            </Section>
          );
        })}
      </>
    );

  return (
    <div className={styles.root}>
      <div className={styles.header}>
        <PageHeading className={styles.headerTitle}>{t('sync.consolidation.title')}</PageHeading>
        <Button icon={loading ? <Spinner size="tiny" /> : <ArrowClockwiseRegular />} disabled={loading} onClick={() => {
            // Also the navigation's counts: another window or the CLI may have imported meanwhile.
            planChanges.announce();
            void load();
          }}>
          {t('sync.common.refresh')}
        </Button>
        <Button
          appearance="primary"
          icon={exporting === '*' ? <Spinner size="tiny" /> : <ArrowDownloadRegular />}
          disabled={exporting !== null}
          onClick={() => void exportFeedback(null)}
        >
          {t('sync.consolidation.exportAll')}
        </Button>
      </div>
      <p className={styles.intro}>{t('sync.consolidation.intro', { cycle: overview.cycle.id })}</p>
      {error && data && (
        <MessageBar intent="error">
          <MessageBarBody>{texts.error(error)}</MessageBarBody>
        </MessageBar>
      )}
      {exportError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{texts.error(exportError)}</MessageBarBody>
        </MessageBar>
      )}
      {exported && (
        <MessageBar intent="success" layout="multiline" role="status" data-testid="feedback-exported">
          <MessageBarBody>
            <MessageBarTitle>
              {exported.to ? t('sync.consolidation.exportedOne', { institution: name(exported.to), seq: exported.value.summary.seq }) : t('sync.consolidation.exportedAll', { seq: exported.value.summary.seq })}
            </MessageBarTitle>
            {t('sync.consolidation.exportedFile', { file: exported.value.fileName, size: exported.value.summary.size })}
          </MessageBarBody>
        </MessageBar>
      )}
      {body}
    </div>
  );
}

function InstitutionRow({ status: s, name, exporting, onExport }: { status: InstitutionStatus; name: string; exporting: string | null; onExport(): void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <TableRow data-institution={s.institution}>
      <TableCell>
        {name} <span className={styles.muted}>({s.institution})</span>
      </TableCell>
      <TableCell>
        {s.lastSeq === null ? (
          <span className={styles.muted}>{t('sync.consolidation.noBundle')}</span>
        ) : (
          <>
            {t('sync.common.seqValue', { seq: s.lastSeq })}
            {s.lastReceivedAt && <span className={styles.small}>{t('sync.consolidation.receivedAt', { at: formatDateTime(s.lastReceivedAt) })}</span>}
          </>
        )}
      </TableCell>
      <TableCell>
        {s.signer ? (
          <>
            <SignerStatusTag status={s.signer.status} small />
            <span className={styles.small}>{t('sync.consolidation.keyIdShort', { keyId: s.signer.keyId })}</span>
          </>
        ) : (
          <span className={styles.muted}>{t('sync.consolidation.noKey')}</span>
        )}
      </TableCell>
      <TableCell className={styles.numCol}>{s.commitments}</TableCell>
      <TableCell>
        <span className={styles.findings}>
          {s.blocking === 0 && s.warnings === 0 ? (
            <span className={styles.none}>{t('sync.consolidation.noFindings')}</span>
          ) : (
            <>
              {s.blocking > 0 && (
                <span className={mergeClasses(styles.finding, styles.blocking)}>
                  <ErrorCircleFilled aria-hidden />
                  {t('sync.consolidation.blocking', { count: s.blocking })}
                </span>
              )}
              {s.warnings > 0 && (
                <span className={mergeClasses(styles.finding, styles.warning)}>
                  <WarningFilled aria-hidden />
                  {t('sync.consolidation.warnings', { count: s.warnings })}
                </span>
              )}
            </>
          )}
        </span>
      </TableCell>
      <TableCell className={styles.actionCol}>
        <Button
          size="small"
          icon={exporting === s.institution ? <Spinner size="tiny" /> : <ArrowDownloadRegular />}
          disabled={exporting !== null}
          aria-label={t('sync.consolidation.exportOneNamed', { institution: name })}
          onClick={onExport}
        >
          {t('sync.consolidation.exportOne')}
        </Button>
      </TableCell>
    </TableRow>
  );
}
