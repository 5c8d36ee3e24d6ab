import { useEffect, useRef } from 'react';

/**
 * Moves focus to a view's heading when the view opens (or `key` changes, e.g.
 * another component chosen in the navigation), so keyboard and screen-reader
 * users start at the top of what they opened.
 */
export function useFocusOnMount<T extends HTMLElement>(enabled = true, key?: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [enabled, key]);
  return ref;
}
