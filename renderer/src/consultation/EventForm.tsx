// The open consultation event: its fields in the editor's own inputs, saved
// field by field through the shared record session (no value typed is lost,
// Ctrl+Z / Ctrl+Y undo and redo), the virtual-meeting checklist for a virtual
// meeting, the participants and the comments received there. Another
// institution's event (at the POC) is shown read-only.
import { Button, Field, Spinner, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_MODES, EVENT_TYPES, type ConsultationEvent, VIRTUAL_CHECKLIST_ITEMS } from '../../../shared/model/cocreation';
import type { ReferenceData } from '../../../shared/model/reference';
import { AttachmentsSection } from '../attachments/AttachmentsSection';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorPanel } from '../components/ErrorPanel';
import { FieldProvider } from '../editor/context';
import { RecordFormHead } from '../editor/RecordFormHead';
import { useDeleteRecord, useRecordSession, useStandaloneRecord } from '../editor/standalone-record';
import { ChoiceField, DateField, FlagField, TextField } from '../editor/fields';
import { RecordSession } from '../editor/record-session';
import { useLanguage } from '../hooks/useLanguage';
import { useServices } from '../services/services';
import { EventComments } from './EventComments';
import { eventTitle } from './labels';
import { ParticipantsTable } from './ParticipantsTable';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))', gap: tokens.spacingHorizontalM, alignItems: 'start' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, border: 'none' },
  sectionHeading: { margin: 0, fontSize: tokens.fontSizeBase400 },
});

export interface EventFormProps {
  id: string;
  reference: ReferenceData;
  canEdit: (owner: string) => boolean;
  focus?: string;
  onChanged(): void;
  onDeleted(id: string): void;
}

export function EventForm(props: EventFormProps) {
  const { api } = useServices();
  const [state, reload] = useRecordSession(props.id, () => api['event.get']({ id: props.id }), (saves, event) => new RecordSession<ConsultationEvent>(saves, event));
  if (state.state === 'loading') return <Spinner size="small" />;
  if (state.state === 'failed') return <ErrorPanel error={state.error} onRetry={reload} />;
  return <LoadedEvent session={state.value} {...props} />;
}

function LoadedEvent({ session, reference, canEdit, focus, onChanged, onDeleted }: EventFormProps & { session: RecordSession<ConsultationEvent> }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const { api, saves } = useServices();
  const { record: event, editable, env, status, rootRef } = useStandaloneRecord(session, canEdit, focus);
  const { deleting, ask, cancel, remove } = useDeleteRecord(event.id, () => api['event.delete']({ id: event.id }), onDeleted);

  // The list beside the form shows titles, dates and types: it follows what is saved here.
  useEffect(() => saves.onSaved((id, fields) => id === event.id && fields.some((f) => ['title', 'date', 'type'].includes(f)) && onChanged()), [saves, event.id, onChanged]);

  const f = { recordType: 'consultation-event' as const, recordId: event.id };
  const types = EVENT_TYPES.map((k) => ({ value: k, label: t(`consultation.type.${k}`) }));
  const modes = EVENT_MODES.map((k) => ({ value: k, label: t(`consultation.mode.${k}`) }));
  const institutions = reference.institutions.map((i) => ({ value: i.code, label: `${i.acronym[lang]} — ${i.name[lang]}` }));
  const title = eventTitle(event, lang) || t('consultation.list.untitled');

  return (
    <FieldProvider value={env}>
      <div ref={rootRef} className={styles.root} data-testid="event-form">
        <RecordFormHead recordId={event.id} title={title} lang={lang} status={status} readOnly={editable ? undefined : t('consultation.readOnly', { owner: event.owner })}>
          {editable && (
            <Button icon={<DeleteRegular />} onClick={ask}>
              {t('consultation.actions.deleteEvent')}
            </Button>
          )}
        </RecordFormHead>
        <div className={styles.grid}>
          <ChoiceField {...f} field="type" label={t('consultation.field.type')} options={types} />
          <ChoiceField {...f} field="mode" label={t('consultation.field.mode')} options={modes} />
          <DateField {...f} field="noticeDate" label={t('consultation.field.noticeDate')} />
          <DateField {...f} field="date" label={t('consultation.field.date')} />
          <ChoiceField {...f} field="organizer" label={t('consultation.field.organizer')} options={institutions} noneLabel="—" />
        </div>
        <TextField {...f} field="title" label={t('consultation.field.title')} />
        <TextField {...f} field="agenda" label={t('consultation.field.agenda')} multiline rows={3} />
        <InvitedOrganisations event={event} editable={editable} onSaved={(list) => session.replaceRecord({ invitedOrganisations: list })} />
        {event.type === 'virtual-meeting' && (
          <section className={styles.section} aria-labelledby={`${event.id}-checklist`} data-testid="virtual-checklist">
            <h3 id={`${event.id}-checklist`} className={styles.sectionHeading}>
              {t('consultation.checklist.heading')}
            </h3>
            <Text size={200}>{t('consultation.checklist.intro')}</Text>
            {VIRTUAL_CHECKLIST_ITEMS.map((k) => (
              <FlagField key={k} {...f} field={`checklist.${k}`} label={t(`consultation.checklist.${k}`)} />
            ))}
          </section>
        )}
        <ParticipantsTable event={event} editable={editable} onSaved={(participants) => session.replaceRecord({ participants })} />
        <TextField {...f} field="minutes" label={t('consultation.field.minutes')} multiline rows={3} />
        <TextField {...f} field="conclusions" label={t('consultation.field.conclusions')} multiline rows={3} />
        <EventComments event={event} editable={editable} />
        <AttachmentsSection level={3} headingClassName={styles.sectionHeading} ownerType="consultation-event" ownerId={event.id} readOnly={!editable} />
      </div>
      <ConfirmDialog
        open={deleting !== null}
        title={t('consultation.remove.eventTitle')}
        confirmLabel={t('consultation.actions.deleteEvent')}
        busy={deleting === 'busy'}
        onConfirm={() => void remove()}
        onCancel={cancel}
      >
        {t('consultation.remove.eventBody', { title })}
      </ConfirmDialog>
    </FieldProvider>
  );
}

/** One organisation per line; the list is saved whole when the box is left, and what was typed stays in the box if it is refused. */
function InvitedOrganisations({ event, editable, onSaved }: { event: ConsultationEvent; editable: boolean; onSaved(list: string[]): void }) {
  const { t } = useTranslation();
  const { api } = useServices();
  const [text, setText] = useState(event.invitedOrganisations.join('\n'));
  const [error, setError] = useState<string | undefined>();
  const save = async () => {
    const list = text.split('\n').map((s) => s.trim()).filter((s) => s !== '');
    if (list.join('\n') === event.invitedOrganisations.join('\n')) return;
    const r = await api['event.update']({ id: event.id, changes: { invitedOrganisations: list } });
    if (!r.ok) return setError(t(`errors.${r.error.code}`));
    setError(undefined);
    onSaved(list);
  };
  return (
    <Field label={t('consultation.field.invitedOrganisations')} hint={t('consultation.field.invitedHint')} validationState={error ? 'error' : 'none'} validationMessage={error}>
      <Textarea value={text} readOnly={!editable} rows={3} onChange={(_, d) => setText(d.value)} onBlur={() => void save()} resize="vertical" />
    </Field>
  );
}
