// An LFP's "Bundles" page: export the signed submission for the POC (one
// click; the file downloads under the name the service gives it; blocking
// quality findings are listed first, and the person chooses), import the
// POC's feedback bundle, and see when feedback last came.
import { Button, Link, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowRightRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput, PlanOverview } from '../../../shared/api/contract';
import type { AppErrorDto } from '../../../shared/api/errors';
import { PageHeader, Section } from '../components/Page';
import type { Finding } from '../../../shared/quality/types';
import { useLanguage } from '../hooks/useLanguage';
import { downloadStaged } from '../lib/staged-files';
import { formatDateTime } from '../lib/format';
import { routeHref, type StagedBundle } from '../lib/route';
import { cardStyle } from '../lib/styles';
import { useServices } from '../services/services';
import type { ShellContext } from '../services/shell-context';
import { ExportCheck } from './ExportCheck';
import { ImportFlow, countsText } from './ImportFlow';
import { invalidateReviewData } from './review-store';
import { useSyncTexts } from './texts';

type Exported = MethodOutput<'bundle.exportStaged'>;
type LogEntry = MethodOutput<'bundle.log'>['entries'][number];
type Feedback = MethodOutput<'feedback.get'>;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  card: cardStyle('roomy'),
  h2: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground2 },
  link: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

export function Bundles({ overview, ctx, onApplied, staged }: { overview: PlanOverview; ctx: ShellContext; onApplied(): void; staged?: StagedBundle }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const { api } = useServices();
  const texts = useSyncTexts();
  const styles = useStyles();
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<Exported | null>(null);
  const [exportError, setExportError] = useState<AppErrorDto | null>(null);
  const [lastExport, setLastExport] = useState<LogEntry | null | undefined>(undefined);
  const [feedback, setFeedback] = useState<Feedback | null | undefined>(undefined);
  const [blocking, setBlocking] = useState<readonly Finding[]>([]);

  const own = ctx.workspace.institution.code;
  const ownCommitments = overview.components.reduce((n, c) => n + c.commitments.filter((x) => x.owner === own).length, 0);

  const loadStatus = useCallback(async () => {
    const [log, fb] = await Promise.all([api['bundle.log']({ limit: 200 }), api['feedback.get']({})]);
    if (log.ok) {
      const exports = log.value.entries.filter((e) => e.direction === 'export' && e.result === 'exported');
      setLastExport(exports.reduce<LogEntry | null>((a, b) => (a === null || b.at > a.at ? b : a), null));
    } else setLastExport(null);
    setFeedback(fb.ok ? fb.value : null);
  }, [api]);

  useEffect(() => {
    void loadStatus();
  }, [loadStatus]);

  const doExport = async () => {
    setExporting(true);
    setExportError(null);
    const r = await api['bundle.exportStaged']({});
    const fetched = r.ok ? await downloadStaged(api, r.value.stagedId, r.value.fileName) : r;
    setExporting(false);
    setBlocking([]);
    if (!r.ok) return setExportError(r.error);
    if (!fetched.ok) return setExportError(fetched.error);
    setExported(r.value);
    void loadStatus();
  };

  // Blocking findings are shown before anything is signed; a check that cannot run does not stop the export.
  const requestExport = async () => {
    setExporting(true);
    setExportError(null);
    const q = await api['quality.plan']({ cycleId: overview.cycle.id });
    const found = q.ok ? q.value.findings.filter((f) => f.severity === 'blocking') : [];
    if (found.length === 0) return doExport();
    setExporting(false);
    setBlocking(found);
  };

  const titleOf = (id: string) => {
    for (const c of overview.components) for (const x of c.commitments) if (x.id === id) return x.title;
    return null;
  };

  return (
    <div className={styles.root}>
      <PageHeader title={t('sync.lfp.title')} intro={t('sync.lfp.intro')} />

      <Section id="export-heading" heading={t('sync.lfp.exportHeading')} className={styles.card} headingClassName={styles.h2}>
        <Text>
          {t('sync.lfp.exportExplain', {
            institution: ctx.workspace.institution.name[lang],
            count: ownCommitments,
            cycle: overview.cycle.id,
          })}
        </Text>
        <div className={styles.row}>
          <Button appearance="primary" icon={exporting ? <Spinner size="tiny" /> : <ArrowDownloadRegular />} disabled={exporting} onClick={() => void requestExport()}>
            {exporting ? t('sync.lfp.exporting') : t('sync.lfp.export')}
          </Button>
          {lastExport !== undefined && (
            <Text className={styles.muted} data-testid="last-export">
              {lastExport
                ? t('sync.lfp.lastExport', { seq: lastExport.seq ?? '—', at: formatDateTime(lastExport.at) })
                : t('sync.lfp.neverExported')}
            </Text>
          )}
        </div>
        {exportError && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{texts.error(exportError)}</MessageBarBody>
          </MessageBar>
        )}
        {exported && (
          <MessageBar intent="success" layout="multiline" role="status" data-testid="export-result" data-seq={exported.summary.seq}>
            <MessageBarBody>
              <MessageBarTitle>{t('sync.lfp.exportedTitle', { seq: exported.summary.seq })}</MessageBarTitle>
              {t('sync.lfp.exportedBody', {
                file: exported.fileName,
                size: exported.summary.size,
                counts: countsText(t, exported.summary.counts),
              })}
            </MessageBarBody>
          </MessageBar>
        )}
      </Section>

      <ExportCheck findings={blocking} titleOf={titleOf} busy={exporting} onConfirm={() => void doExport()} onCancel={() => setBlocking([])} />

      <Section id="feedback-import-heading" heading={t('sync.lfp.importHeading')} className={styles.card} headingClassName={styles.h2}>
        <Text>{t('sync.lfp.importExplain')}</Text>
        {feedback !== undefined && (
          <Text className={styles.muted} data-testid="feedback-status">
            {feedback?.receivedAt
              ? t('sync.lfp.feedbackReceived', { at: formatDateTime(feedback.receivedAt), seq: feedback.pocSeq ?? '—', count: feedback.reviews.length })
              : t('sync.lfp.noFeedback')}{' '}
            {feedback?.receivedAt && (
              <Link href={routeHref({ view: 'feedback' })} className={styles.link}>
                {t('sync.lfp.openFeedback')}
                <ArrowRightRegular aria-hidden />
              </Link>
            )}
          </Text>
        )}
        <ImportFlow
          key={staged?.id ?? 'choose'}
          initial={staged}
          ctx={ctx}
          expect="feedback"
          level={3}
          titleOf={titleOf}
          onApplied={() => {
            invalidateReviewData();
            void loadStatus();
            onApplied();
          }}
          afterApplied={
            <Link href={routeHref({ view: 'feedback' })} className={styles.link}>
              {t('sync.lfp.openFeedback')}
              <ArrowRightRegular aria-hidden />
            </Link>
          }
        />
      </Section>
    </div>
  );
}
