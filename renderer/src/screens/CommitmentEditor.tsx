// The commitment editor: bilingual fields side by side, saved as they are
// typed. A record owned by another institution opens read-only (the service
// would refuse the edit anyway; this says so before anyone types).
import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular, DeleteRegular, LockClosedRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorDto } from '../../../shared/api/errors';
import type { Commitment } from '../../../shared/model/plan';
import { LANGS, type Lang } from '../../../shared/model/primitives';
import { useServices } from '../app/services';
import { fieldKey, type BilingualKey } from '../autosave/save-queue';
import { BilingualField, useBilingualGridStyles } from '../components/BilingualField';
import { ErrorPanel } from '../components/ErrorPanel';
import { SaveState } from '../components/SaveState';
import { StatusBadge } from '../components/StatusBadge';
import { useAutosave } from '../hooks/useAutosave';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { useLanguage } from '../hooks/useLanguage';
import { describeError, validationText } from '../lib/describe-error';
import { routeHref } from '../lib/route';
import { useSharedStyles } from '../lib/styles';
import { pickText } from '../lib/text';
import type { ComponentEntry, ShellContext } from './Shell';

/** The fields this issue edits, in form order. */
const FIELDS = [
  { key: 'title', multiline: false },
  { key: 'shortTitle', multiline: false },
  { key: 'briefDescription', multiline: true },
] as const satisfies readonly { key: BilingualKey; multiline: boolean }[];

type FieldKey = (typeof FIELDS)[number]['key'];
type Values = Record<FieldKey, { sq: string; en: string }>;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  back: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, alignSelf: 'flex-start' },
  header: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalL },
  title: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  untitled: { fontStyle: 'italic', color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexShrink: 0, paddingTop: tokens.spacingVerticalXS },
  meta: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2 },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL} ${tokens.spacingVerticalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  columnHead: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  langCode: {
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground3,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    padding: '0 4px',
  },
});

export interface CommitmentEditorProps {
  id: string;
  entry: ComponentEntry;
  ctx: ShellContext;
  /** A commitment just created: put the cursor in its Albanian title. */
  focusTitle: boolean;
  onDelete: (id: string, title: string) => void;
}

export function CommitmentEditor({ id, entry, ctx, focusTitle, onDelete }: CommitmentEditorProps) {
  const { t } = useTranslation();
  const { api, saves } = useServices();
  const { edit } = useAutosave(id);
  const [commitment, setCommitment] = useState<Commitment | null>(null);
  const [loadError, setLoadError] = useState<AppErrorDto | null>(null);
  const [values, setValues] = useState<Values | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setLoadError(null);
    void api['commitment.get']({ id }).then((result) => {
      if (!live) return;
      if (!result.ok) {
        setLoadError(result.error);
        return;
      }
      const c = result.value;
      // Edits typed a moment ago may still be on their way: show them, not the stored text.
      const withPending = (key: FieldKey) => {
        const out = { ...c[key] };
        for (const l of LANGS) out[l] = saves.pendingValue(id, key, l) ?? out[l];
        return out;
      };
      setCommitment(c);
      setValues({ title: withPending('title'), shortTitle: withPending('shortTitle'), briefDescription: withPending('briefDescription') });
    });
    return () => {
      live = false;
    };
  }, [api, saves, id, attempt]);

  const onChange = useCallback(
    (key: FieldKey, l: Lang, value: string) => {
      setValues((v) => (v ? { ...v, [key]: { ...v[key], [l]: value } } : v));
      edit(key, l, value);
    },
    [edit],
  );

  if (loadError) return <ErrorPanel error={loadError} onRetry={() => setAttempt((n) => n + 1)} />;
  if (!commitment || !values) return <Spinner label={t('ui.editor.loading')} />;

  return (
    <EditorForm
      commitment={commitment}
      values={values}
      entry={entry}
      ctx={ctx}
      focusTitle={focusTitle}
      onChange={onChange}
      onDelete={onDelete}
    />
  );
}

