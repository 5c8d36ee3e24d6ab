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

function Tag({ tone, icon: Icon, children, small, data }: { tone: Tone; icon: ComponentType<{ className?: string; 'aria-hidden'?: boolean }>; children: ReactNode; small?: boolean; data?: string }) {
  const styles = useStyles();
  return (
    <span className={mergeClasses(styles.tag, small && styles.small, styles[tone])} data-state={data}>
      <Icon className={styles.icon} aria-hidden />
      {children}
    </span>
  );
}

const SIGNER: Record<SignerStatus, { tone: Tone; icon: typeof ShieldCheckmarkFilled }> = {
  trusted: { tone: 'good', icon: ShieldCheckmarkFilled },
  unknown: { tone: 'warn', icon: ShieldQuestionFilled },
  revoked: { tone: 'bad', icon: ShieldDismissFilled },
  rotated: { tone: 'bad', icon: ArrowSyncFilled },
  mismatch: { tone: 'bad', icon: ShieldErrorFilled },
  own: { tone: 'info', icon: ShieldCheckmarkFilled },
};

export function SignerStatusTag({ status, small }: { status: SignerStatus; small?: boolean }) {
  const { t } = useTranslation();
  const s = SIGNER[status];
  return (
    <Tag tone={s.tone} icon={s.icon} small={small} data={status}>
      {capitalise(t(`bundles.signer.${status}`))}
    </Tag>
  );
}

const TRUST: Record<TrustStatus, { tone: Tone; icon: typeof ShieldCheckmarkFilled }> = {
  active: { tone: 'good', icon: ShieldCheckmarkFilled },
  rotated: { tone: 'neutral', icon: ArrowSyncFilled },
  revoked: { tone: 'bad', icon: ShieldDismissFilled },
};

export function TrustStatusTag({ status, small }: { status: TrustStatus; small?: boolean }) {
  const { t } = useTranslation();
  const s = TRUST[status];
  return (
    <Tag tone={s.tone} icon={s.icon} small={small} data={status}>
      {t(`sync.trustStatus.${status}`)}
    </Tag>
  );
}

const VERDICT: Record<SequenceVerdict, { tone: Tone; icon: typeof InfoFilled }> = {
  first: { tone: 'info', icon: InfoFilled },
  next: { tone: 'good', icon: CheckmarkCircleFilled },
  gap: { tone: 'warn', icon: WarningFilled },
  same: { tone: 'info', icon: InfoFilled },
  rollback: { tone: 'bad', icon: ErrorCircleFilled },
  equivocation: { tone: 'bad', icon: ErrorCircleFilled },
  jump: { tone: 'bad', icon: ErrorCircleFilled },
};

export function VerdictTag({ verdict }: { verdict: SequenceVerdict }) {
  const { t } = useTranslation();
  const v = VERDICT[verdict];
  return (
    <Tag tone={v.tone} icon={v.icon} data={verdict}>
      {capitalise(t(`bundles.verdict.${verdict}`))}
    </Tag>
  );
}

export function DecisionTag({ decision, small }: { decision: 'accepted' | 'returned' | null; small?: boolean }) {
  const { t } = useTranslation();
  if (decision === 'accepted')
    return (
      <Tag tone="good" icon={CheckmarkCircleFilled} small={small} data="accepted">
        {capitalise(t('bundles.decision.accepted'))}
      </Tag>
    );
  if (decision === 'returned')
    return (
      <Tag tone="warn" icon={ArrowReplyFilled} small={small} data="returned">
        {capitalise(t('bundles.decision.returned'))}
      </Tag>
    );
  return (
    <Tag tone="neutral" icon={QuestionCircleFilled} small={small} data="none">
      {capitalise(t('bundles.decision.none'))}
    </Tag>
  );
}

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
