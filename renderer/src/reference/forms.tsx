// The fields of each kind of reference data, bound to a draft (drafts.ts):
// a cycle, an institution, a component, a vocabulary entry. Bilingual texts
// use the editor's BilingualField (Albanian left, English right, the empty
// side marked); read-only where the workspace may not write (an LFP).
import { Checkbox, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CYCLE_STATUSES, INSTITUTION_TYPES, type Institution } from '../../../shared/model/reference';
import type { Lang } from '../../../shared/model/primitives';
import { BilingualField } from '../components/BilingualField';
import type { ComponentDraft, CycleDraft, InstitutionDraft, TermDraft } from './drafts';

const useStyles = makeStyles({
  row: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  control: { width: '100%', minWidth: 0 },
  leads: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, border: 'none', margin: 0, padding: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
});

type Pair = { sq: string; en: string };
const setLang = (p: Pair, lang: Lang, v: string): Pair => ({ ...p, [lang]: v });

function Line({ label, value, hint, readOnly, onChange, inputMode }: { label: string; value: string; hint?: string; readOnly: boolean; onChange(v: string): void; inputMode?: 'numeric' }) {
  const styles = useStyles();
  const id = useId();
  return (
    <Field label={{ children: label, htmlFor: id }} hint={hint}>
      <Input id={id} className={styles.control} value={value} readOnly={readOnly} inputMode={inputMode} appearance={readOnly ? 'filled-darker' : 'outline'} onChange={(_, d) => onChange(d.value)} />
    </Field>
  );
}

function Choice({ label, value, options, readOnly, onChange }: { label: string; value: string; options: readonly { value: string; label: string }[]; readOnly: boolean; onChange(v: string): void }) {
  const styles = useStyles();
  const id = useId();
  return (
    <Field label={{ children: label, htmlFor: id }}>
      <Select id={id} className={styles.control} value={value} disabled={readOnly} onChange={(_, d) => onChange(d.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function CycleFields({ value, readOnly, onChange }: { value: CycleDraft; readOnly: boolean; onChange(v: CycleDraft): void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const f = (k: string) => t(`referenceData.fields.${k}` as 'referenceData.fields.title');
  return (
    <>
      <BilingualField label={f('title')} value={value.title} onChange={readOnly ? undefined : (lang, v) => onChange({ ...value, title: setLang(value.title, lang, v) })} />
      <div className={styles.row}>
        <Line label={f('number')} value={value.number} inputMode="numeric" readOnly={readOnly} onChange={(number) => onChange({ ...value, number })} />
        <Line label={f('periodStart')} hint={t('referenceData.hints.date')} value={value.periodStart} readOnly={readOnly} onChange={(periodStart) => onChange({ ...value, periodStart })} />
        <Line label={f('periodEnd')} hint={t('referenceData.hints.date')} value={value.periodEnd} readOnly={readOnly} onChange={(periodEnd) => onChange({ ...value, periodEnd })} />
        <Choice
          label={f('status')}
          value={value.status}
          readOnly={readOnly}
          options={CYCLE_STATUSES.map((s) => ({ value: s, label: t(`model.cycleStatus.${s}`) }))}
          onChange={(status) => onChange({ ...value, status })}
        />
      </div>
    </>
  );
}

export function InstitutionFields({ value, isNew, role, readOnly, onChange }: { value: InstitutionDraft; isNew: boolean; role: Institution['role']; readOnly: boolean; onChange(v: InstitutionDraft): void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const f = (k: string) => t(`referenceData.fields.${k}` as 'referenceData.fields.title');
  return (
    <>
      <div className={styles.row}>
        {isNew && <Line label={f('code')} hint={t('referenceData.hints.code')} value={value.code} readOnly={readOnly} onChange={(code) => onChange({ ...value, code: code.toUpperCase() })} />}
        <Choice
          label={f('type')}
          value={value.type}
          readOnly={readOnly}
          options={INSTITUTION_TYPES.map((s) => ({ value: s, label: t(`referenceData.institutionType.${s}`) }))}
          onChange={(type) => onChange({ ...value, type })}
        />
        <Field label={f('role')}>
          <span>{t(`referenceData.role.${role}`)}</span>
        </Field>
      </div>
      <BilingualField label={f('acronym')} value={value.acronym} onChange={readOnly ? undefined : (lang, v) => onChange({ ...value, acronym: setLang(value.acronym, lang, v) })} />
      <BilingualField label={f('name')} value={value.name} onChange={readOnly ? undefined : (lang, v) => onChange({ ...value, name: setLang(value.name, lang, v) })} />
    </>
  );
}

export function ComponentFields({ value, isNew, institutions, readOnly, onChange }: { value: ComponentDraft; isNew: boolean; institutions: readonly Institution[]; readOnly: boolean; onChange(v: ComponentDraft): void }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'sq';
  const f = (k: string) => t(`referenceData.fields.${k}` as 'referenceData.fields.title');
  const toggle = (code: string, on: boolean) => onChange({ ...value, leads: on ? [...value.leads.filter((c) => c !== code), code] : value.leads.filter((c) => c !== code) });
  return (
    <>
      <div className={styles.row}>
        {isNew && <Line label={f('code')} hint={t('referenceData.hints.slug')} value={value.code} readOnly={readOnly} onChange={(code) => onChange({ ...value, code: code.toLowerCase() })} />}
        <Line label={f('componentNumber')} value={value.number} inputMode="numeric" readOnly={readOnly} onChange={(number) => onChange({ ...value, number })} />
      </div>
      <BilingualField label={f('title')} value={value.title} onChange={readOnly ? undefined : (l, v) => onChange({ ...value, title: setLang(value.title, l, v) })} />
      <BilingualField label={f('policyGoal')} value={value.policyGoal} multiline rows={3} onChange={readOnly ? undefined : (l, v) => onChange({ ...value, policyGoal: setLang(value.policyGoal, l, v) })} />
      <fieldset className={styles.leads}>
        <legend className={styles.legend}>{f('leads')}</legend>
        {institutions
          .filter((i) => i.role !== 'poc')
          .map((i) => (
            <Checkbox key={i.code} label={`${i.code} — ${i.acronym[lang]}`} checked={value.leads.includes(i.code)} disabled={readOnly} onChange={(_, d) => toggle(i.code, d.checked === true)} />
          ))}
      </fieldset>
    </>
  );
}

export function TermFields({ value, isNew, readOnly, onChange }: { value: TermDraft; isNew: boolean; readOnly: boolean; onChange(v: TermDraft): void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <>
      {isNew && (
        <div className={styles.row}>
          <Line label={t('referenceData.fields.code')} hint={t('referenceData.hints.slug')} value={value.code} readOnly={readOnly} onChange={(code) => onChange({ ...value, code: code.toLowerCase() })} />
        </div>
      )}
      <BilingualField label={t('referenceData.fields.label')} value={value.label} onChange={readOnly ? undefined : (l, v) => onChange({ ...value, label: setLang(value.label, l, v) })} />
    </>
  );
}
