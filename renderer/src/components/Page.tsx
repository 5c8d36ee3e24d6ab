// What every screen is built from: its main heading (focused when the screen
// opens), the heading's intro, its titled sections, and what a part shows
// while its data loads or after it failed to.
import { Spinner, mergeClasses, type SpinnerProps } from '@fluentui/react-components';
import type { HTMLAttributes, ReactNode } from 'react';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import type { Loadable } from '../hooks/useLoad';
import { useSharedStyles } from '../lib/styles';
import { ErrorPanel } from './ErrorPanel';

/**
 * A view's <h1>. It takes the focus when the view opens, or when `focusKey`
 * changes (another component chosen in the navigation), so screen readers
 * announce the new view.
 */
export function PageHeading({ children, className, focusKey }: { children: ReactNode; className?: string; focusKey?: string }) {
  const shared = useSharedStyles();
  const heading = useFocusOnMount<HTMLHeadingElement>(true, focusKey);
  return (
    <h1 ref={heading} tabIndex={-1} className={mergeClasses(shared.pageHeading, className)}>
      {children}
    </h1>
  );
}

/** A view's heading and the paragraph that says what the view is for. */
export function PageHeader({ title, intro }: { title: ReactNode; intro: ReactNode }) {
  const shared = useSharedStyles();
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className={shared.pageIntro}>{intro}</p>
    </>
  );
}

export interface SectionProps extends Omit<HTMLAttributes<HTMLElement>, 'id'> {
  /** The heading's id, which labels the section. */
  id: string;
  heading: ReactNode;
  /** 2 for a page's own sections, deeper inside one. */
  level?: 2 | 3 | 4;
  headingClassName?: string;
}

/** A <section> labelled by its own heading. */
export function Section({ id, heading, level = 2, headingClassName, children, ...rest }: SectionProps) {
  const H = `h${level}` as const;
  return (
    <section {...rest} aria-labelledby={id}>
      <H id={id} className={headingClassName}>
        {heading}
      </H>
      {children}
    </section>
  );
}

export interface LoadedProps<T> {
  state: Loadable<T>;
  /** What the spinner says while loading. */
  label: string;
  size?: SpinnerProps['size'];
  onRetry?: () => void;
  children: (value: T) => ReactNode;
}

/** A spinner while `state` loads, what went wrong (with a retry) when it failed, `children` once it is ready. */
export function Loaded<T>({ state, label, size, onRetry, children }: LoadedProps<T>) {
  if (state.state === 'loading') return <Spinner size={size} label={label} />;
  if (state.state === 'failed') return <ErrorPanel error={state.error} onRetry={onRetry} />;
  return <>{children(state.value)}</>;
}
