// An item's state in words with an icon beside it (never colour alone):
// met, open, overdue, resolved.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, CheckmarkRegular, CircleRegular, ClockAlarmRegular, QuestionCircleRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { FeedbackState } from '../../../shared/cocreation/feedback';

const useStyles = makeStyles({
  badge: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  met: { color: tokens.colorNeutralForeground2 },
  open: { color: tokens.colorBrandForeground1 },
  overdue: { color: tokens.colorPaletteRedForeground1 },
  resolved: { color: tokens.colorPaletteGreenForeground1 },
  unrated: { color: tokens.colorNeutralForeground3 },
  icon: { fontSize: '16px' },
});

const ICON = { met: CheckmarkRegular, open: CircleRegular, overdue: ClockAlarmRegular, resolved: CheckmarkCircleRegular, unrated: QuestionCircleRegular } as const;

/** What the panel shows: an item's state, or "not rated yet" for one the POC has not rated and asks nothing of (the services count it met). */
export type ShownState = FeedbackState | 'unrated';

export function StateBadge({ state }: { state: ShownState }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const Icon = ICON[state];
  return (
    <span className={mergeClasses(styles.badge, styles[state])} data-state={state}>
      <Icon className={styles.icon} aria-hidden />
      {t('feedback.stateLabel', { state: t(`feedback.state.${state}`) })}
    </span>
  );
}
