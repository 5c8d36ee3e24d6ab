// The quality checks of the open commitment, as the editor computes them
// while a person types: blocking findings first, then warnings, each saying
// what is wrong, where (record, field, language), and a button that puts the
// cursor in that field. When nothing blocks, it says so in words.
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowRightRegular, CheckmarkCircleFilled, ErrorCircleFilled, WarningFilled } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Commitment } from '../../../shared/model/plan';
import type { Finding } from '../../../shared/quality/types';
import type { FieldRef } from '../lib/field-key';
import { regionProps } from '../lib/regions';
import { FindingItem } from './FindingParts';
import { countFindings, findingFieldRef, mergeLanguages, orderFindings } from './findings';

export interface CommitmentQualityPanelProps {
  commitment: Commitment;
  findings: Finding[];
  onFocus(ref: FieldRef): void;
  /** How many values of the commitment could not be saved: the findings do not see them. */
  unsaved?: number;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  heading: {
    margin: 0,
    padding: `0 ${tokens.spacingHorizontalM}`,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  summary: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    margin: `0 ${tokens.spacingHorizontalM}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    fontWeight: tokens.fontWeightSemibold,
  },
  clear: { backgroundColor: tokens.colorPaletteGreenBackground1, color: tokens.colorPaletteGreenForeground1 },
  blocked: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1 },
  warnings: { gridColumn: 2, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  icon: { fontSize: '18px', flexShrink: 0 },
  go: { minWidth: 'auto', paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  passed: { margin: `0 ${tokens.spacingHorizontalM}`, color: tokens.colorNeutralForeground2 },
  unsaved: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    margin: `0 ${tokens.spacingHorizontalM}`,
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  itemRow: { borderTop: `1px solid ${tokens.colorNeutralStroke3}` },
  more: { alignSelf: 'flex-start', margin: `0 ${tokens.spacingHorizontalS}` },
});

/**
 * A long list in a side panel helps nobody and costs most of the editor's
 * opening time (a commitment with 30 empty milestones has ~150 findings):
 * the first ones show, the rest on request. Blocking findings come first.
 */
export const PANEL_FIRST_ENTRIES = 20;

export function CommitmentQualityPanel({ commitment, findings, onFocus, unsaved = 0 }: CommitmentQualityPanelProps) {
  const [showAll, setShowAll] = useState(false);
  const { t } = useTranslation();
  const styles = useStyles();
  const entries = useMemo(() => mergeLanguages(orderFindings(findings)), [findings]);
  const { blocking, warnings } = countFindings(findings);

  // Milestones and indicators are named by their place in the list, as the editor numbers its cards.
  const recordNumber = (f: Finding): number | undefined => {
    const { type, id } = f.target;
    const list = type === 'milestone' ? commitment.milestones : type === 'indicator' ? commitment.indicators : null;
    const i = list ? list.findIndex((r) => r.id === id) : -1;
    return i >= 0 ? i + 1 : undefined;
  };

  return (
    <section className={styles.root} aria-label={t('panels.quality.label')} data-testid="commitment-quality" {...regionProps('editor-quality')}>
      <h2 className={styles.heading}>{t('panels.quality.label')}</h2>
      <div role="status" className={mergeClasses(styles.summary, blocking === 0 ? styles.clear : styles.blocked)}>
        {blocking === 0 ? (
          <>
            <CheckmarkCircleFilled className={styles.icon} aria-hidden />
            <span>{t('panels.quality.noBlocking')}</span>
          </>
        ) : (
          <>
            <ErrorCircleFilled className={styles.icon} aria-hidden />
            <span>{t('panels.quality.blocking', { count: blocking })}</span>
          </>
        )}
        {warnings > 0 && <span className={styles.warnings}>{t('panels.quality.warnings', { count: warnings })}</span>}
      </div>
      {unsaved > 0 && (
        <p className={styles.unsaved} data-testid="quality-unsaved">
          <WarningFilled className={styles.icon} aria-hidden />
          {t('ui.unsaved.qualityNote', { count: unsaved })}
        </p>
      )}
      {findings.length === 0 && <p className={styles.passed}>{t('panels.quality.allPassed')}</p>}
      {entries.length > 0 && (
        <ul className={styles.list} aria-label={t('panels.quality.listLabel')}>
          {(showAll ? entries : entries.slice(0, PANEL_FIRST_ENTRIES)).map((entry) => (
            <li key={entry.key} className={styles.itemRow}>
              <FindingItem
                entry={entry}
                recordNumber={recordNumber(entry.findings[0]!)}
                renderAction={(f, label) => {
                  const ref = findingFieldRef(f);
                  if (!ref) return null;
                  return (
                    <Button
                      className={styles.go}
                      size="small"
                      appearance="subtle"
                      icon={<ArrowRightRegular />}
                      iconPosition="after"
                      aria-label={label.accessible}
                      onClick={() => onFocus(ref)}
                    >
                      {label.visible}
                    </Button>
                  );
                }}
              />
            </li>
          ))}
        </ul>
      )}
      {entries.length > PANEL_FIRST_ENTRIES && (
        <Button className={styles.more} appearance="subtle" size="small" onClick={() => setShowAll((v) => !v)} aria-expanded={showAll}>
          {showAll ? t('panels.quality.showFewer') : t('panels.quality.showAll', { count: entries.length })}
        </Button>
      )}
    </section>
  );
}
