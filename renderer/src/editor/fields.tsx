// The editor's inputs, one per kind of model value. Each names the field it
// edits (record type, record id, field path), takes its DOM id from
// fieldDomId(), reads its value from the session, shows the message filed at
// that field, and sends changes through session.edit (validation, autosave,
// undo). Read-only records get read-only inputs that still take focus, so
// the text can be read and copied with the keyboard.
import { Calendar, DayOfWeek, type CalendarStrings, type DateFormatting, type ICalendar } from '@fluentui/react-calendar-compat';
import {
  Button,
  Checkbox,
  Field,
  Input,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Radio,
  RadioGroup,
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
  mergeClasses,
  tokens,
  type InputProps,
} from '@fluentui/react-components';
import { CalendarRegular } from '@fluentui/react-icons';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { currencyUnit, formatAmount, formatNumber, parseAmount, unitFirst } from '../../../shared/format/amounts';
import { calendarNames, formatDate, isoOfLocalDate, localDateOf, parseDate, unfinishedDate, type ParsedDate } from '../../../shared/format/dates';
import type { Lang } from '../../../shared/model/primitives';
import { endsBeforeStart, isRequiredField } from '../../../shared/quality';
import { BilingualField } from '../components/BilingualField';
import { validationText } from '../lib/describe-error';
import { useSharedStyles } from '../lib/styles';
import { fieldDomId, type FieldRecordType, type FieldRef } from '../lib/field-key';
import { sameValue, type FieldValue } from '../lib/field-paths';
import { isShortcut, shortcut } from '../lib/shortcuts';
import { useFieldActions, useFieldEnv, useFieldError, useFieldRef, useFieldValue, useKeptText } from './context';
import { textLimit } from './validate';
import { NOT_A_DATE, NOT_A_NUMBER, formatMeasure, parseMeasure, setTarget, targetFor, type MeasureValue, type Target } from './values';

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

/**
 * The message for a field error code: validation.* from the contract, or one
 * of the editor's own. A text over its limit says the limit and its length,
 * so the person knows how much to cut.
 */
export function fieldErrorText(t: TFunction, code: string | undefined, limit?: { max: number; length: number; lang: Lang }): string | undefined {
  if (!code) return undefined;
  if (code === NOT_A_NUMBER) return t('ui.editor.errors.notANumber');
  if (code === 'too-long' && limit) return t('ui.unsaved.tooLong', { max: formatNumber(limit.max, limit.lang), length: formatNumber(limit.length, limit.lang) });
  if (code === NOT_A_DATE) return t('ui.editor.errors.notADate');
  return validationText(t, code);
}

/** A refused text's limit and length, to be written in the interface language's figures. */
function limitOf(ref: FieldRef, value: FieldValue, lang: string) {
  const limit = textLimit(ref, value);
  return limit && { ...limit, lang: (lang === 'en' ? 'en' : 'sq') as Lang };
}

/** An idea needs its title (as the interchange format asks); the commitment's rules are shared/quality's. */
const isRequired = (recordType: FieldRecordType, field: string) =>
  recordType === 'idea' || recordType === 'consultation-event' || recordType === 'calendar-item' ? field === 'title' : recordType === 'comment' || recordType === 'consultation-report' || recordType === 'poc-feedback' || recordType === 'feedback-reply' ? false : isRequiredField(recordType, field);

interface FieldBase {
  recordType: FieldRecordType;
  recordId: string;
  /** Field path in the record, e.g. "title", "contact.email". */
  field: string;
  label: string;
  hint?: string;
}

/**
 * Field + label bound to an input id, with the message filed at the field.
 * A required field (see shared/quality/required.ts) gets aria-required on
 * its input (Fluent's `required`) and the asterisk of lib/styles (Fluent's
 * own would become part of the label's text).
 */
