// Pieces shared by the commitment's quality panel and the plan-quality page:
// a severity shown as icon and word (never colour alone), a language tag,
// and one finding as a list item with its message, where it applies and an
// action to go there.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircleFilled, WarningFilled } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/model/primitives';
import type { Finding, Severity } from '../../../shared/quality/types';
import { VisuallyHidden } from '../components/VisuallyHidden';
import { goToLabel, type FindingEntry, type GoToLabel } from './findings';
import { useLabels } from './labels';

const useStyles = makeStyles({
  severity: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
  },
  blocking: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  icon: { fontSize: '16px', flexShrink: 0 },
  lang: {
    display: 'inline-block',
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase100,
    color: tokens.colorNeutralForeground2,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    padding: '1px 4px',
    verticalAlign: 'middle',
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: '3px solid transparent',
  },
  itemBlocking: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  itemWarning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  head: { display: 'flex', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap', minWidth: 0, paddingTop: '2px' },
  message: { overflowWrap: 'anywhere' },
  where: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    flexWrap: 'wrap',
  },
  foot: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', minHeight: '24px' },
  // Kept whole: in a narrow panel the group moves under the field name rather than breaking apart.
  actions: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS, marginLeft: 'auto', flexShrink: 0, whiteSpace: 'nowrap' },
  goLabel: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, marginRight: tokens.spacingHorizontalXS },
});

export function SeverityTag({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const Icon = severity === 'blocking' ? ErrorCircleFilled : WarningFilled;
  return (
    <span className={mergeClasses(styles.severity, severity === 'blocking' ? styles.blocking : styles.warning)} data-severity={severity}>
      <Icon className={styles.icon} aria-hidden />
      {t(`panels.severity.${severity}`)}
    </span>
  );
}

/** "SQ"/"EN" on screen; the language's full name for screen readers. */
export function LangTag({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <span className={styles.lang} title={t(`common.language.${lang}`)}>
      <span aria-hidden>{t(`common.languageShort.${lang}`)}</span>
      <VisuallyHidden>{t(`common.language.${lang}`)}</VisuallyHidden>
    </span>
  );
}

/**
 * Which record and field a finding concerns, in words: "Hapi kyç 2 ·
 * Produkti i pritshëm". A commitment's own fields need no record name (the
 * finding is shown with its commitment), nor do plan-wide findings.
 */
function useWhereText(): (finding: Finding, recordNumber?: number) => string | null {
  const { t } = useTranslation();
  const labels = useLabels();
  return (finding, recordNumber) => {
    const { type, field } = finding.target;
    const record =
      type === 'commitment' || type === 'plan' ? null : `${t(`panels.record.${type}`)}${recordNumber !== undefined ? ` ${recordNumber}` : ''}`;
    const fieldName = field ? labels.fieldLabel(type, field) : null;
    return record && fieldName ? t('panels.quality.where', { record, field: fieldName }) : (record ?? fieldName);
  };
}

export type { GoToLabel };

export interface FindingItemProps {
  entry: FindingEntry;
  /** The milestone's or indicator's number within its commitment, when known. */
  recordNumber?: number | undefined;
  /** A button or link to one finding's field (one per language of a merged entry); null for none. */
  renderAction?: (finding: Finding, label: GoToLabel) => ReactNode;
}

export function FindingItem({ entry, recordNumber, renderAction }: FindingItemProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const whereText = useWhereText();
  const styles = useStyles();
  const first = entry.findings[0]!;
  const { type, field } = first.target;
  const fieldName = field ? labels.fieldLabel(type, field) : '';
  const record =
    type === 'milestone' || type === 'indicator' ? `${t(`panels.record.${type}`)}${recordNumber !== undefined ? ` ${recordNumber}` : ''}` : null;
  const several = entry.findings.length > 1;
  const label = (f: Finding): GoToLabel => {
    const lang = f.target.lang;
    // As the input itself is labelled: "Titulli (shqip)".
    const fieldText = lang ? t(lang === 'sq' ? 'ui.editor.fieldSq' : 'ui.editor.fieldEn', { field: fieldName }) : fieldName;
    return goToLabel(labels.tx, lang, several, [record, fieldText].filter(Boolean).join(' '));
  };
  const actions = renderAction ? entry.findings.map((f) => ({ f, node: renderAction(f, label(f)) })).filter((a) => a.node) : [];
  const where = whereText(first, recordNumber);
  // With a button per language, the buttons name the languages; otherwise a tag does.
  const langs = several && actions.length > 1 ? [] : entry.findings.map((f) => f.target.lang).filter((l): l is Lang => l !== null);
  return (
    <div
      className={mergeClasses(styles.item, first.severity === 'blocking' ? styles.itemBlocking : styles.itemWarning)}
      data-check={first.checkId}
    >
      <div className={styles.head}>
        <SeverityTag severity={first.severity} />
        <span className={styles.message}>{labels.findingMessage(first)}</span>
      </div>
      {(where || langs.length > 0 || actions.length > 0) && (
        <div className={styles.foot}>
          <span className={styles.where}>
            {where}
            {langs.map((l) => (
              <LangTag key={l} lang={l} />
            ))}
          </span>
          {actions.length > 0 && (
            <span className={styles.actions}>
              {several && actions.length > 1 && <span className={styles.goLabel}>{t('panels.quality.goToField')}:</span>}
              {actions.map((a) => (
                <span key={a.f.target.lang ?? '-'}>{a.node}</span>
              ))}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
