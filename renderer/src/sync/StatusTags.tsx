// States shown as an icon and a word, never by colour alone: a signer's key
// (trusted, unknown, revoked, rotated, mismatch), a trusted signer's entry,
// a sequence verdict, a review decision, and "on an earlier version".
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import {
  ArrowReplyFilled,
  CheckmarkCircleFilled,
  ErrorCircleFilled,
  HistoryFilled,
  InfoFilled,
  QuestionCircleFilled,
  ShieldCheckmarkFilled,
  ShieldDismissFilled,
  ShieldErrorFilled,
  ShieldQuestionFilled,
  WarningFilled,
  ArrowSyncFilled,
} from '@fluentui/react-icons';
import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { capitalise } from './texts';
import type { SEQUENCE_VERDICTS, SIGNER_STATUSES } from '../../../shared/model/bundle';

export type SignerStatus = (typeof SIGNER_STATUSES)[number];
export type SequenceVerdict = (typeof SEQUENCE_VERDICTS)[number];
export type TrustStatus = 'active' | 'rotated' | 'revoked';
type Tone = 'good' | 'bad' | 'warn' | 'info' | 'neutral';

const useStyles = makeStyles({
  tag: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
    verticalAlign: 'middle',
  },
  small: { fontSize: tokens.fontSizeBase200 },
  icon: { fontSize: '18px', flexShrink: 0 },
  good: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  neutral: { color: tokens.colorNeutralForeground2 },
  badge: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    padding: `1px ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    border: `1px solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
    verticalAlign: 'middle',
  },
});

function Tag({ tone, icon: Icon, children, small, data }: Look & { children: ReactNode; small?: boolean; data?: string }) {
  const styles = useStyles();
  return (
    <span className={mergeClasses(styles.tag, small && styles.small, styles[tone])} data-state={data}>
      <Icon className={styles.icon} aria-hidden />
      {children}
    </span>
  );
}

type Look = { tone: Tone; icon: ComponentType<{ className?: string; 'aria-hidden'?: boolean }> };

/** One kind of state: how each value looks and the catalogue key that names it. */
function stateTag<S extends string>(looks: Record<S, Look>, label: (t: TFunction, status: S) => string, capital = true) {
  return function StateTag({ status, small }: { status: S; small?: boolean }) {
    const { t } = useTranslation();
    const look = looks[status];
    const text = label(t, status);
    return (
      <Tag tone={look.tone} icon={look.icon} small={small} data={status}>
        {capital ? capitalise(text) : text}
      </Tag>
    );
  };
}

export const SignerStatusTag = stateTag<SignerStatus>(
  {
    trusted: { tone: 'good', icon: ShieldCheckmarkFilled },
    unknown: { tone: 'warn', icon: ShieldQuestionFilled },
    revoked: { tone: 'bad', icon: ShieldDismissFilled },
    rotated: { tone: 'bad', icon: ArrowSyncFilled },
    mismatch: { tone: 'bad', icon: ShieldErrorFilled },
    own: { tone: 'info', icon: ShieldCheckmarkFilled },
  },
  (t, s) => t(`bundles.signer.${s}`),
);

export const TrustStatusTag = stateTag<TrustStatus>(
  {
    active: { tone: 'good', icon: ShieldCheckmarkFilled },
    rotated: { tone: 'neutral', icon: ArrowSyncFilled },
    revoked: { tone: 'bad', icon: ShieldDismissFilled },
  },
  (t, s) => t(`sync.trustStatus.${s}`),
  false,
);

const Verdict = stateTag<SequenceVerdict>(
  {
    first: { tone: 'info', icon: InfoFilled },
    next: { tone: 'good', icon: CheckmarkCircleFilled },
    gap: { tone: 'warn', icon: WarningFilled },
    same: { tone: 'info', icon: InfoFilled },
    rollback: { tone: 'bad', icon: ErrorCircleFilled },
    equivocation: { tone: 'bad', icon: ErrorCircleFilled },
    jump: { tone: 'bad', icon: ErrorCircleFilled },
  },
  (t, v) => t(`bundles.verdict.${v}`),
);
export const VerdictTag = ({ verdict }: { verdict: SequenceVerdict }) => <Verdict status={verdict} />;

const Decision = stateTag<'accepted' | 'returned' | 'none'>(
  {
    accepted: { tone: 'good', icon: CheckmarkCircleFilled },
    returned: { tone: 'warn', icon: ArrowReplyFilled },
    none: { tone: 'neutral', icon: QuestionCircleFilled },
  },
  (t, d) => t(`bundles.decision.${d}`),
);
export const DecisionTag = ({ decision, small }: { decision: 'accepted' | 'returned' | null; small?: boolean }) => <Decision status={decision ?? 'none'} small={small} />;

/** "Made on an earlier version (rev. 2; now rev. 3)": the review or comment predates the record's latest edits. */
export function OutdatedBadge({ rev, current }: { rev: number | string; current: number | string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <span className={styles.badge} data-outdated="true">
      <HistoryFilled aria-hidden />
      {capitalise(t('bundles.earlierRevision', { rev, current }))}
    </span>
  );
}