function Labelled({ id, label, hint, error, required, children }: { id: string; label: string; hint?: string; error?: string; required?: boolean; children: ReactNode }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <Field
      className={styles.field}
      label={{ children: label, htmlFor: id, required: false, className: required ? shared.requiredMark : undefined }}
      hint={hint}
      required={required}
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
function Fieldset({ baseId, label, hint, error, required, children }: { baseId: string; label: string; hint?: string; error?: string; required?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const shared = useSharedStyles();
  const describedBy = [required && `${baseId}-required`, hint && `${baseId}-hint`, error && `${baseId}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={styles.fieldset} aria-describedby={describedBy}>
      <legend className={mergeClasses(styles.legend, required && shared.requiredMark)}>{label}</legend>
      {required && (
        <span id={`${baseId}-required`} className={shared.visuallyHidden}>
          {t('ui.editor.required')}
        </span>
      )}
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
  const { t, i18n } = useTranslation();
  const { editable } = useFieldEnv();
  const ref = useFieldRef(recordType, recordId, field);
  // The record's schema fixes what the field holds; the caller names it.
  const value = useFieldValue(ref) as V;
  const code = useFieldError(ref);
  const error = fieldErrorText(t, code, code === 'too-long' ? limitOf(ref, value as FieldValue, i18n.language) : undefined);
  const kept = useKeptText(ref);
  const actions = useFieldActions(ref);
  const required = isRequired(recordType, field);
  return { ref, id: fieldDomId(ref), value, error, kept, editable, required, ...actions };
}

// ——— bilingual texts ———

export interface TextFieldProps extends FieldBase {
  multiline?: boolean;
  rows?: number;
  firstInputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
}

/** A bilingual text: Albanian and English side by side. */
export const TextField = memo(function TextField({ recordType, recordId, field, label, hint, multiline, rows, firstInputRef }: TextFieldProps) {
  const { t, i18n } = useTranslation();
  const { session, editable } = useFieldEnv();
  const ref = useFieldRef(recordType, recordId, field);
  const refSq = useFieldRef(recordType, recordId, field, 'sq');
  const refEn = useFieldRef(recordType, recordId, field, 'en');
  const value = (useFieldValue(ref) as { sq: string; en: string } | undefined) ?? EMPTY_TEXT;
  const errSq = useFieldError(refSq);
  const errEn = useFieldError(refEn);
  const onChange = useCallback((lang: Lang, v: string) => session.edit(lang === 'sq' ? refSq : refEn, v, { coalesce: true }), [session, refSq, refEn]);
  const onBlur = useCallback(() => session.seal(), [session]);
  const ids = useMemo(() => ({ sq: fieldDomId(refSq), en: fieldDomId(refEn) }), [refSq, refEn]);
  const errors = useMemo(
    () => ({
      sq: fieldErrorText(t, errSq, errSq === 'too-long' ? limitOf(refSq, value.sq, i18n.language) : undefined),
      en: fieldErrorText(t, errEn, errEn === 'too-long' ? limitOf(refEn, value.en, i18n.language) : undefined),
    }),
    [t, i18n.language, errSq, errEn, refSq, refEn, value],
  );
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
      required={isRequired(recordType, field)}
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
  const { id, value, error, editable, required, change, leave } = useField(recordType, recordId, field);
  const readOnly = fixed || !editable;
  return (
    <Labelled id={id} label={label} hint={hint} error={error} required={required}>
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

/** The two date fields of one record that make a period: the end may not come before the start. */
export interface Period {
  readonly start: string;
  readonly end: string;
}
/** The period of a commitment and of a milestone: startDate … endDate. */
export const PERIOD: Period = Object.freeze({ start: 'startDate', end: 'endDate' });

/**
 * A calendar date, entered and shown as dd.mm.yyyy in both languages
 * (shared/format/dates.ts), whatever the browser's locale, with a calendar
 * beside it (Alt+↓). Text that is not a date, or a day that does not exist,
 * stays in the box with a message and never replaces the saved date. With
 * `period`, an end before the start is said at both date boxes, by the rule
 * of the quality check.
 */
export const DateField = memo(function DateField({ recordType, recordId, field, label, hint, min, max, period }: FieldBase & { min?: string; max?: string; period?: Period }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'sq';
  const { id, value, error, kept, editable, required, change, refuse, leave } = useField<string | null | undefined>(recordType, recordId, field);
  const otherField = period ? (field === period.start ? period.end : period.start) : field;
  const other = useFieldValue(useFieldRef(recordType, recordId, otherField)) as string | null | undefined;
  const { draft, setDraft, normalise } = useDraft<ParsedDate>(value, formatDate, parseDate, kept);
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const typed = (text: string) => {
    setDraft(text);
    const parsed = parseDate(text);
    if (parsed !== undefined) change(parsed, true);
    // Text that may still become a date ("01.1") is let be while typing, and refused when the box is left.
    else if (!unfinishedDate(text)) refuse(NOT_A_DATE, text);
  };
  /** Closes the calendar and goes back to the box, where the person was typing. */
  const backToBox = () => {
    setOpen(false);
    inputRef.current?.focus();
  };
  const pick = (date: Date) => {
    const iso = isoOfLocalDate(date);
    setDraft(formatDate(iso));
    change(iso);
    leave();
    backToBox();
  };

  let message = error;
  if (!message && period && value && other) {
    if (field === period.end && endsBeforeStart(other, value)) message = t('ui.editor.errors.endBeforeStart', { start: formatDate(other) });
    if (field === period.start && endsBeforeStart(value, other)) message = t('ui.editor.errors.startAfterEnd', { end: formatDate(other) });
  }
  const pickLabel = t('ui.editor.pickDate', { field: label });
  const picker = editable ? (
    <Popover
      open={open}
      onOpenChange={(e, d) => {
        // Esc goes back to the box (the button is no Tab stop); a click elsewhere goes where it was clicked.
        if (!d.open && e.type === 'keydown') backToBox();
        else setOpen(d.open);
      }}
      trapFocus
      unstable_disableAutoFocus
      positioning="below-end"
    >
      <PopoverTrigger disableButtonEnhancement>
        {/* Not a Tab stop of its own: from the box, Alt+↓ opens the calendar (aria-keyshortcuts says so). */}
        <Button appearance="transparent" size="small" icon={<CalendarRegular />} aria-label={pickLabel} title={pickLabel} tabIndex={-1} />
      </PopoverTrigger>
      <PopoverSurface aria-label={pickLabel}>
        <DateCalendar lang={lang} value={parseDate(draft) ?? value ?? null} min={min} max={max} onPick={pick} onDismiss={backToBox} />
      </PopoverSurface>
    </Popover>
  ) : undefined;
  return (
    <Labelled id={id} label={label} hint={hint} error={message} required={required}>
      <Input
        id={id}
        ref={inputRef}
        className={styles.control}
        value={draft}
        placeholder={editable ? t('ui.editor.datePlaceholder') : undefined}
        inputMode="numeric"
        autoComplete="off"
        aria-keyshortcuts={editable ? shortcut('calendar').aria : undefined}
        readOnly={!editable}
        appearance={editable ? 'outline' : 'filled-darker'}
        contentAfter={picker}
        onChange={(_, d) => typed(d.value)}
        onKeyDown={(e) => {
          if (editable && isShortcut('calendar', e)) {
            e.preventDefault();
            setOpen(true);
          }
        }}
        onBlur={() => {
          // Unfinished text ("01.1") was let be while typing; leaving it there is refusing it.
          if (parseDate(draft) === undefined) refuse(NOT_A_DATE, draft);
          normalise();
          leave();
        }}
      />
    </Labelled>
  );
});

/** The month grid of a date box, in the language's names, the week from Monday; focused on the chosen day when it opens. */
function DateCalendar({ lang, value, min, max, onPick, onDismiss }: { lang: Lang; value: string | null; min?: string; max?: string; onPick: (d: Date) => void; onDismiss: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<ICalendar>(null);
  useEffect(() => ref.current?.focus(), []);
  const strings = useMemo<CalendarStrings>(() => {
    const names = calendarNames(lang);
    return {
      months: [...names.months],
      shortMonths: [...names.shortMonths],
      days: [...names.days],
      shortDays: [...names.shortDays],
      goToToday: t('common.calendar.goToToday'),
      prevMonthAriaLabel: t('common.calendar.prevMonth'),
      nextMonthAriaLabel: t('common.calendar.nextMonth'),
      prevYearAriaLabel: t('common.calendar.prevYear'),
      nextYearAriaLabel: t('common.calendar.nextYear'),
      prevYearRangeAriaLabel: t('common.calendar.prevYearRange'),
      nextYearRangeAriaLabel: t('common.calendar.nextYearRange'),
      closeButtonAriaLabel: t('common.calendar.close'),
    };
  }, [lang, t]);
  const formatter = useMemo<DateFormatting>(
    () => ({
      formatDay: (d) => String(d.getDate()),
      formatMonth: (d, s) => s.months[d.getMonth()]!,
      formatYear: (d) => String(d.getFullYear()),
      // Day names read day first in both languages, as the box shows them: "1 dhjetor 2020".
      formatMonthDayYear: (d, s) => `${d.getDate()} ${s.months[d.getMonth()]} ${d.getFullYear()}`,
      formatMonthYear: (d, s) => `${s.months[d.getMonth()]} ${d.getFullYear()}`,
    }),
    [],
  );
  return (
    <Calendar
      componentRef={ref}
      value={localDateOf(value)}
      minDate={localDateOf(min)}
      maxDate={localDateOf(max)}
      strings={strings}
      dateTimeFormatter={formatter}
      firstDayOfWeek={DayOfWeek.Monday}
      showGoToToday
      highlightSelectedMonth
      onSelectDate={onPick}
      onDismiss={onDismiss}
    />
  );
}

/**
 * What is typed in a box that holds a number or a date: the text stays as
 * typed while it means the same value (so "1,50" is not rewritten to "1.5"
 * mid-word), shows the text the save queue keeps for it when it meant no
 * value at all (after a navigation or a reload too), and follows the value
 * when it changes from elsewhere (undo, a discarded text).
 */
function useDraft<T>(value: T, format: (v: T) => string, parse: (s: string) => T | undefined, kept: string | undefined) {
  const [state, setState] = useState(() => ({ draft: kept ?? format(value), value, kept }));
  let draft = state.draft;
  if (state.kept !== kept || !sameValue(state.value, value)) {
    if (kept !== undefined) draft = kept;
    else {
      const parsed = parse(state.draft);
      draft = parsed !== undefined && sameValue(parsed, value) ? state.draft : format(value);
    }
    setState({ draft, value, kept });
  }
  const setDraft = useCallback((d: string) => setState((s) => ({ ...s, draft: d })), []);
  const normalise = useCallback(() => setState((s) => (sameValue(parse(s.draft), s.value) ? { ...s, draft: format(s.value) } : s)), [format, parse]);
  return { draft, setDraft, normalise };
}

/**
 * An amount of money (budget, milestone cost), ≥ 0, in the commitment's
 * currency: typed in the Albanian, English or plain form and shown grouped
 * by thousands in the language's marks (shared/format/amounts.ts), with the
 * unit as the language writes it ("lekë" after the figure, "ALL" before it).
 */
export const AmountField = memo(function AmountField(props: FieldBase & { currency?: string }) {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'sq';
  // A new box per language: what it shows is rewritten in that language's marks.
  return <AmountBox key={lang} lang={lang} {...props} />;
});

function AmountBox({ recordType, recordId, field, label, hint, currency, lang }: FieldBase & { currency?: string; lang: Lang }) {
  const styles = useStyles();
  const { id, value, error, kept, editable, required, change, refuse, leave } = useField<number | null | undefined>(recordType, recordId, field);
  const format = useCallback((v: number | null | undefined) => formatAmount(v, lang), [lang]);
  const parse = useCallback((text: string) => parseAmount(text, lang), [lang]);
  const { draft, setDraft, normalise } = useDraft<number | null | undefined>(value, format, parse, kept);
  const unit = currency ? <span aria-hidden>{currencyUnit(currency, lang)}</span> : undefined;
  return (
    <Labelled id={id} label={label} hint={hint} error={error} required={required}>
      <Input
        id={id}
        className={styles.control}
        inputMode="decimal"
        value={draft}
        readOnly={!editable}
        appearance={editable ? 'outline' : 'filled-darker'}
        contentBefore={unitFirst(lang) ? unit : undefined}
        contentAfter={unitFirst(lang) ? undefined : unit}
        onChange={(_, d) => {
          setDraft(d.value);
          const parsed = parse(d.value);
          if (parsed === undefined) refuse(NOT_A_NUMBER, d.value);
          else change(parsed, true);
        }}
        onBlur={() => {
          normalise();
          leave();
        }}
      />
    </Labelled>
  );
}

interface MeasureInputProps {
  id: string;
  value: MeasureValue;
  label?: string;
  readOnly: boolean;
  onValue: (v: MeasureValue) => void;
  onBlur: () => void;
}

/** A measured value: a number ("55", "4,5", "1.500") or a short statement ("ligji i miratuar"), in the interface language's marks. */
function MeasureInput(props: MeasureInputProps) {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'sq';
  // A new box per language, as for amounts: a number is rewritten in that language's marks.
  return <MeasureBox key={lang} lang={lang} {...props} />;
}

function MeasureBox({ id, value, label, readOnly, onValue, onBlur, lang }: MeasureInputProps & { lang: Lang }) {
  const styles = useStyles();
  const format = useCallback((v: MeasureValue) => formatMeasure(v, lang), [lang]);
  const parse = useCallback((text: string) => parseMeasure(text, lang), [lang]);
  // A measure is always a value (a number or a statement), so nothing is ever kept as bare text.
  const { draft, setDraft, normalise } = useDraft<MeasureValue>(value, format, parse, undefined);
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
        onValue(parse(d.value));
      }}
      onBlur={() => {
        normalise();
        onBlur();
      }}
    />
  );
}

export const MeasureField = memo(function MeasureField({ recordType, recordId, field, label, hint }: FieldBase) {
  const { id, value, error, editable, required, change, leave } = useField<MeasureValue | undefined>(recordType, recordId, field);
  return (
    <Labelled id={id} label={label} hint={hint} error={error} required={required}>
      <MeasureInput id={id} value={value ?? null} readOnly={!editable} onValue={(v) => change(v, true)} onBlur={leave} />
    </Labelled>
  );
});

/** A whole number with arrows (year, percentage), or none. */
export const NumberField = memo(function NumberField({ recordType, recordId, field, label, hint, min, max, step = 1, nullable = true }: FieldBase & { min: number; max: number; step?: number; nullable?: boolean }) {
  const styles = useStyles();
  const { id, value, error, kept, editable, required, change, refuse, leave } = useField<number | null | undefined>(recordType, recordId, field);
  if (!editable) return <ReadOnlyValue id={id} label={label} hint={hint} value={value === null || value === undefined ? '' : String(value)} />;
  return (
    <Labelled id={id} label={label} hint={hint} error={error} required={required}>
      <SpinButton
        id={id}
        className={styles.control}
        value={kept === undefined ? (value ?? null) : null}
        displayValue={kept}
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
          if (!Number.isInteger(n)) refuse(NOT_A_NUMBER, text);
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
  const { id, value, error, editable, required, change, leave } = useField<string | null | undefined>(recordType, recordId, field);
  if (!editable || fixed) return <ReadOnlyValue id={id} label={label} hint={hint} value={options.find((o) => o.value === value)?.label ?? noneLabel ?? ''} />;
  return (
    <Labelled id={id} label={label} hint={hint} error={error} required={required}>
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

/** One value from a few, all in view as radio buttons (a feedback item's rating); read-only it shows the chosen one's words. */
export const RadioField = memo(function RadioField({ recordType, recordId, field, label, hint, options, noneLabel }: FieldBase & { options: readonly ChoiceOption[]; noneLabel: string }) {
  const styles = useStyles();
  const { id, value, error, editable, required, change, leave } = useField<string | null | undefined>(recordType, recordId, field);
  if (!editable) return <ReadOnlyValue id={id} label={label} hint={hint} value={options.find((o) => o.value === value)?.label ?? noneLabel} />;
  return (
    <Fieldset baseId={id} label={label} hint={hint} error={error} required={required}>
      <RadioGroup id={id} className={styles.groupColumn} value={value ?? ''} onChange={(_, d) => (change(d.value === '' ? null : d.value), leave())} aria-label={label}>
        {options.map((o) => (
          <Radio key={o.value} value={o.value} label={o.label} />
        ))}
      </RadioGroup>
    </Fieldset>
  );
});

/** A yes/no value as one checkbox (an idea's consent to publish). */
export const FlagField = memo(function FlagField({ recordType, recordId, field, label, hint }: FieldBase) {
  const { id, value, error, editable, change, leave } = useField<boolean | undefined>(recordType, recordId, field);
  return (
    <Field hint={hint} validationState={error ? 'error' : 'none'} validationMessage={error}>
      <Checkbox id={id} label={label} checked={value === true} disabled={!editable} onChange={(_, d) => (change(d.checked === true), leave())} />
    </Field>
  );
});

/** Several values from a short list, as checkboxes (OGP values). */
export const CheckboxesField = memo(function CheckboxesField({ recordType, recordId, field, label, hint, options }: FieldBase & { options: readonly ChoiceOption[] }) {
  const styles = useStyles();
  const { id: firstId, value: chosen, error, editable, required, change } = useField<readonly string[] | undefined>(recordType, recordId, field);
  const value = chosen ?? [];
  const toggle = (code: string, on: boolean) => {
    const next = on ? [...value, code] : value.filter((v) => v !== code);
    // Kept in the reference order, so the same choice always reads the same.
    change(options.map((o) => o.value).filter((v) => next.includes(v)).concat(next.filter((v) => !options.some((o) => o.value === v))));
  };
  return (
    <Fieldset baseId={firstId} label={label} hint={hint} error={error} required={required}>
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
  const { id, value, error, editable, required, change } = useField<readonly (string | number)[] | undefined>(recordType, recordId, field);
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
    <Labelled id={id} label={label} hint={hint} error={error} required={required}>
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
  const { ref, id: baseId, value, error, editable, required, change, leave } = useField<readonly Target[] | undefined>(recordType, recordId, 'targets');
  const targets = value ?? EMPTY_TARGETS;
  // Targets for years outside the cycle (e.g. imported) are shown too, never dropped silently.
  const allYears = [...new Set([...years, ...targets.map((x) => x.year)])].sort((a, b) => a - b);
  return (
    <Fieldset baseId={baseId} label={label} hint={hint} error={error} required={required}>
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
