// The open pre-consultation or consultation report: the events it draws on
// (checkboxes), the template's eight sections as bilingual text saved field
// by field through the shared record session (nothing typed is lost, Ctrl+Z
// / Ctrl+Y), and beside participation, responses and impact what the
// records say (report.assemble), read-only. "Fill from records" writes those
// texts into the three sections (asking first when any of them holds text,
// which it replaces); "Submit" is refused while a comment of its
// events is undecided, and the refusal lists each one with a link to it.
// A submitted report, or another institution's, is read-only.
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowUndoRegular, DeleteRegular, DocumentArrowRightRegular, SparkleRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorDto } from '../../../shared/api/errors';
import { GENERATED_SECTIONS, REPORT_SECTIONS } from '../../../shared/cocreation/report';
import { formatDate } from '../../../shared/format/dates';
import type { ConsultationReport } from '../../../shared/model/cocreation';
import { AttachmentsSection } from '../attachments/AttachmentsSection';
import { FeedbackPanel } from '../feedback/FeedbackPanel';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorPanel } from '../components/ErrorPanel';
import { SaveState } from '../components/SaveState';
import { FieldProvider } from '../editor/context';
import { CheckboxesField, TextField } from '../editor/fields';
import { RecordSession } from '../editor/record-session';
import { useDeleteRecord, useRecordSession, useStandaloneRecord } from '../editor/standalone-record';
import { useLanguage } from '../hooks/useLanguage';
import { useLoad } from '../hooks/useLoad';
import { describeError } from '../lib/describe-error';
import { useNotify } from '../services/notices';
import { useServices } from '../services/services';
import { eventTitle } from './labels';
import { ImpactList, ParticipationTable, ResponseTable, UndecidedList, type UndecidedLink } from './ReportAssembled';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // The text and, beside it where there is room, what the records say. Each
  // column is wide enough for the Albanian and English boxes side by side
  // with the editor's spacing between them; at 1366×768 what the records say
  // goes below the text.
  pair: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 560px), 1fr))', columnGap: tokens.spacingHorizontalXXL, rowGap: tokens.spacingVerticalM, alignItems: 'start' },
  assembled: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  sectionHeading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  subHeading: { margin: 0, fontSize: tokens.fontSizeBase300 },
});

export interface ReportFormProps {
  id: string;
  componentTitle: ReadonlyMap<string, string>;
  canEdit: (owner: string) => boolean;
  focus?: string;
  onChanged(): void;
  onDeleted(id: string): void;
}

export function ReportForm(props: ReportFormProps) {
  const { api } = useServices();
  const [state, reload] = useRecordSession(props.id, () => api['report.get']({ id: props.id }), (saves, report) => new RecordSession<ConsultationReport>(saves, report));
  if (state.state === 'loading') return <Spinner size="small" />;
  if (state.state === 'failed') return <ErrorPanel error={state.error} onRetry={reload} />;
  return <LoadedReport session={state.value} {...props} />;
}

/** The comments a refusal names (issues at events.<eventId>.comments.<commentId>, their text as the message). */
function refusedComments(error: AppErrorDto): UndecidedLink[] {
  return (error.details?.issues ?? []).flatMap((i) => {
    const m = /^events\.([^.]+)\.comments\.([^.]+)$/.exec(i.path);
    return m ? [{ eventId: m[1]!, commentId: m[2]!, label: i.message }] : [];
  });
}

