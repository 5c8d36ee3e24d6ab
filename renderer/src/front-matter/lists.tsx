// The two lists of the front matter: abbreviations and focal points. Each
// list is one field saved whole (shared/api/patch.ts: lists are replaced), so
// adding, removing and editing a row all go through session.edit; a refusal
// (a malformed e-mail) is shown under the list, and the rows keep what was
// typed until it is corrected.
import { Button, Field, Input, MessageBar, MessageBarBody, Select, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Abbreviation, FocalPoint } from '../../../shared/model/front-matter';
import type { Institution } from '../../../shared/model/reference';
import { BilingualField } from '../components/BilingualField';
import { fieldErrorText } from '../editor/fields';
import { useLanguage } from '../hooks/useLanguage';
import { cardStyle } from '../lib/styles';
import type { FrontMatterSession } from './session';
import { useFieldCode, useValue } from './fields';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyle: 'none' },
  row: { ...cardStyle('compact'), display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  rowHead: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  pair: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalL },
  control: { width: '100%', minWidth: 0 },
  empty: { color: tokens.colorNeutralForeground3, margin: 0 },
  actions: { marginTop: tokens.spacingVerticalS },
});

/** Moves the focus to the first input of a row just added. */
function useFocusAdded(length: number) {
  const listRef = useRef<HTMLOListElement>(null);
  const [added, setAdded] = useState(false);
  useEffect(() => {
    if (!added) return;
    setAdded(false);
    listRef.current?.querySelector<HTMLElement>('li:last-child input, li:last-child select')?.focus();
  }, [added, length]);
  return { listRef, markAdded: () => setAdded(true) };
}

function ListError({ session, field }: { session: FrontMatterSession; field: string }) {
  const { t } = useTranslation();
  const code = useFieldCode(session, field);
  if (!code) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{t('frontMatter.listError', { message: fieldErrorText(t, code) })}</MessageBarBody>
    </MessageBar>
  );
}

const EMPTY_LINE = { sq: '', en: '' };

export function AbbreviationList({ session }: { session: FrontMatterSession }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const list = useValue<Abbreviation[]>(session, 'abbreviations');
  const { listRef, markAdded } = useFocusAdded(list.length);
  const set = (next: Abbreviation[]) => session.edit('abbreviations', null, next);
  const change = (i: number, key: keyof Abbreviation, lang: 'sq' | 'en', v: string) => set(list.map((a, j) => (j === i ? { ...a, [key]: { ...a[key], [lang]: v } } : a)));
  return (
    <>
      {list.length === 0 && <p className={styles.empty}>{t('frontMatter.empty.abbreviations')}</p>}
      <ol ref={listRef} className={styles.list}>
        {list.map((a, i) => (
          <li key={i} className={styles.row} aria-label={t('frontMatter.row.abbreviation', { n: i + 1 })}>
            <div className={styles.rowHead}>
              <span>{t('frontMatter.row.abbreviation', { n: i + 1 })}</span>
              {session.editable && (
                <Button appearance="subtle" icon={<DeleteRegular />} aria-label={t('frontMatter.remove.abbreviation', { n: i + 1 })} onClick={() => set(list.filter((_, j) => j !== i))} />
              )}
            </div>
            <BilingualField label={t('model.frontMatter.abbreviation.short')} value={a.short} onChange={session.editable ? (lang, v) => change(i, 'short', lang, v) : undefined} />
            <BilingualField label={t('model.frontMatter.abbreviation.expansion')} value={a.expansion} onChange={session.editable ? (lang, v) => change(i, 'expansion', lang, v) : undefined} />
          </li>
        ))}
      </ol>
      <ListError session={session} field="abbreviations" />
      {session.editable && (
        <div className={styles.actions}>
          <Button icon={<AddRegular />} onClick={() => (set([...list, { short: EMPTY_LINE, expansion: EMPTY_LINE }]), markAdded())}>
            {t('frontMatter.add.abbreviation')}
          </Button>
        </div>
      )}
    </>
  );
}

export function FocalPointList({ session, institutions }: { session: FrontMatterSession; institutions: readonly Institution[] }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const list = useValue<FocalPoint[]>(session, 'focalPoints');
  const { listRef, markAdded } = useFocusAdded(list.length);
  const set = (next: FocalPoint[]) => session.edit('focalPoints', null, next);
  const change = (i: number, patch: Partial<FocalPoint>) => set(list.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  const first = institutions.find((x) => x.role === 'lfp')?.code ?? institutions[0]?.code;
  const label = (key: string) => t(`model.frontMatter.focalPoint.${key}` as 'model.frontMatter.focalPoint.name');
  return (
    <>
      {list.length === 0 && <p className={styles.empty}>{t('frontMatter.empty.focalPoints')}</p>}
      <ol ref={listRef} className={styles.list}>
        {list.map((f, i) => {
          const id = (key: string) => `fm-focal-${i}-${key}`;
          const n = i + 1;
          return (
            <li key={i} className={styles.row} aria-label={t('frontMatter.row.focalPoint', { n })}>
              <div className={styles.rowHead}>
                <span>{t('frontMatter.row.focalPoint', { n })}</span>
                {session.editable && (
                  <Button appearance="subtle" icon={<DeleteRegular />} aria-label={t('frontMatter.remove.focalPoint', { n })} onClick={() => set(list.filter((_, j) => j !== i))} />
                )}
              </div>
              <div className={styles.pair}>
                <Field label={{ children: label('institution'), htmlFor: id('institution') }}>
                  <Select id={id('institution')} className={styles.control} value={f.institution} disabled={!session.editable} onChange={(_, d) => change(i, { institution: d.value })}>
                    {institutions.map((x) => (
                      <option key={x.code} value={x.code}>
                        {x.name[lang]}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field label={{ children: label('name'), htmlFor: id('name') }}>
                  <Input id={id('name')} className={styles.control} value={f.name} readOnly={!session.editable} onChange={(_, d) => change(i, { name: d.value })} />
                </Field>
              </div>
              <BilingualField label={label('role')} value={f.role} onChange={session.editable ? (l, v) => change(i, { role: { ...f.role, [l]: v } }) : undefined} />
              <Field label={{ children: label('email'), htmlFor: id('email') }}>
                <Input id={id('email')} type="email" className={styles.control} value={f.email} readOnly={!session.editable} onChange={(_, d) => change(i, { email: d.value })} />
              </Field>
            </li>
          );
        })}
      </ol>
      <ListError session={session} field="focalPoints" />
      {session.editable && first && (
        <div className={styles.actions}>
          <Button icon={<AddRegular />} onClick={() => (set([...list, { institution: first, name: '', role: EMPTY_LINE, email: '' }]), markAdded())}>
            {t('frontMatter.add.focalPoint')}
          </Button>
        </div>
      )}
    </>
  );
}
