// A safety code as people read it over the phone: six groups of five digits,
// large, in a monospaced face with the groups clearly apart. Screen readers
// get the groups one by one, not one 30-digit number.
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, CopyRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSafetyCode, safetyCodeGroups } from './safety-code';

const useStyles = makeStyles({
  code: {
    display: 'inline-grid',
    alignSelf: 'flex-start',
    gridTemplateColumns: 'repeat(3, auto)',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: '28px',
    lineHeight: '40px',
    fontWeight: tokens.fontWeightSemibold,
    letterSpacing: '0.08em',
    color: tokens.colorNeutralForeground1,
    fontVariantNumeric: 'tabular-nums',
  },
  wide: { gridTemplateColumns: 'repeat(6, auto)' },
  compact: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, padding: 0, backgroundColor: 'transparent', border: 'none', columnGap: tokens.spacingHorizontalS, letterSpacing: '0.04em' },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

export interface SafetyCodeProps {
  code: string;
  /** The accessible name of the group, e.g. "Kodi i sigurisë i MD". */
  label: string;
  /** One line of six groups (wide screens) instead of two lines of three. */
  layout?: 'two-lines' | 'one-line' | 'inline';
  testId?: string;
}

export function SafetyCode({ code, label, layout = 'two-lines', testId }: SafetyCodeProps) {
  const styles = useStyles();
  const groups = safetyCodeGroups(code);
  return (
    <span
      role="group"
      aria-label={label}
      className={mergeClasses(styles.code, layout === 'one-line' && styles.wide, layout === 'inline' && mergeClasses(styles.wide, styles.compact))}
      data-testid={testId}
      data-code={groups.join('')}
    >
      {groups.map((g, i) => (
        <span key={i}>{g}</span>
      ))}
    </span>
  );
}

/** Copies the code (grouped, as it is read) to the clipboard and says so for a moment. */
export function CopySafetyCodeButton({ code }: { code: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(formatSafetyCode(code));
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <Button icon={state === 'copied' ? <CheckmarkRegular /> : <CopyRegular />} onClick={() => void copy()}>
        {t('sync.safetyCode.copy')}
      </Button>
      <span role="status" aria-live="polite">
        {state === 'copied' ? t('sync.safetyCode.copied') : state === 'failed' ? t('sync.safetyCode.copyFailed') : ''}
      </span>
    </>
  );
}

