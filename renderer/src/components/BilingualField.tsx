// One bilingual field as two inputs side by side: Albanian left, English
// right. Each input's label names its language ("Titulli (shqip)"), and the
// empty side of a half-filled field carries a "missing in …" badge, kept out
// of the label so the accessible name stays stable.
import { Badge, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { WarningRegular } from '@fluentui/react-icons';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGS, type Lang } from '../../../shared/model/primitives';
import { otherLang } from '../lib/text';

export const useBilingualGridStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalM,
    // A badge or message under one side must not stretch the other side's input.
    alignItems: 'start',
  },
});

const useStyles = makeStyles({
  field: { minWidth: 0 },
  hint: { minHeight: '20px' },
});

export interface BilingualFieldProps {
  /** The field's name without a language, e.g. "Titulli". */
  label: string;
  value: { sq: string; en: string };
  /** Absent when the record is read-only. */
  onChange?: (lang: Lang, value: string) => void;
  multiline?: boolean;
  /** Translated validation messages per language. */
  errors?: Partial<Record<Lang, string>>;
  /** Receives the Albanian input (e.g. to focus a freshly created record). */
  firstInputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
}

export function BilingualField({ label, value, onChange, multiline = false, errors = {}, firstInputRef }: BilingualFieldProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const grid = useBilingualGridStyles();
  const readOnly = onChange === undefined;

  return (
    <div className={grid.grid}>
      {LANGS.map((lang) => {
        const missing = value[lang].trim() === '' && value[otherLang(lang)].trim() !== '';
        const error = errors[lang];
        const fieldLabel = t(lang === 'sq' ? 'ui.editor.fieldSq' : 'ui.editor.fieldEn', { field: label });
        const common = {
          value: value[lang],
          lang,
          readOnly,
          // Read-only fields look filled, so nobody wonders why typing does nothing.
          appearance: readOnly ? ('filled-darker' as const) : ('outline' as const),
          spellCheck: true,
          ref: lang === 'sq' ? firstInputRef : undefined,
        };
        return (
          <Field
            key={lang}
            className={styles.field}
            label={fieldLabel}
            validationState={error ? 'error' : 'none'}
            validationMessage={error}
            hint={
              missing && !error ? (
                <Badge appearance="tint" color="warning" size="small" icon={<WarningRegular />}>
                  {t(lang === 'sq' ? 'ui.editor.missingSq' : 'ui.editor.missingEn')}
                </Badge>
              ) : undefined
            }
          >
            {multiline ? (
              <Textarea {...common} resize="vertical" rows={6} onChange={(_, d) => onChange?.(lang, d.value)} />
            ) : (
              <Input {...common} onChange={(_, d) => onChange?.(lang, d.value)} />
            )}
          </Field>
        );
      })}
    </div>
  );
}
