// The open idea: every field of the register in the editor's own inputs
// (bilingual texts side by side, dates as dd.mm.yyyy, choices), saved field
// by field through the same editing layer as a commitment (idea-session.ts),
// with undo and redo. An idea of another institution (at the POC, after an
// import) is shown read-only. Merge and delete are the form's actions.
import { Button, Field, Input, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular, MergeRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IDEA_CHANNELS, ORG_TYPES, type Idea } from '../../../shared/model/cocreation';
import type { ReferenceData } from '../../../shared/model/reference';
import { AttachmentsSection } from '../attachments/AttachmentsSection';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorPanel } from '../components/ErrorPanel';
import { FieldProvider } from '../editor/context';
import { RecordFormHead } from '../editor/RecordFormHead';
import { useDeleteRecord, useRecordSession, useStandaloneRecord } from '../editor/standalone-record';
import { CheckboxesField, ChoiceField, DateField, FlagField, LineField, TextField } from '../editor/fields';
import { useLanguage } from '../hooks/useLanguage';
import { useServices } from '../services/services';
import { IdeaSession } from './idea-session';
import { ideaTitle } from './labels';
import { MergeDialog } from './MergeDialog';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', gap: tokens.spacingHorizontalM, alignItems: 'start' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, border: 'none' },
  sectionHeading: { margin: 0, fontSize: tokens.fontSizeBase400 },
});

export interface IdeaFormProps {
  id: string;
  reference: ReferenceData;
  /** The other ideas of the register, for the merge dialog. */
  ideas: readonly Idea[];
  canEdit: (owner: string) => boolean;
  focus?: string;
  onChanged(): void;
  onDeleted(id: string): void;
}

export function IdeaForm(props: IdeaFormProps) {
  const { api } = useServices();
  const [state, reload] = useRecordSession(props.id, () => api['idea.get']({ id: props.id }), (saves, idea) => new IdeaSession(saves, idea));
  if (state.state === 'loading') return <Spinner size="small" />;
  if (state.state === 'failed') return <ErrorPanel error={state.error} onRetry={reload} />;
  return <LoadedIdea key={props.id} session={state.value} {...props} />;
}

function LoadedIdea({ session, reference, ideas, canEdit, focus, onChanged, onDeleted }: IdeaFormProps & { session: IdeaSession }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const { api } = useServices();
  const { record: idea, editable, env, status, rootRef } = useStandaloneRecord(session, canEdit, focus);
  const [merging, setMerging] = useState(false);
  const { deleting, ask, cancel, remove } = useDeleteRecord(idea.id, () => api['idea.delete']({ id: idea.id }), onDeleted);

  const f = { recordType: 'idea' as const, recordId: idea.id };
  const channels = IDEA_CHANNELS.map((k) => ({ value: k, label: t(`ideas.channel.${k}`) }));
  const orgTypes = ORG_TYPES.map((k) => ({ value: k, label: t(`ideas.orgType.${k}`) }));
  const ogpValues = reference.terms.filter((x) => x.kind === 'ogp-value').map((x) => ({ value: x.code, label: x.label[lang] }));
  const institutions = reference.institutions.map((i) => ({ value: i.code, label: `${i.acronym[lang]} — ${i.name[lang]}` }));
  const joined = idea.mergedIntoId ? ideas.find((i) => i.id === idea.mergedIntoId) : undefined;
  const title = ideaTitle(idea, lang) || t('ideas.table.untitled');

  return (
    <FieldProvider value={env}>
      <div ref={rootRef} className={styles.root} data-testid="idea-form">
        <RecordFormHead recordId={idea.id} title={title} lang={lang} status={status} readOnly={editable ? undefined : t('ideas.table.readOnly', { owner: idea.owner })} />
        {idea.mergedIntoId && (
          <MessageBar intent="info">
            <MessageBarBody>{t('ideas.table.mergedInto', { title: joined ? ideaTitle(joined, lang) || t('ideas.table.untitled') : idea.mergedIntoId })}</MessageBarBody>
          </MessageBar>
        )}
        {editable && (
          <div className={styles.actions}>
            <Button icon={<MergeRegular />} onClick={() => setMerging(true)} disabled={idea.mergedIntoId !== null}>
              {t('ideas.actions.merge')}
            </Button>
            <Button icon={<DeleteRegular />} onClick={ask}>
              {t('ideas.actions.delete')}
            </Button>
          </div>
        )}
        <div className={styles.grid}>
          <DateField {...f} field="receivedAt" label={t('ideas.field.receivedAt')} />
          <ChoiceField {...f} field="channel" label={t('ideas.field.channel')} options={channels} />
          <Field label={t('ideas.field.status')}>
            <Input readOnly appearance="filled-darker" value={t(`ideas.status.${idea.status}`)} />
          </Field>
        </div>
        <section className={styles.section} aria-labelledby={`${idea.id}-submitter`}>
          <h3 id={`${idea.id}-submitter`} className={styles.sectionHeading}>
            {t('ideas.form.submitterHeading')}
          </h3>
          <div className={styles.grid}>
            <LineField {...f} field="submitter.name" label={t('ideas.field.submitter.name')} autoComplete="off" />
            <LineField {...f} field="submitter.organisation" label={t('ideas.field.submitter.organisation')} autoComplete="off" />
            <ChoiceField {...f} field="submitter.orgType" label={t('ideas.field.submitter.orgType')} options={orgTypes} noneLabel={t('ideas.form.noOrgType')} />
          </div>
          <FlagField {...f} field="consentToPublish" label={t('ideas.field.consentToPublish')} hint={t('ideas.form.consentHint')} />
        </section>
        <section className={styles.section} aria-labelledby={`${idea.id}-content`}>
          <h3 id={`${idea.id}-content`} className={styles.sectionHeading}>
            {t('ideas.form.contentHeading')}
          </h3>
          <TextField {...f} field="title" label={t('ideas.field.title')} />
          <TextField {...f} field="problem" label={t('ideas.field.problem')} multiline rows={3} />
          <TextField {...f} field="proposedSolution" label={t('ideas.field.proposedSolution')} multiline rows={3} />
          <TextField {...f} field="expectedResult" label={t('ideas.field.expectedResult')} multiline rows={2} />
          <CheckboxesField {...f} field="ogpValues" label={t('ideas.field.ogpValues')} options={ogpValues} />
          <ChoiceField {...f} field="suggestedLead" label={t('ideas.field.suggestedLead')} options={institutions} noneLabel={t('ideas.form.noLead')} />
        </section>
        <Text size={200}>{t('ideas.field.componentCode')}: {idea.componentCode}</Text>
        <AttachmentsSection level={3} headingClassName={styles.sectionHeading} ownerType="idea" ownerId={idea.id} readOnly={!editable} />
      </div>
      {merging && (
        <MergeDialog
          idea={idea}
          candidates={ideas.filter((i) => i.id !== idea.id && i.componentCode === idea.componentCode && i.owner === idea.owner && i.mergedIntoId === null)}
          onClose={() => setMerging(false)}
          onMerged={(merged) => {
            session.replaceRecord(merged);
            setMerging(false);
            onChanged();
          }}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('ideas.remove.title')}
        confirmLabel={t('ideas.actions.delete')}
        busy={deleting === 'busy'}
        onConfirm={() => void remove()}
        onCancel={cancel}
      >
        {t('ideas.remove.body', { title })}
      </ConfirmDialog>
    </FieldProvider>
  );
}
