// The open calendar item: its fields in the editor's own inputs, saved field
// by field through the shared editing layer (calendar-session.ts: nothing
// typed is lost, a due date before the start is said at the date box and
// kept there until it fits or is given up; Ctrl+Z / Ctrl+Y). Another
// institution's item is shown read-only (the service refuses its edit too).
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular, DismissRegular } from '@fluentui/react-icons';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ok } from '../../../shared/api/result';
import { isCalendarItemLate } from '../../../shared/cocreation/calendar';
import { CALENDAR_PHASE_CODES } from '../../../shared/cocreation/calendar-phases';
import { formatDate } from '../../../shared/format/dates';
import { CALENDAR_STATUSES } from '../../../shared/model/cocreation';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorPanel } from '../components/ErrorPanel';
import { FieldProvider } from '../editor/context';
import { RecordFormHead } from '../editor/RecordFormHead';
import { ChoiceField, DateField, LineField, TextField } from '../editor/fields';
import { useDeleteRecord, useRecordSession, useStandaloneRecord } from '../editor/standalone-record';
import { useLanguage } from '../hooks/useLanguage';
import { useServices } from '../services/services';
import { CalendarSession, calendarRecord } from './calendar-session';
import { itemTitle } from './labels';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(170px, 1fr))', gap: tokens.spacingHorizontalM, alignItems: 'start' },
});

export interface CalendarItemFormProps {
  id: string;
  canEdit: (owner: string) => boolean;
  /** The day "late" is judged on (YYYY-MM-DD). */
  today: string;
  focus?: string;
  onChanged(): void;
  onDeleted(id: string): void;
  onClose(): void;
}

export function CalendarItemForm(props: CalendarItemFormProps) {
  const { api } = useServices();
  const get = async () => {
    const r = await api['calendar.get']({ id: props.id });
    return r.ok ? ok(calendarRecord(r.value)) : r;
  };
  const [state, reload] = useRecordSession(props.id, get, (saves, item) => new CalendarSession(saves, item));
  if (state.state === 'loading') return <Spinner size="small" />;
  if (state.state === 'failed') return <ErrorPanel error={state.error} onRetry={reload} />;
  return <LoadedItem session={state.value} {...props} />;
}

function LoadedItem({ session, canEdit, today, focus, onChanged, onDeleted, onClose }: CalendarItemFormProps & { session: CalendarSession }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const { api, saves } = useServices();
  const { record: item, editable, env, status, rootRef } = useStandaloneRecord(session, canEdit, focus);
  const { deleting, ask, cancel, remove } = useDeleteRecord(item.id, () => api['calendar.delete']({ id: item.id }), onDeleted);

  // The timeline and the table beside the form show what is saved here.
  useEffect(() => saves.onSaved((id) => id === item.id && onChanged()), [saves, item.id, onChanged]);

  const f = { recordType: 'calendar-item' as const, recordId: item.id };
  const phases = CALENDAR_PHASE_CODES.map((c) => ({ value: c, label: t(`calendar.phase.${c}`) }));
  const statuses = CALENDAR_STATUSES.map((s) => ({ value: s, label: t(`calendar.status.${s}`) }));
  const title = itemTitle(t, item, lang);
  // Said on what is saved: a due date still refused in its box does not make the item late.
  const late = isCalendarItemLate(session.getSnapshot().accepted, today);
  const otherPhase = item.phaseText[lang].trim() || item.phaseText.sq.trim() || t('calendar.phase.other');

  return (
    <FieldProvider value={env}>
      <div ref={rootRef} className={styles.root} data-testid="calendar-form">
        <RecordFormHead recordId={item.id} title={title} lang={lang} status={status} readOnly={editable ? undefined : t('calendar.readOnly', { owner: item.owner })}>
          {editable && (
            <Button icon={<DeleteRegular />} onClick={ask}>
              {t('calendar.actions.delete')}
            </Button>
          )}
          <Button icon={<DismissRegular />} onClick={onClose}>
            {t('calendar.actions.close')}
          </Button>
        </RecordFormHead>
        {late && (
          <MessageBar intent="warning" data-testid="calendar-form-late">
            <MessageBarBody>
              <strong>{t('calendar.status.late')}.</strong> {t('calendar.lateHint', { due: formatDate(session.getSnapshot().accepted.due) })}
            </MessageBarBody>
          </MessageBar>
        )}
        <TextField {...f} field="title" label={t('calendar.field.title')} />
        <div className={styles.grid}>
          <ChoiceField {...f} field="phase" label={t('calendar.field.phase')} options={phases} noneLabel={item.phase === null ? otherPhase : undefined} />
          <LineField {...f} field="responsible" label={t('calendar.field.responsible')} hint={t('calendar.responsibleHint')} />
          <DateField {...f} field="start" label={t('calendar.field.start')} />
          <DateField {...f} field="due" label={t('calendar.field.due')} />
          <ChoiceField {...f} field="status" label={t('calendar.field.status')} options={statuses} />
        </div>
        <TextField {...f} field="notes" label={t('calendar.field.notes')} multiline rows={3} />
      </div>
      <ConfirmDialog
        open={deleting !== null}
        title={t('calendar.remove.title')}
        confirmLabel={t('calendar.actions.delete')}
        busy={deleting === 'busy'}
        onConfirm={() => void remove()}
        onCancel={cancel}
      >
        {t('calendar.remove.body', { title })}
      </ConfirmDialog>
    </FieldProvider>
  );
}
