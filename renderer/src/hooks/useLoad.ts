// Loading what a screen shows: one API answer (a Result) read when the
// component mounts, again when one of `deps` changes or `reload()` is called.
// An answer that arrives after the component has gone, or after a newer load
// began, is dropped. `keep: true` goes on showing the last value that loaded
// while the next one loads (and after a failed one is retried), where a
// spinner would only flicker.
import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import type { AppErrorDto } from '../../../shared/api/errors';
import type { Result } from '../../../shared/api/result';

export type Loadable<T> = { readonly state: 'loading' } | { readonly state: 'failed'; readonly error: AppErrorDto } | { readonly state: 'ready'; readonly value: T };

const LOADING = { state: 'loading' } as const;

export function useLoad<T>(load: () => Promise<Result<T>>, deps: DependencyList, options: { keep?: boolean } = {}): [Loadable<T>, () => void] {
  const [value, setValue] = useState<Loadable<T>>(LOADING);
  const [attempt, setAttempt] = useState(0);
  const lastReady = useRef<Loadable<T> | null>(null);
  const keep = options.keep === true;
  useEffect(() => {
    let live = true;
    setValue(keep && lastReady.current ? lastReady.current : LOADING);
    void load().then((r) => {
      if (!live) return;
      const next: Loadable<T> = r.ok ? { state: 'ready', value: r.value } : { state: 'failed', error: r.error };
      if (next.state === 'ready') lastReady.current = next;
      setValue(next);
    });
    return () => {
      live = false;
    };
    // `load` is recreated each render on purpose: `deps` and `reload()` say when to load again.
  }, [...deps, attempt, keep]);
  return [value, useCallback(() => setAttempt((n) => n + 1), [])];
}
