// An event's participants as an editable table: name, organisation, sector,
// gender and consent to be named. The list is saved whole as a row is left
// or a choice made; a list refused by the service stays on screen with the
// message, so nothing typed is lost. Rows come also from a pasted Excel
// range or an .xlsx/.csv attendance list (ParticipantImportDialog).
import { Button, Checkbox, Input, MessageBar, MessageBarBody, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, ArrowUploadRegular, ClipboardPasteRegular, DeleteRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GENDERS, type ConsultationEvent, type Participant } from '../../../shared/model/cocreation';
import { describeError } from '../lib/describe-error';
import { useServices } from '../services/services';
import { genderCounts } from './labels';
import { ParticipantImportDialog } from './ParticipantImportDialog';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  wrap: { overflowX: 'auto', maxHeight: '360px', overflowY: 'auto' },
  cell: { minWidth: '110px' },
  input: { width: '100%', minWidth: 0 },
});

const blank = (): Participant => ({ name: '', organisation: '', sector: '', gender: 'undisclosed', consent: false });

export function ParticipantsTable({ event, editable, onSaved }: { event: ConsultationEvent; editable: boolean; onSaved(p: Participant[]): void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { api } = useServices();
  const [rows, setRows] = useState<Participant[]>(event.participants);
  const [error, setError] = useState<string | null>(null);
  const [importing, setImporting] = useState<'paste' | 'file' | null>(null);
  const saved = useRef(JSON.stringify(event.participants));
  const counts = genderCounts(rows);

  const save = async (next: Participant[]) => {
    const json = JSON.stringify(next);
    if (json === saved.current) return;
    const r = await api['event.setParticipants']({ id: event.id, participants: next });
    if (!r.ok) return setError(describeError(t, r.error));
    saved.current = json;
    setError(null);
    onSaved(next);
  };
  const edit = (i: number, change: Partial<Participant>, now = false) => {
    const next = rows.map((p, j) => (j === i ? { ...p, ...change } : p));
    setRows(next);
    if (now) void save(next);
  };

  return (
    <section className={styles.section} aria-labelledby={`${event.id}-participants`} data-testid="participants">
      <h3 id={`${event.id}-participants`} className={styles.heading}>
        {t('consultation.participants.heading')}
      </h3>
      <Text size={200} aria-live="polite" data-testid="participant-summary">
        {t('consultation.participants.summary', counts)}
      </Text>
      <Text size={200}>{t('consultation.participants.consentNote')}</Text>
      {editable && (
        <div className={styles.actions}>
          <Button icon={<AddRegular />} onClick={() => setRows((r) => [...r, blank()])}>
            {t('consultation.actions.addParticipant')}
          </Button>
          <Button icon={<ClipboardPasteRegular />} onClick={() => setImporting('paste')}>
            {t('consultation.actions.pasteParticipants')}
          </Button>
          <Button icon={<ArrowUploadRegular />} onClick={() => setImporting('file')}>
            {t('consultation.actions.importParticipants')}
          </Button>
        </div>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {rows.length === 0 ? (
        <Text size={200}>{t('consultation.participants.none')}</Text>
      ) : (
        <div className={styles.wrap}>
          <Table size="small" aria-label={t('consultation.participants.heading')} data-testid="participant-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('consultation.participants.name')}</TableHeaderCell>
                <TableHeaderCell>{t('consultation.participants.organisation')}</TableHeaderCell>
                <TableHeaderCell>{t('consultation.participants.sector')}</TableHeaderCell>
                <TableHeaderCell>{t('consultation.participants.gender')}</TableHeaderCell>
                <TableHeaderCell>{t('consultation.participants.consent')}</TableHeaderCell>
                {editable && <TableHeaderCell aria-label={t('ui.component.actionsColumn')} />}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((p, i) => {
                const n = i + 1;
                const text = (key: 'name' | 'organisation' | 'sector') => (
                  <TableCell className={styles.cell}>
                    {editable ? (
                      <Input className={styles.input} aria-label={t(`consultation.participants.${key}For`, { n })} value={p[key]} onChange={(_, d) => edit(i, { [key]: d.value })} onBlur={() => void save(rows)} />
                    ) : (
                      p[key]
                    )}
                  </TableCell>
                );
                return (
                  <TableRow key={i}>
                    {text('name')}
                    {text('organisation')}
                    {text('sector')}
                    <TableCell className={styles.cell}>
                      {editable ? (
                        <Select aria-label={t('consultation.participants.genderFor', { n })} value={p.gender} onChange={(_, d) => edit(i, { gender: d.value as Participant['gender'] }, true)}>
                          {GENDERS.map((g) => (
                            <option key={g} value={g}>
                              {t(`consultation.gender.${g}`)}
                            </option>
                          ))}
                        </Select>
                      ) : (
                        t(`consultation.gender.${p.gender}`)
                      )}
                    </TableCell>
                    <TableCell>
                      <Checkbox aria-label={t('consultation.participants.consentFor', { n })} checked={p.consent} disabled={!editable} onChange={(_, d) => edit(i, { consent: d.checked === true }, true)} />
                    </TableCell>
                    {editable && (
                      <TableCell>
                        <Button
                          appearance="subtle"
                          icon={<DeleteRegular />}
                          aria-label={t('consultation.participants.remove', { name: p.name || n })}
                          onClick={() => {
                            const next = rows.filter((_, j) => j !== i);
                            setRows(next);
                            void save(next);
                          }}
                        />
                      </TableCell>
                    )}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
      {importing && (
        <ParticipantImportDialog
          eventId={event.id}
          mode={importing}
          onClose={() => setImporting(null)}
          onImported={async () => {
            const r = await api['event.get']({ id: event.id });
            if (r.ok) {
              setRows(r.value.participants);
              saved.current = JSON.stringify(r.value.participants);
              onSaved(r.value.participants);
            }
          }}
        />
      )}
    </section>
  );
}
