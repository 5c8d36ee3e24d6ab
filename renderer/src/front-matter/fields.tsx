// The inputs of the front-matter screen, each bound to one field of the
// session: its value, the message filed at it by the save queue, and its
// change handler. Bilingual texts use the editor's BilingualField; messages
// are the editor's (fieldErrorText), so a refusal reads the same everywhere.
import { Field, Input, makeStyles } from '@fluentui/react-components';
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, parseDate, unfinishedDate } from '../../../shared/format/dates';
import type { Lang } from '../../../shared/model/primitives';
import { BilingualField } from '../components/BilingualField';
import { fieldErrorText } from '../editor/fields';
import { textLimit } from '../editor/validate';
import { NOT_A_DATE } from '../editor/values';
import { fieldDomId } from '../lib/field-key';
import { errorKey } from '../lib/field-paths';
import { useServices } from '../services/services';
import type { FrontMatterSession } from './session';

const useStyles = makeStyles({ control: { width: '100%', minWidth: 0 } });

/** The code of the message filed at a field of the front matter, if any. */
export function useFieldCode(session: FrontMatterSession, field: string, lang: Lang | null = null): string | undefined {
  const { saves } = useServices();
  const key = errorKey(field, lang);
  return useSyncExternalStore(saves.subscribe, () => saves.getStatus(session.id).fieldErrors[key]);
}

/** The session's value at a field; re-renders when it changes. */
export function useValue<T>(session: FrontMatterSession, field: string): T {
  return useSyncExternalStore(session.subscribe, () => session.value(field) as T);
}

function useMessage(session: FrontMatterSession, field: string, lang: Lang | null, value: unknown): string | undefined {
  const { t, i18n } = useTranslation();
  const code = useFieldCode(session, field, lang);
  const limit = code === 'too-long' ? textLimit(session.ref(field, lang), value) : undefined;
  return fieldErrorText(t, code, limit && { ...limit, lang: i18n.language === 'en' ? 'en' : 'sq' });
}

/** A bilingual text of the front matter, Albanian left and English right. */
export function FrontText({ session, field, label, hint, rows }: { session: FrontMatterSession; field: string; label: string; hint?: string; rows?: number }) {
  const value = useValue<{ sq: string; en: string }>(session, field);
  const errSq = useMessage(session, field, 'sq', value.sq);
  const errEn = useMessage(session, field, 'en', value.en);
  const onChange = useCallback((lang: Lang, v: string) => session.edit(field, lang, v), [session, field]);
  const ids = useMemo(() => ({ sq: fieldDomId(session.ref(field, 'sq')), en: fieldDomId(session.ref(field, 'en')) }), [session, field]);
  const errors = useMemo(() => ({ sq: errSq, en: errEn }), [errSq, errEn]);
  return (
    <BilingualField
      label={label}
      hint={hint}
      value={value}
      multiline={rows !== undefined}
      rows={rows}
      ids={ids}
      errors={errors}
      onChange={session.editable ? onChange : undefined}
    />
  );
}

/** A one-line text in one language (the decision's number). */
export function FrontLine({ session, field, label, hint }: { session: FrontMatterSession; field: string; label: string; hint?: string }) {
  const styles = useStyles();
  const value = useValue<string>(session, field);
  const error = useMessage(session, field, null, value);
  const id = fieldDomId(session.ref(field));
  return (
    <Field label={{ children: label, htmlFor: id }} hint={hint} validationState={error ? 'error' : 'none'} validationMessage={error}>
      <Input
        id={id}
        className={styles.control}
        value={value}
        readOnly={!session.editable}
        appearance={session.editable ? 'outline' : 'filled-darker'}
        onChange={(_, d) => session.edit(field, null, d.value)}
      />
    </Field>
  );
}

/**
 * A date typed day first (dd.mm.yyyy, as everywhere in Plani). Text that is
 * no date stays in the box, is kept by the save queue as typed, and the
 * saved date stays until it is corrected.
 */
export function FrontDate({ session, field, label, hint }: { session: FrontMatterSession; field: string; label: string; hint?: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { saves } = useServices();
  const value = useValue<string | null>(session, field);
  const keptText = useSyncExternalStore(saves.subscribe, () => saves.keptValue(session.ref(field))?.text);
  const [draft, setDraft] = useState<string>(() => keptText ?? (value ? formatDate(value) : ''));
  const code = useFieldCode(session, field);
  const error = code === NOT_A_DATE ? t('ui.editor.errors.notADate') : fieldErrorText(t, code);
  const id = fieldDomId(session.ref(field));
  const typed = (text: string) => {
    setDraft(text);
    const parsed = parseDate(text);
    if (parsed !== undefined) session.edit(field, null, parsed);
    else if (!unfinishedDate(text)) session.refuse(field, NOT_A_DATE, text);
  };
  const left = () => {
    if (parseDate(draft) === undefined) session.refuse(field, NOT_A_DATE, draft);
  };
  return (
    <Field label={{ children: label, htmlFor: id }} hint={hint} validationState={error ? 'error' : 'none'} validationMessage={error}>
      <Input
        id={id}
        className={styles.control}
        value={draft}
        inputMode="numeric"
        readOnly={!session.editable}
        appearance={session.editable ? 'outline' : 'filled-darker'}
        onChange={(_, d) => typed(d.value)}
        onBlur={left}
      />
    </Field>
  );
}
