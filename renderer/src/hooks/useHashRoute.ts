import { useCallback, useEffect, useState } from 'react';
import { parseRoute, routeHref, type Route } from '../lib/route';

export function useHashRoute(): [Route, (route: Route, options?: { replace?: boolean }) => void] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: Route, options?: { replace?: boolean }) => {
    const href = routeHref(next);
    if (options?.replace) window.history.replaceState(null, '', href);
    else if (window.location.hash !== href) window.history.pushState(null, '', href);
    setRoute(next);
  }, []);
  return [route, navigate];
}
