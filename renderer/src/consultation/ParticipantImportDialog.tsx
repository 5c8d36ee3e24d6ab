// Participants from an attendance list: rows pasted from Excel (tab-
// separated) or an .xlsx/.csv file. The list is checked first and every row
// reported; nothing is saved while a row has a problem. The file rules
// (types, size) are the idea import's.
import { Button, Checkbox, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_UPLOAD_BYTES, type ParticipantPreview, type ParticipantSource } from '../../../shared/api/contract';
import { Dialog } from '../components/Dialog';
import { describeError } from '../lib/describe-error';
import { readFileAsBase64 } from '../lib/files';
import { useServices } from '../services/services';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(900px, calc(100vw - 48px))', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxHeight: 'calc(100vh - 220px)', overflowY: 'auto' },
  report: { overflowX: 'auto' },
});

export function ParticipantImportDialog({ eventId, mode, onClose, onImported }: { eventId: string; mode: 'paste' | 'file'; onClose(): void; onImported(): void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { api } = useServices();
  const [text, setText] = useState('');
  const [source, setSource] = useState<ParticipantSource | null>(null);
  const [preview, setPreview] = useState<ParticipantPreview | null>(null);
  const [replace, setReplace] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const check = async (s: ParticipantSource) => {
    setBusy(true);
    const r = await api['event.participantsPreview']({ source: s });
    setBusy(false);
    if (!r.ok) return setError(describeError(t, r.error));
    setError(null);
    setSource(s);
    setPreview(r.value);
  };
  const choose = async (f: File | undefined) => {
    if (!f) return;
    if (!/\.(xlsx|csv)$/i.test(f.name)) return setError(t('ideas.import.badType', { name: f.name }));
    if (f.size > MAX_UPLOAD_BYTES) return setError(t('ideas.import.tooLarge', { size: f.size, max: MAX_UPLOAD_BYTES }));
    await check({ file: { name: f.name, dataBase64: await readFileAsBase64(f) } });
  };
  const run = async () => {
    if (!source) return;
    setBusy(true);
    const r = await api['event.importParticipants']({ id: eventId, source, replace });
    setBusy(false);
    if (!r.ok) return setError(describeError(t, r.error));
    onImported();
    onClose();
  };
  const issueText = (code: string) => t(`consultation.import.issue.${code}`, { defaultValue: t('consultation.import.issue.other') });

  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t(mode === 'paste' ? 'consultation.import.pasteTitle' : 'consultation.import.fileTitle')}</DialogTitle>
          <DialogContent className={styles.content}>
            {mode === 'paste' ? (
              <Field label={t('consultation.import.pasteLabel')} hint={t('consultation.import.pasteHint')}>
                <Textarea value={text} rows={6} onChange={(_, d) => (setText(d.value), setPreview(null))} data-testid="participant-paste" />
              </Field>
            ) : (
              <Field label={t('consultation.import.file')} hint={t('consultation.import.pasteHint')}>
                <input type="file" accept=".xlsx,.csv" onChange={(e) => void choose(e.target.files?.[0])} />
              </Field>
            )}
            {error && (
              <MessageBar intent="error">
                <MessageBarBody>{error}</MessageBarBody>
              </MessageBar>
            )}
            {preview && (
              <>
                <p aria-live="polite" data-testid="participant-report">
                  {preview.rows.length === 0 ? t('consultation.import.empty') : t('consultation.import.report', { valid: preview.valid, invalid: preview.invalid })}
                  {preview.invalid > 0 && ` ${t('consultation.import.badRows')}`}
                </p>
                <div className={styles.report}>
                  <Table size="small" aria-label={t('consultation.import.report', { valid: preview.valid, invalid: preview.invalid })}>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell>{t('consultation.import.row')}</TableHeaderCell>
                        <TableHeaderCell>{t('consultation.participants.name')}</TableHeaderCell>
                        <TableHeaderCell>{t('consultation.import.status')}</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {preview.rows.map((r) => (
                        <TableRow key={r.row}>
                          <TableCell>{r.row}</TableCell>
                          <TableCell>{r.name}</TableCell>
                          <TableCell>{r.ok ? t('consultation.import.ok') : r.issues.map((i) => issueText(i.code)).join(' ')}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </div>
                <Checkbox label={t('consultation.import.replace')} checked={replace} onChange={(_, d) => setReplace(d.checked === true)} />
              </>
            )}
          </DialogContent>
          <DialogActions>
            {mode === 'paste' && (
              <Button disabled={busy || text.trim() === ''} onClick={() => void check({ text })}>
                {t('consultation.import.check')}
              </Button>
            )}
            <Button appearance="primary" disabled={busy || !preview || preview.invalid > 0 || preview.valid === 0} onClick={() => void run()}>
              {t('consultation.import.add')}
            </Button>
            <Button onClick={onClose}>{t('consultation.import.cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
