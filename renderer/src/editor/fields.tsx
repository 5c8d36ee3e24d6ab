// The editor's inputs, one per kind of model value. Each names the field it
// edits (record type, record id, field path), takes its DOM id from
// fieldDomId(), reads its value from the session, shows the message filed at
// that field, and sends changes through session.edit (validation, autosave,
// undo). Read-only records get read-only inputs that still take focus, so
// the text can be read and copied with the keyboard.
import {
  Checkbox,
  Field,
  Input,
  Select,
  SpinButton,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
  makeStyles,
  tokens,
  type InputProps,
} from '@fluentui/react-components';
import { memo, useCallback, useMemo, useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Lang } from '../../../shared/model/primitives';
import { BilingualField } from '../components/BilingualField';
import { validationText } from '../lib/describe-error';
import { fieldDomId, type FieldRecordType } from '../lib/field-key';
import { sameValue } from '../lib/field-paths';
import { useEditor, useFieldActions, useFieldError, useFieldRef, useFieldValue } from './context';
import { NOT_A_NUMBER, formatAmount, formatMeasure, parseAmount, parseMeasure, setTarget, targetFor, type MeasureValue, type Target } from './values';

const useStyles = makeStyles({
  field: { minWidth: 0 },
  // Controls fill their grid cell and never push past it (a long institution name, a narrow year box).
  control: { width: '100%', minWidth: 0, maxWidth: '100%' },
  group: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXXS },
  groupColumn: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  targets: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))', gap: tokens.spacingHorizontalM },
  fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: {
    padding: `0 0 ${tokens.spacingVerticalXXS}`,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  extra: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** The message for a field error code: validation.* from the contract, or one of the editor's own. */
export function fieldErrorText(t: TFunction, code: string | undefined): string | undefined {
  if (!code) return undefined;
  if (code === NOT_A_NUMBER) return t('ui.editor.errors.notANumber');
  return validationText(t, code);
}

interface FieldBase {
  recordType: FieldRecordType;
  recordId: string;
  /** Field path in the record, e.g. "title", "contact.email". */
  field: string;
  label: string;
  hint?: string;
}

/** Field + label bound to an input id, with the message filed at the field. */
function Labelled({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <Field
      className={styles.field}
      label={{ children: label, htmlFor: id }}
      hint={hint}
      validationState={error ? 'error' : 'none'}
      validationMessage={error}
    >
      {children}
    </Field>
  );
}

/** A value that cannot be changed here, in a read-only box that still takes focus (so it can be read and copied). */
function ReadOnlyValue({ id, label, hint, value }: { id: string; label: string; hint?: string; value: string }) {
  const styles = useStyles();
  return (
    <Labelled id={id} label={label} hint={hint}>
      <Input id={id} className={styles.control} value={value} readOnly appearance="filled-darker" />
    </Labelled>
  );
}

/** A group of inputs under one legend (checkboxes, yearly targets), with the hint and message below it. */
function Fieldset({ baseId, label, hint, error, children }: { baseId: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  const styles = useStyles();
  const describedBy = [hint && `${baseId}-hint`, error && `${baseId}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={styles.fieldset} aria-describedby={describedBy}>
      <legend className={styles.legend}>{label}</legend>
      {children}
      {hint && (
        <div id={`${baseId}-hint`} className={styles.extra}>
          {hint}
        </div>
      )}
      {error && (
        <div id={`${baseId}-error`} role="alert" className={styles.extra}>
          {error}
        </div>
      )}
    </fieldset>
  );
}

/** What a one-language input reads and calls: its DOM id, value and message, its change handlers, and whether it may be edited. */
function useField<V = unknown>(recordType: FieldRecordType, recordId: string, field: string) {
  const { t } = useTranslation();
  const { editable } = useEditor();
  const ref = useFieldRef(recordType, recordId, field);
  // The record's schema fixes what the field holds; the caller names it.
  const value = useFieldValue(ref) as V;
  const error = fieldErrorText(t, useFieldError(ref));
  const actions = useFieldActions(ref);
  return { ref, id: fieldDomId(ref), value, error, editable, ...actions };
}

// ——— bilingual texts ———

export interface TextFieldProps extends FieldBase {
  multiline?: boolean;
  rows?: number;
  firstInputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
}

/** A bilingual text: Albanian and English side by side. */
export const TextField = memo(function TextField({ recordType, recordId, field, label, hint, multiline, rows, firstInputRef }: TextFieldProps) {
  const { t } = useTranslation();
  const { session, editable } = useEditor();
  const ref = useFieldRef(recordType, recordId, field);
  const refSq = useFieldRef(recordType, recordId, field, 'sq');
  const refEn = useFieldRef(recordType, recordId, field, 'en');
  const value = (useFieldValue(ref) as { sq: string; en: string } | undefined) ?? EMPTY_TEXT;
  const errSq = useFieldError(refSq);
  const errEn = useFieldError(refEn);
  const onChange = useCallback((lang: Lang, v: string) => session.edit(lang === 'sq' ? refSq : refEn, v, { coalesce: true }), [session, refSq, refEn]);
  const onBlur = useCallback(() => session.seal(), [session]);
  const ids = useMemo(() => ({ sq: fieldDomId(refSq), en: fieldDomId(refEn) }), [refSq, refEn]);
  const errors = useMemo(() => ({ sq: fieldErrorText(t, errSq), en: fieldErrorText(t, errEn) }), [t, errSq, errEn]);
  return (
    <BilingualField
      label={label}
      hint={hint}
      value={value}
      multiline={multiline}
      rows={rows}
      ids={ids}
      errors={errors}
      onChange={editable ? onChange : undefined}
      onBlur={onBlur}
      firstInputRef={firstInputRef}
    />
  );
});
const EMPTY_TEXT = Object.freeze({ sq: '', en: '' });

// ——— one-language values ———

export interface LineFieldProps extends FieldBase {
  type?: InputProps['type'];
  /** Shown instead of the value when it is empty and the field cannot be edited here. */
  placeholder?: string;
  /** Never editable here (e.g. set by the POC at consolidation). */
  fixed?: boolean;
  autoComplete?: string;
}

/** A one-line, one-language text (contact details, plan number). */
export const LineField = memo(function LineField({ recordType, recordId, field, label, hint, type = 'text', placeholder, fixed, autoComplete }: LineFieldProps) {
  const styles = useStyles();
  const { id, value, error, editable, change, leave } = useField(recordType, recordId, field);
  const readOnly = fixed || !editable;
  return (
    <Labelled id={id} label={label} hint={hint} error={error}>
      <Input
        id={id}
        className={styles.control}
        type={type}
        value={typeof value === 'string' ? value : ''}
        placeholder={placeholder}
        readOnly={readOnly}
        appearance={readOnly ? 'filled-darker' : 'outline'}
        autoComplete={autoComplete ?? 'off'}
        onChange={(_, d) => change(d.value, true)}
        onBlur={leave}
      />
    </Labelled>
  );
});

/** A calendar date (YYYY-MM-DD) or none. */
export const DateField = memo(function DateField({ recordType, recordId, field, label, hint, min, max }: FieldBase & { min?: string; max?: string }) {
  const styles = useStyles();
  const { id, value, error, editable, change, leave } = useField(recordType, recordId, field);
  return (
    <Labelled id={id} label={label} hint={hint} error={error}>
      <Input
        id={id}
        className={styles.control}
        type="date"
        value={typeof value === 'string' ? value : ''}
        min={min}
        max={max}
        readOnly={!editable}
        appearance={editable ? 'outline' : 'filled-darker'}
        onChange={(_, d) => change(d.value === '' ? null : d.value, true)}
        onBlur={leave}
      />
    </Labelled>
  );
});

/**
 * What is typed in a box that holds a number: the text stays as typed while
 * it means the same value (so "1,50" is not rewritten to "1.5" mid-word), and
 * follows the value when it changes from elsewhere (undo).
 */
function useDraft<T>(value: T, format: (v: T) => string, parse: (s: string) => T | undefined) {
  const [state, setState] = useState(() => ({ draft: format(value), value }));
  let draft = state.draft;
  if (!sameValue(state.value, value)) {
    const parsed = parse(state.draft);
    draft = parsed !== undefined && sameValue(parsed, value) ? state.draft : format(value);
    setState({ draft, value });
  }
  const setDraft = useCallback((d: string) => setState((s) => ({ ...s, draft: d })), []);
  const normalise = useCallback(() => setState((s) => (sameValue(parse(s.draft), s.value) ? { ...s, draft: format(s.value) } : s)), [format, parse]);
  return { draft, setDraft, normalise };
}

/** An amount of money (budget, milestone cost), ≥ 0, in the commitment's currency. */
export const AmountField = memo(function AmountField({ recordType, recordId, field, label, hint, currency }: FieldBase & { currency?: string }) {
  const styles = useStyles();
  const { i18n } = useTranslation();
  const { id, value, error, editable, change, refuse, leave } = useField<number | null | undefined>(recordType, recordId, field);
  const lang = i18n.language === 'en' ? 'en' : 'sq';
  const format = useCallback((v: number | null | undefined) => formatAmount(v, lang), [lang]);
  const { draft, setDraft, normalise } = useDraft<number | null | undefined>(value, format, parseAmount);
  return (
    <Labelled id={id} label={label} hint={hint} error={error}>
      <Input
        id={id}
        className={styles.control}
        inputMode="decimal"
        value={draft}
        readOnly={!editable}
        appearance={editable ? 'outline' : 'filled-darker'}
        contentAfter={currency ? <span aria-hidden>{currency}</span> : undefined}
        onChange={(_, d) => {
          setDraft(d.value);
          const parsed = parseAmount(d.value);
          if (parsed === undefined) refuse(NOT_A_NUMBER);
          else change(parsed, true);
        }}
        onBlur={() => {
          normalise();
          leave();
        }}
      />
    </Labelled>
  );
});

/** A measured value: a number ("55", "4,5") or a short statement ("ligji i miratuar"). */
function MeasureInput({ id, value, label, readOnly, onValue, onBlur }: { id: string; value: MeasureValue; label?: string; readOnly: boolean; onValue: (v: MeasureValue) => void; onBlur: () => void }) {
  const styles = useStyles();
  const { draft, setDraft, normalise } = useDraft<MeasureValue>(value, formatMeasure, parseMeasure);
  return (
    <Input
      id={id}
      className={styles.control}
      value={draft}
      aria-label={label}
      readOnly={readOnly}
      appearance={readOnly ? 'filled-darker' : 'outline'}
      onChange={(_, d) => {
        setDraft(d.value);
        onValue(parseMeasure(d.value));
      }}
      onBlur={() => {
        normalise();
        onBlur();
      }}
    />
  );
}

export const MeasureField = memo(function MeasureField({ recordType, recordId, field, label, hint }: FieldBase) {
  const { id, value, error, editable, change, leave } = useField<MeasureValue | undefined>(recordType, recordId, field);
  return (
    <Labelled id={id} label={label} hint={hint} error={error}>
      <MeasureInput id={id} value={value ?? null} readOnly={!editable} onValue={(v) => change(v, true)} onBlur={leave} />
    </Labelled>
  );
});

/** A whole number with arrows (year, percentage), or none. */
export const NumberField = memo(function NumberField({ recordType, recordId, field, label, hint, min, max, step = 1, nullable = true }: FieldBase & { min: number; max: number; step?: number; nullable?: boolean }) {
  const styles = useStyles();
  const { id, value, error, editable, change, refuse, leave } = useField<number | null | undefined>(recordType, recordId, field);
  if (!editable) return <ReadOnlyValue id={id} label={label} hint={hint} value={value === null || value === undefined ? '' : String(value)} />;
  return (
    <Labelled id={id} label={label} hint={hint} error={error}>
      <SpinButton
        id={id}
        className={styles.control}
        value={value ?? null}
        min={min}
        max={max}
        step={step}
        onChange={(_, d) => {
          if (d.value !== undefined) {
            if (d.value === null && !nullable) return;
            change(d.value);
            return;
          }
          const text = (d.displayValue ?? '').trim();
          if (text === '') {
            if (nullable) change(null);
            return;
          }
          const n = Number(text);
          if (!Number.isInteger(n)) refuse(NOT_A_NUMBER);
          else change(Math.min(max, Math.max(min, n)));
        }}
        onBlur={leave}
      />
    </Labelled>
  );
});

// ——— choices ———

export interface ChoiceOption {
  value: string;
  label: string;
}

/** One value from a short list (status, currency, type, institution…); "none" when nullable; `fixed`: shown, not chosen here. */
export const ChoiceField = memo(function ChoiceField({ recordType, recordId, field, label, hint, options, noneLabel, fixed }: FieldBase & { options: readonly ChoiceOption[]; noneLabel?: string; fixed?: boolean }) {
  const styles = useStyles();
  const { id, value, error, editable, change, leave } = useField<string | null | undefined>(recordType, recordId, field);
  if (!editable || fixed) return <ReadOnlyValue id={id} label={label} hint={hint} value={options.find((o) => o.value === value)?.label ?? noneLabel ?? ''} />;
  return (
    <Labelled id={id} label={label} hint={hint} error={error}>
      <Select id={id} className={styles.control} value={value ?? ''} onChange={(_, d) => change(d.value === '' ? null : d.value)} onBlur={leave}>
        {noneLabel !== undefined && <option value="">{noneLabel}</option>}
        {/* A stored value no longer in the list stays visible rather than silently changing. */}
        {value && !options.some((o) => o.value === value) && <option value={value}>{value}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Labelled>
  );
});

/** Several values from a short list, as checkboxes (OGP values). */
export const CheckboxesField = memo(function CheckboxesField({ recordType, recordId, field, label, hint, options }: FieldBase & { options: readonly ChoiceOption[] }) {
  const styles = useStyles();
  const { id: firstId, value: chosen, error, editable, change } = useField<readonly string[] | undefined>(recordType, recordId, field);
  const value = chosen ?? [];
  const toggle = (code: string, on: boolean) => {
    const next = on ? [...value, code] : value.filter((v) => v !== code);
    // Kept in the reference order, so the same choice always reads the same.
    change(options.map((o) => o.value).filter((v) => next.includes(v)).concat(next.filter((v) => !options.some((o) => o.value === v))));
  };
  return (
    <Fieldset baseId={firstId} label={label} hint={hint} error={error}>
      <div className={styles.groupColumn}>
        {options.map((o, i) => (
          <Checkbox
            key={o.value}
            id={i === 0 ? firstId : `${firstId}-${i}`}
            label={o.label}
            checked={value.includes(o.value)}
            disabled={!editable}
            onChange={(_, d) => toggle(o.value, d.checked === true)}
          />
        ))}
      </div>
    </Fieldset>
  );
});

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Several values from a longer list, as tags with a type-to-filter list (policy areas, institutions, SDGs). */
export const TagsField = memo(function TagsField({
  recordType,
  recordId,
  field,
  label,
  hint,
  options,
  numeric = false,
}: FieldBase & { options: readonly ChoiceOption[]; numeric?: boolean }) {
  const { t } = useTranslation();
  const { id, value, error, editable, change } = useField<readonly (string | number)[] | undefined>(recordType, recordId, field);
  const raw = value ?? [];
  const selected = useMemo(() => raw.map(String), [raw]);
  const [query, setQuery] = useState('');
  const labelOf = (v: string) => options.find((o) => o.value === v)?.label ?? v;

  if (!editable) return <ReadOnlyValue id={id} label={label} hint={hint} value={selected.map(labelOf).join('; ')} />;
  const matching = options.filter((o) => !selected.includes(o.value) && fold(o.label).includes(fold(query.trim())));
  const order = (values: string[]) => {
    const known = options.map((o) => o.value).filter((v) => values.includes(v));
    const list = [...known, ...values.filter((v) => !known.includes(v))];
    return numeric ? list.map(Number) : list;
  };
  return (
    <Labelled id={id} label={label} hint={hint} error={error}>
      <TagPicker
        selectedOptions={selected}
        onOptionSelect={(_, d) => {
          if (d.value === NO_MATCH) return;
          change(order(d.selectedOptions));
          setQuery('');
        }}
      >
        <TagPickerControl>
          <TagPickerGroup aria-label={t('ui.editor.selected', { field: label })}>
            {selected.map((v) => (
              <Tag key={v} value={v} shape="rounded" dismissIcon={{ 'aria-label': t('ui.editor.removeTag') }}>
                {labelOf(v)}
              </Tag>
            ))}
          </TagPickerGroup>
          <TagPickerInput id={id} value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('ui.editor.tagPlaceholder')} />
        </TagPickerControl>
        <TagPickerList>
          {matching.length > 0 ? (
            matching.map((o) => (
              <TagPickerOption key={o.value} value={o.value}>
                {o.label}
              </TagPickerOption>
            ))
          ) : (
            <TagPickerOption value={NO_MATCH}>{t('ui.editor.noMatch')}</TagPickerOption>
          )}
        </TagPickerList>
      </TagPicker>
    </Labelled>
  );
});
const NO_MATCH = '\u0000none';

/** An indicator's targets: one box per year of the cycle (a number or a short statement). */
export const TargetsField = memo(function TargetsField({ recordType, recordId, label, hint, years }: Omit<FieldBase, 'field'> & { years: readonly number[] }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { ref, id: baseId, value, error, editable, change, leave } = useField<readonly Target[] | undefined>(recordType, recordId, 'targets');
  const targets = value ?? EMPTY_TARGETS;
  // Targets for years outside the cycle (e.g. imported) are shown too, never dropped silently.
  const allYears = [...new Set([...years, ...targets.map((x) => x.year)])].sort((a, b) => a - b);
  return (
    <Fieldset baseId={baseId} label={label} hint={hint} error={error}>
      <div className={styles.targets}>
        {allYears.map((year, i) => {
          const id = i === 0 ? baseId : fieldDomId({ ...ref, field: `targets.${year}` });
          const outside = !years.includes(year);
          return (
            <Field
              key={year}
              label={{ children: t('ui.editor.targetYear', { year }), htmlFor: id }}
              hint={outside ? t('ui.editor.outsideCycle') : undefined}
              validationState={outside ? 'warning' : 'none'}
            >
              <MeasureInput
                id={id}
                value={targetFor(targets, year)}
                readOnly={!editable}
                onValue={(v) => change(setTarget(targets, year, v), true)}
                onBlur={leave}
              />
            </Field>
          );
        })}
      </div>
    </Fieldset>
  );
});
const EMPTY_TARGETS: readonly Target[] = Object.freeze([]);
