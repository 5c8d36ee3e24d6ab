// One bilingual field as two inputs side by side: Albanian left, English
// right. Each input's label names its language ("Titulli (shqip)"), and the
// empty side of a half-filled field is marked: a "missing in …" badge (kept
// out of the label so the accessible name stays stable, and announced as the
// input's description) and a tinted, dashed input box.
import { Badge, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { WarningRegular } from '@fluentui/react-icons';
import { memo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGS, type Lang } from '../../../shared/model/primitives';
import { useSharedStyles } from '../lib/styles';
import { otherLang } from '../lib/text';

export const useBilingualGridStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
    // A badge or message under one side must not stretch the other side's input.
    alignItems: 'start',
  },
});

const useStyles = makeStyles({
  field: { minWidth: 0 },
  // The empty side of a half-filled field: visible at a glance, not only through the badge.
  missing: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderTopStyle: 'dashed',
    borderRightStyle: 'dashed',
    borderBottomStyle: 'dashed',
    borderLeftStyle: 'dashed',
    borderTopColor: tokens.colorPaletteMarigoldBorderActive,
    borderRightColor: tokens.colorPaletteMarigoldBorderActive,
    borderLeftColor: tokens.colorPaletteMarigoldBorderActive,
    '& > textarea, & > input': { backgroundColor: 'transparent' },
  },
});

export interface BilingualFieldProps {
  /** The field's name without a language, e.g. "Titulli". */
  label: string;
  value: { sq: string; en: string };
  /** Absent when the record is read-only. */
  onChange?: (lang: Lang, value: string) => void;
  /** Focus left one of the two inputs. */
  onBlur?: () => void;
  multiline?: boolean;
  /** Visible lines of a multiline field. */
  rows?: number;
  /** Translated validation messages per language. */
  errors?: Partial<Record<Lang, string>>;
  /** DOM ids of the two inputs (see lib/field-key.ts). */
  ids?: Partial<Record<Lang, string>>;
  /** A short explanation under the Albanian input (what to write here). */
  hint?: string;
  /** Receives the Albanian input (e.g. to focus a freshly created record). */
  firstInputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
  /** Must be filled in (both languages) before the commitment goes forward: an asterisk on each label, aria-required on each input. */
  required?: boolean;
}

function BilingualFieldImpl({ label, value, onChange, onBlur, multiline = false, rows = 4, errors = {}, ids = {}, hint, firstInputRef, required }: BilingualFieldProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const shared = useSharedStyles();
  const grid = useBilingualGridStyles();
  const readOnly = onChange === undefined;

  return (
    <div className={grid.grid}>
      {LANGS.map((lang) => {
        const missing = value[lang].trim() === '' && value[otherLang(lang)].trim() !== '';
        const error = errors[lang];
        const fieldLabel = t(lang === 'sq' ? 'ui.editor.fieldSq' : 'ui.editor.fieldEn', { field: label });
        const id = ids[lang];
        const common = {
          id,
          value: value[lang],
          lang,
          readOnly,
          onBlur,
          // Read-only fields look filled, so nobody wonders why typing does nothing.
          appearance: readOnly ? ('filled-darker' as const) : ('outline' as const),
          spellCheck: true,
          className: missing && !readOnly ? styles.missing : undefined,
          ref: lang === 'sq' ? firstInputRef : undefined,
        };
        const badge = missing ? (
          <Badge appearance="tint" color="warning" size="small" icon={<WarningRegular />}>
            {t(lang === 'sq' ? 'ui.editor.missingSq' : 'ui.editor.missingEn')}
          </Badge>
        ) : null;
        const shownHint = lang === 'sq' && hint ? hint : undefined;
        return (
          <Field
            key={lang}
            className={styles.field}
            label={{ children: fieldLabel, htmlFor: id, required: false, className: required ? shared.requiredMark : undefined }}
            required={required}
            validationState={error ? 'error' : 'none'}
            validationMessage={error}
            hint={
              badge || shownHint ? (
                <>
                  {badge}
                  {badge && shownHint ? ' ' : null}
                  {shownHint}
                </>
              ) : undefined
            }
          >
            {multiline ? (
              <Textarea {...common} resize="vertical" rows={rows} onChange={(_, d) => onChange?.(lang, d.value)} />
            ) : (
              <Input {...common} onChange={(_, d) => onChange?.(lang, d.value)} />
            )}
          </Field>
        );
      })}
    </div>
  );
}

const sameErrors = (a: BilingualFieldProps['errors'] = {}, b: BilingualFieldProps['errors'] = {}) => a.sq === b.sq && a.en === b.en;
const sameIds = (a: BilingualFieldProps['ids'] = {}, b: BilingualFieldProps['ids'] = {}) => a.sq === b.sq && a.en === b.en;

/** Re-renders only when its own value, messages or handlers change (the editor has dozens of these). */
export const BilingualField = memo(
  BilingualFieldImpl,
  (a, b) =>
    a.label === b.label &&
    a.value === b.value &&
    a.onChange === b.onChange &&
    a.onBlur === b.onBlur &&
    a.multiline === b.multiline &&
    a.rows === b.rows &&
    a.hint === b.hint &&
    a.firstInputRef === b.firstInputRef &&
    sameErrors(a.errors, b.errors) &&
    sameIds(a.ids, b.ids),
);
