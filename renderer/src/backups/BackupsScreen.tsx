// "Backups": the database's backups (daily, weekly, manual) with their date,
// kind and size, "Back up now", and restoring one after a confirmation that
// says what is replaced and that the current database is set aside, not
// deleted. The window reloads after a restore: every screen reads the
// restored database from the start.
import { Button, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowCounterclockwiseRegular, SaveArrowRightRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../shared/api/contract';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Loaded, PageHeader, Section } from '../components/Page';
import { useLoad } from '../hooks/useLoad';
import { describeError } from '../lib/describe-error';
import { formatDateTime } from '../lib/format';
import { useServices } from '../services/services';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  bar: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  tableBox: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1 },
  mono: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  num: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  dateCol: { width: '11rem' },
  kindCol: { width: '7rem' },
  sizeCol: { width: '7rem' },
  actionCol: { width: '9rem' },
});

type Notice = { intent: 'success' | 'error'; text: string } | null;

export function BackupsScreen() {
  const { t } = useTranslation();
  const { api, saves } = useServices();
  const styles = useStyles();
  const [list, reload] = useLoad(() => api['backup.list']({}), []);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [toRestore, setToRestore] = useState<BackupEntry | null>(null);
  const dir = list.state === 'ready' ? list.value.dir : '…';

  const backUpNow = async () => {
    setBusy(true);
    setNotice(null);
    // What is being typed is saved first, so the copy holds it.
    await saves.flushAll();
    const r = await api['backup.create']({});
    setBusy(false);
    setNotice(r.ok ? { intent: 'success', text: t('backups.made', { file: r.value.file, size: r.value.size }) } : { intent: 'error', text: describeError(t, r.error) });
    reload();
  };

  const restore = async (entry: BackupEntry) => {
    setBusy(true);
    await saves.flushAll();
    const r = await api['backup.restore']({ file: entry.file });
    setBusy(false);
    setToRestore(null);
    if (!r.ok) {
      setNotice({ intent: 'error', text: describeError(t, r.error) });
      return;
    }
    setNotice({ intent: 'success', text: t('backups.restored', r.value) });
    window.location.reload();
  };

  return (
    <div className={styles.root}>
      <PageHeader title={t('backups.title')} intro={t('backups.intro', { dir })} />
      <div className={styles.bar}>
        <Button appearance="primary" icon={<SaveArrowRightRegular />} disabled={busy} onClick={() => void backUpNow()} data-testid="back-up-now">
          {t('backups.backUpNow')}
        </Button>
      </div>
      {notice && (
        <MessageBar intent={notice.intent} role={notice.intent === 'error' ? 'alert' : 'status'} data-testid="backup-notice">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      <Section id="backups-list-heading" heading={t('backups.listHeading')} headingClassName={styles.h2}>
        <Loaded state={list} label={t('backups.loading')} onRetry={reload}>
          {(value) =>
            value.backups.length === 0 ? (
              <p>{t('backups.none')}</p>
            ) : (
              <div className={styles.tableBox}>
                <Table aria-labelledby="backups-list-heading" data-testid="backups-table">
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell className={styles.dateCol}>{t('backups.columns.date')}</TableHeaderCell>
                      <TableHeaderCell className={styles.kindCol}>{t('backups.columns.kind')}</TableHeaderCell>
                      <TableHeaderCell className={styles.sizeCol}>{t('backups.columns.size')}</TableHeaderCell>
                      <TableHeaderCell>{t('backups.columns.file')}</TableHeaderCell>
                      <TableHeaderCell className={styles.actionCol}>{t('backups.columns.action')}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {value.backups.map((b) => (
                      <TableRow key={b.file} data-testid="backup-row">
                        <TableCell className={styles.num}>{formatDateTime(b.createdAt)}</TableCell>
                        <TableCell>{t(`backups.kind.${b.kind}`)}</TableCell>
                        <TableCell className={styles.num}>{t('backups.sizeValue', { size: b.size })}</TableCell>
                        <TableCell className={styles.mono}>{b.file}</TableCell>
                        <TableCell>
                          <Button
                            icon={<ArrowCounterclockwiseRegular />}
                            disabled={busy}
                            aria-label={t('backups.restoreLabel', { date: formatDateTime(b.createdAt) })}
                            onClick={() => setToRestore(b)}
                          >
                            {t('backups.restore')}
                          </Button>
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            )
          }
        </Loaded>
      </Section>
      <ConfirmDialog
        open={toRestore !== null}
        title={t('backups.restoreTitle')}
        confirmLabel={t('backups.restoreConfirm')}
        busy={busy}
        onConfirm={() => toRestore && void restore(toRestore)}
        onCancel={() => setToRestore(null)}
      >
        <p>{t('backups.restoreBody', { date: formatDateTime(toRestore?.createdAt), file: toRestore?.file ?? '' })}</p>
        <p>{t('backups.restoreBodyKept')}</p>
      </ConfirmDialog>
    </div>
  );
}
