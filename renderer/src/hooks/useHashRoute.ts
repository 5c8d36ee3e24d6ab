// The route in the address's hash, and the one way to change it. A `hold`
// check may stop a move away from the current route (a commitment with
// values that could not be saved): the address stays where it was and the
// move waits in `held` until the person goes on (`release`) or stays.
import { useCallback, useEffect, useRef, useState } from 'react';
import { parseRoute, routeHref, type Route } from '../lib/route';

export type Hold = (from: Route, to: Route) => boolean;

export interface HashRoute {
  route: Route;
  navigate(route: Route, options?: { replace?: boolean }): void;
  /** A move that waits for the person's answer. */
  held: Route | null;
  /** Goes where the held move was going. */
  release(): void;
  /** Drops the held move. */
  stay(): void;
}

export function useHashRoute(hold: Hold = () => false): HashRoute {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  const [held, setHeldState] = useState<Route | null>(null);
  const heldRef = useRef<Route | null>(null);
  const setHeld = useCallback((next: Route | null) => {
    heldRef.current = next;
    setHeldState(next);
  }, []);
  const current = useRef(route);
  current.current = route;
  const holdRef = useRef(hold);
  holdRef.current = hold;

  const go = useCallback((next: Route, replace: boolean) => {
    const href = routeHref(next);
    if (replace) window.history.replaceState(null, '', href);
    else if (window.location.hash !== href) window.history.pushState(null, '', href);
    setRoute(next);
  }, []);

  useEffect(() => {
    const onChange = () => {
      const next = parseRoute(window.location.hash);
      if (holdRef.current(current.current, next)) {
        // A link or Back already changed the address: put it back until the person decides.
        window.history.replaceState(null, '', routeHref(current.current));
        setHeld(next);
      } else setRoute(next);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [setHeld]);

  const navigate = useCallback(
    (next: Route, options?: { replace?: boolean }) => {
      if (holdRef.current(current.current, next)) setHeld(next);
      else go(next, options?.replace ?? false);
    },
    [go, setHeld],
  );
  const release = useCallback(() => {
    const next = heldRef.current;
    setHeld(null);
    if (next) go(next, false);
  }, [go, setHeld]);
  const stay = useCallback(() => setHeld(null), [setHeld]);
  return { route, navigate, held, release, stay };
}
