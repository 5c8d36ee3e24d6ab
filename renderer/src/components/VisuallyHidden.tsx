// Text for screen readers only (a column header whose meaning is obvious on
// screen, a live region's announcement), in the page but not shown.
import type { HTMLAttributes } from 'react';
import { useSharedStyles } from '../lib/styles';

export function VisuallyHidden({ as: Tag = 'span', ...rest }: HTMLAttributes<HTMLElement> & { as?: 'span' | 'div' }) {
  const shared = useSharedStyles();
  return <Tag {...rest} className={shared.visuallyHidden} />;
}