function LoadedReport({ session, componentTitle, canEdit, focus, onChanged, onDeleted }: ReportFormProps & { session: RecordSession<ConsultationReport> }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const { api, saves } = useServices();
  const notify = useNotify();
  const owner = canEdit(session.getSnapshot().shown.owner);
  const draftEditable = useCallback((o: string) => canEdit(o) && session.getSnapshot().shown.status === 'draft', [canEdit, session]);
  const { record: report, env, status, rootRef } = useStandaloneRecord(session, draftEditable, focus);
  const { deleting, ask, cancel, remove } = useDeleteRecord(report.id, () => api['report.delete']({ id: report.id }), onDeleted);
  const [assembly, reassemble] = useLoad(() => api['report.assemble']({ id: report.id }), [report.id], { keep: true });
  const [events] = useLoad(() => api['event.list']({ filter: { cycleId: report.cycleId, componentCode: report.componentCode } }), [report.cycleId, report.componentCode]);
  const [busy, setBusy] = useState<'fill' | 'status' | null>(null);
  // The sections "Fill from records" would replace, while it asks first.
  const [replacing, setReplacing] = useState<string[] | null>(null);
  const [refusal, setRefusal] = useState<{ message: string; comments: UndecidedLink[] } | null>(null);

  // The chosen events change what the records say: assemble again once they are saved.
  useEffect(() => saves.onSaved((id, fields) => id === report.id && fields.includes('events') && reassemble()), [saves, report.id, reassemble]);

  const f = { recordType: 'consultation-report' as const, recordId: report.id };
  const title = `${t(`reports.kind.${report.kind}`)} — ${componentTitle.get(report.componentCode) ?? report.componentCode}`;
  const eventOptions =
    events.state === 'ready'
      ? events.value.events.map((e) => ({ value: e.id, label: t('reports.events.choose', { title: eventTitle(e, lang) || t('consultation.list.untitled'), date: e.date ? formatDate(e.date) : t('consultation.list.undated') }) }))
      : [];

  /** What the three generated sections hold now (as shown, typed text included): their names, when any. */
  const filledSections = () => {
    const shown = session.getSnapshot().shown;
    return GENERATED_SECTIONS.filter((s) => shown[s].sq.trim() !== '' || shown[s].en.trim() !== '').map((s) => t(`reports.section.${s}`));
  };

  const askFill = () => {
    const held = filledSections();
    if (held.length > 0) setReplacing(held);
    else void fill();
  };

  const fill = async () => {
    setReplacing(null);
    setBusy('fill');
    await saves.flushAll();
    const r = await api['report.fill']({ id: report.id });
    setBusy(null);
    if (!r.ok) return notify(r.error);
    session.replaceRecord({ participation: r.value.participation, responses: r.value.responses, impact: r.value.impact, rev: r.value.rev, updatedAt: r.value.updatedAt });
  };

  const setStatus = async (next: 'draft' | 'submitted') => {
    setBusy('status');
    // What was typed a moment ago reaches the report before it is submitted.
    await saves.flushAll();
    const r = await api['report.setStatus']({ id: report.id, status: next });
    setBusy(null);
    if (!r.ok) {
      if (r.error.code === 'report-undecided-comments') {
        setRefusal({ message: describeError(t, { code: r.error.code, details: { params: r.error.details?.params } }), comments: refusedComments(r.error) });
        reassemble();
        return;
      }
      return notify(r.error);
    }
    setRefusal(null);
    session.replaceRecord({ status: r.value.status, rev: r.value.rev, updatedAt: r.value.updatedAt });
    onChanged();
  };

  const assembled = (render: (a: Extract<typeof assembly, { state: 'ready' }>['value']['assembly']) => React.ReactNode) =>
    assembly.state === 'ready' ? render(assembly.value.assembly) : assembly.state === 'failed' ? <ErrorPanel error={assembly.error} onRetry={reassemble} /> : <Spinner size="tiny" />;

  return (
    <FieldProvider value={env}>
      <div ref={rootRef} className={styles.root} data-testid="report-form">
        <div className={styles.head}>
          <h2 className={styles.heading} lang={lang}>
            {title}
          </h2>
          <span data-testid="report-status">{t(`reports.status.${report.status}`)}</span>
          <SaveState status={status} />
        </div>
        {!owner && (
          <MessageBar intent="info">
            <MessageBarBody>{t('reports.readOnly', { owner: report.owner })}</MessageBarBody>
          </MessageBar>
        )}
        {owner && report.status !== 'draft' && (
          <MessageBar intent="info">
            <MessageBarBody>{t('reports.submittedNote')}</MessageBarBody>
          </MessageBar>
        )}
        {owner && (
          <div className={styles.actions}>
            {report.status === 'draft' && (
              <>
                <Tooltip content={t('reports.actions.fillHint')} relationship="description">
                  <Button icon={<SparkleRegular />} disabled={busy !== null} onClick={askFill}>
                    {t('reports.actions.fill')}
                  </Button>
                </Tooltip>
                <Button appearance="primary" icon={<DocumentArrowRightRegular />} disabled={busy !== null} onClick={() => void setStatus('submitted')} data-testid="report-submit">
                  {t('reports.actions.submit')}
                </Button>
                <Button icon={<DeleteRegular />} disabled={busy !== null} onClick={ask}>
                  {t('reports.actions.delete')}
                </Button>
              </>
            )}
            {report.status === 'submitted' && (
              <Button icon={<ArrowUndoRegular />} disabled={busy !== null} onClick={() => void setStatus('draft')}>
                {t('reports.actions.backToDraft')}
              </Button>
            )}
          </div>
        )}
        {refusal && report.status === 'draft' && (
          <MessageBar intent="error" layout="multiline" data-testid="report-refusal">
            <MessageBarBody>
              <MessageBarTitle>{t('reports.undecided.refused')}</MessageBarTitle>
              {refusal.message}
              <UndecidedList comments={refusal.comments} />
            </MessageBarBody>
          </MessageBar>
        )}

        <CheckboxesField {...f} field="events" label={t('reports.events.heading')} hint={eventOptions.length === 0 ? t('reports.events.none') : t('reports.events.hint')} options={eventOptions} />

        {REPORT_SECTIONS.map((section) => {
          const text = <TextField key={section} {...f} field={section} label={t(`reports.section.${section}`)} multiline rows={4} />;
          if (section !== 'participation' && section !== 'responses' && section !== 'impact') return text;
          const headingId = `${report.id}-${section}-assembled`;
          return (
            <div key={section} className={styles.pair}>
              {text}
              <section className={styles.assembled} aria-labelledby={headingId} data-testid={`assembled-${section}`}>
                <h3 id={headingId} className={styles.subHeading}>
                  {t(`reports.${section}.heading`)}
                </h3>
                {assembled((a) =>
                  section === 'participation' ? <ParticipationTable assembly={a} /> : section === 'responses' ? <ResponseTable assembly={a} /> : <ImpactList assembly={a} />,
                )}
              </section>
            </div>
          );
        })}

        <section className={styles.assembled} aria-labelledby={`${report.id}-undecided`} data-testid="assembled-undecided">
          <h3 id={`${report.id}-undecided`} className={styles.subHeading}>
            {t('reports.undecided.heading')}
          </h3>
          {assembled((a) => <UndecidedList comments={a.undecided.map((c) => ({ eventId: c.eventId, commentId: c.id, label: c.text[lang].trim() || c.text[lang === 'sq' ? 'en' : 'sq'].trim() || c.organisation }))} />)}
        </section>

        <FeedbackPanel target={{ type: 'consultation-report', id: report.id }} level={3} />

        <AttachmentsSection level={3} headingClassName={styles.sectionHeading} ownerType="consultation-report" ownerId={report.id} readOnly={!owner} />
      </div>
      <ConfirmDialog open={deleting !== null} title={t('reports.remove.title')} confirmLabel={t('reports.actions.delete')} busy={deleting === 'busy'} onConfirm={() => void remove()} onCancel={cancel}>
        {t('reports.remove.body', { title })}
      </ConfirmDialog>
      <ConfirmDialog open={replacing !== null} title={t('reports.replace.title')} confirmLabel={t('reports.replace.confirm')} busy={busy === 'fill'} onConfirm={() => void fill()} onCancel={() => setReplacing(null)}>
        {t('reports.replace.body', { sections: (replacing ?? []).join(', ') })}
      </ConfirmDialog>
    </FieldProvider>
  );
}