interface EditorFormProps {
  commitment: Commitment;
  values: Values;
  entry: ComponentEntry;
  ctx: ShellContext;
  focusTitle: boolean;
  onChange: (key: FieldKey, lang: Lang, value: string) => void;
  onDelete: (id: string, title: string) => void;
}

function EditorForm({ commitment, values, entry, ctx, focusTitle, onChange, onDelete }: EditorFormProps) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const shared = useSharedStyles();
  const grid = useBilingualGridStyles();
  const { status, retry } = useAutosave(commitment.id);
  const editable = ctx.canEdit(commitment.owner);
  const heading = useFocusOnMount<HTMLHeadingElement>(!focusTitle);
  const titleInput = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusTitle && editable) titleInput.current?.focus();
  }, [focusTitle, editable]);

  const title = pickText(values.title, lang);
  const shownTitle = title?.value ?? t('ui.component.untitled');
  const owner = ctx.institutions.get(commitment.owner);
  const ownerName = owner ? `${owner.name[lang]} (${owner.acronym[lang]})` : commitment.owner;

  const errorsFor = (key: FieldKey): Partial<Record<Lang, string>> => {
    const out: Partial<Record<Lang, string>> = {};
    for (const l of LANGS) {
      const code = status.fieldErrors[fieldKey(key, l)];
      if (code) out[l] = validationText(t, code);
    }
    return out;
  };

  return (
    <div className={styles.root}>
      <Link href={routeHref({ view: 'component', component: entry.component.code })} className={styles.back}>
        <ArrowLeftRegular aria-hidden />
        {t('ui.editor.back', { number: entry.component.number })}
      </Link>
      <div className={styles.header}>
        <h1 ref={heading} tabIndex={-1} className={mergeClasses(shared.pageHeading, styles.title, !title && styles.untitled)} lang={title?.lang}>
          {shownTitle}
        </h1>
        <div className={styles.actions}>
          {editable && <SaveState status={status} />}
          {editable && (
            <Button appearance="secondary" icon={<DeleteRegular />} onClick={() => onDelete(commitment.id, shownTitle)}>
              {t('ui.editor.delete')}
            </Button>
          )}
        </div>
      </div>
      <div className={styles.meta}>
        <StatusBadge status={commitment.status} />
        <Text size={200}>{t('ui.editor.owner', { owner: ownerName })}</Text>
      </div>

      {!editable && (
        <MessageBar intent="info" icon={<LockClosedRegular />}>
          <MessageBarBody>
            <MessageBarTitle>{t('ui.editor.readOnlyTitle')}</MessageBarTitle>
            {t('ui.editor.readOnlyOwner', { owner: ownerName })}
          </MessageBarBody>
        </MessageBar>
      )}
      {status.error && (
        <MessageBar intent="error">
          <MessageBarBody>{describeError(t, status.error)}</MessageBarBody>
          {status.retriable && (
            <MessageBarActions>
              <Button onClick={retry}>{t('ui.save.retry')}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}

      <section className={styles.form} aria-label={t('ui.editor.formLabel')}>
        <div className={grid.grid} aria-hidden>
          {LANGS.map((l) => (
            <div key={l} className={styles.columnHead}>
              {t(l === 'sq' ? 'ui.editor.columnSq' : 'ui.editor.columnEn')}
              <span className={styles.langCode}>{t(`common.languageShort.${l}`)}</span>
            </div>
          ))}
        </div>
        {FIELDS.map(({ key, multiline }) => (
          <BilingualField
            key={key}
            label={t(`model.commitment.${key}`)}
            value={values[key]}
            multiline={multiline}
            errors={errorsFor(key)}
            onChange={editable ? (l, v) => onChange(key, l, v) : undefined}
            firstInputRef={key === 'title' ? titleInput : undefined}
          />
        ))}
      </section>
    </div>
  );
}
