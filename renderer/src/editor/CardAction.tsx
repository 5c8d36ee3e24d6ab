// A card's icon action (move up, move down, remove): a plain <button> drawn
// as Fluent's subtle icon-only Button. A commitment with 200 milestones and
// 200 indicators has 1,200 of these; Fluent's Button costs each one its
// hooks and style merging, this costs one class lookup. Off is
// `aria-disabled` (Fluent's disabledFocusable): still focusable, not pressable.
import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  button: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    verticalAlign: 'middle',
    boxSizing: 'border-box',
    margin: 0,
    padding: '5px',
    width: '32px',
    height: '32px',
    minWidth: '32px',
    overflow: 'hidden',
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorSubtleBackground,
    color: tokens.colorNeutralForeground2,
    cursor: 'pointer',
    fontSize: '20px',
    transitionDuration: tokens.durationFaster,
    transitionProperty: 'background, border, color',
    transitionTimingFunction: tokens.curveEasyEase,
    '& svg': { width: '20px', height: '20px', flexShrink: 0 },
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground2Hover },
    ':hover:active': { backgroundColor: tokens.colorSubtleBackgroundPressed, color: tokens.colorNeutralForeground2Pressed },
    '@media (forced-colors: active)': { ':hover': { color: 'Highlight' } },
    ...createFocusOutlineStyle(),
  },
  off: {
    cursor: 'not-allowed',
    color: tokens.colorNeutralForegroundDisabled,
    ':hover': { backgroundColor: tokens.colorSubtleBackground, color: tokens.colorNeutralForegroundDisabled },
    ':hover:active': { backgroundColor: tokens.colorSubtleBackground, color: tokens.colorNeutralForegroundDisabled },
    '@media (forced-colors: active)': { color: 'GrayText', ':hover': { color: 'GrayText' } },
  },
});

export interface CardActionProps {
  id: string;
  /** The accessible name, also shown by the list's one tooltip (card-tips.tsx). */
  label: string;
  icon: ReactNode;
  off?: boolean;
  onPress: () => void;
}

export function CardAction({ id, label, icon, off = false, onPress }: CardActionProps) {
  const styles = useStyles();
  return (
    <button
      type="button"
      id={id}
      className={mergeClasses(styles.button, off && styles.off)}
      aria-label={label}
      data-tip={label}
      aria-disabled={off || undefined}
      onClick={off ? undefined : onPress}
    >
      {icon}
    </button>
  );
}
