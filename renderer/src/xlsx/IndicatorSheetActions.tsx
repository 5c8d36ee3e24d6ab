// Ready-made buttons for a commitment's indicators: export them as an Annex
// IX sheet, and (for whoever may edit) import them from one. The editor may
// place these, or open IndicatorSheetDialog and call exportIndicatorSheet
// from its own buttons.
import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowUploadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../services/notices';
import { useServices } from '../services/services';
import { exportIndicatorSheet } from './export';
import { IndicatorSheetDialog } from './IndicatorSheetDialog';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface IndicatorSheetActionsProps {
  commitmentId: string;
  /** False for a read-only commitment: export only. */
  canImport: boolean;
  onImported(count: number): void;
}

export function IndicatorSheetActions({ commitmentId, canImport, onImported }: IndicatorSheetActionsProps) {
  const { t } = useTranslation();
  const { api } = useServices();
  const notify = useNotify();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [exporting, setExporting] = useState(false);
  // Closing hands the focus back to the Import button (the dialog does, components/Dialog), whatever
  // the dialog's last step removed from under it (the file input, the Import button).

  const doExport = async () => {
    setExporting(true);
    const r = await exportIndicatorSheet(api, commitmentId);
    setExporting(false);
    if (!r.ok) notify(r.error);
  };

  return (
    <span className={styles.root}>
      {canImport && (
        <Button icon={<ArrowUploadRegular />} onClick={() => setOpen(true)}>
          {t('panels.xlsx.importButton')}
        </Button>
      )}
      <Button icon={exporting ? <Spinner size="tiny" /> : <ArrowDownloadRegular />} disabled={exporting} onClick={() => void doExport()}>
        {exporting ? t('panels.xlsx.exporting') : t('panels.xlsx.exportButton')}
      </Button>
      {canImport && <IndicatorSheetDialog commitmentId={commitmentId} open={open} onClose={() => setOpen(false)} onImported={onImported} />}
    </span>
  );
}
