// The template's sections at the side of the form: one button per section,
// the one in view marked as current. Choosing one opens it (if closed),
// scrolls to it and puts focus on its heading. One more button opens or
// closes every section at once.
import { Button, CounterBadge, Tooltip, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { TextCollapseRegular, TextExpandRegular } from '@fluentui/react-icons';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { regionProps } from '../lib/regions';
import { useSession } from './context';
import { SECTION_IDS, type SectionId } from './sections';

const useStyles = makeStyles({
  nav: { display: 'flex', flexDirection: 'column' },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  heading: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
  },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    width: '100%',
    justifyContent: 'space-between',
    fontWeight: tokens.fontWeightRegular,
    minHeight: '28px',
    paddingTop: '2px',
    paddingBottom: '2px',
  },
  current: {
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground1Selected,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandBackground}`,
  },
});

export interface SectionNavProps {
  current: SectionId | null;
  onGo: (section: SectionId) => void;
  allOpen: boolean;
  onToggleAll: () => void;
}

export const SectionNav = memo(function SectionNav({ current, onGo, allOpen, onToggleAll }: SectionNavProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const milestones = useSession((s) => s.commitment.milestones.length);
  const indicators = useSession((s) => s.commitment.indicators.length);
  const counts: Partial<Record<SectionId, number>> = { milestones, indicators };
  return (
    <nav aria-labelledby="editor-sections-heading" className={styles.nav} {...regionProps('editor-sections')}>
      <div className={styles.head}>
        <h2 id="editor-sections-heading" className={styles.heading}>
          {t('ui.editor.sectionsNav')}
        </h2>
        <Tooltip content={t(allOpen ? 'ui.editor.collapseSections' : 'ui.editor.expandSections')} relationship="label" withArrow>
          <Button appearance="subtle" size="small" icon={allOpen ? <TextCollapseRegular /> : <TextExpandRegular />} onClick={onToggleAll} />
        </Tooltip>
      </div>
      <ul className={styles.list}>
        {SECTION_IDS.map((id) => (
          <li key={id}>
            <Button
              appearance="subtle"
              size="small"
              className={mergeClasses(styles.item, current === id && styles.current)}
              aria-current={current === id ? 'location' : undefined}
              onClick={() => onGo(id)}
            >
              <span>{t(`model.commitmentSection.${id}`)}</span>
              {counts[id] !== undefined && <CounterBadge count={counts[id]} showZero appearance="ghost" color="informative" size="small" />}
            </Button>
          </li>
        ))}
      </ul>
    </nav>
  );
});
