// One round as the screen holds it: loaded once, then changed in place as the
// person scores (the cell shows the new value at once, the service saves it
// behind), with the live results recomputed from what the screen holds by the
// same function the print and the CLI use.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RoundView } from '../../../shared/api/contract';
import type { AppErrorDto } from '../../../shared/api/errors';
import { liveResults, type LiveResults } from '../../../shared/cocreation/prioritization';
import type { Result } from '../../../shared/api/result';
import { useServices } from '../services/services';

export interface CellRef {
  ideaId: string;
  criterionId: string;
  scorer: string;
}

export interface RoundState {
  view: RoundView | null;
  error: AppErrorDto | null;
  results: LiveResults | null;
  reload(): void;
  /** Replaces the round with what a service answered (criteria saved, scorer added, closed). */
  accept(next: Result<RoundView>): AppErrorDto | null;
  /** Saves one cell; the value shows at once and is taken back if the service refuses it. */
  score(cell: CellRef, value: number | null, comment?: string): Promise<AppErrorDto | null>;
}

type Score = RoundView['round']['scores'][number];
const same = (s: Score, c: CellRef) => s.ideaId === c.ideaId && s.criterionId === c.criterionId && s.scorer === c.scorer;

function withScore(view: RoundView, cell: CellRef, value: number | null, comment: string | undefined): RoundView {
  const old = view.round.scores.find((s) => same(s, cell));
  const rest = view.round.scores.filter((s) => !same(s, cell));
  const scores = value === null ? rest : [...rest, { ...cell, value, comment: comment ?? old?.comment ?? '' }];
  return { ...view, round: { ...view.round, scores } };
}

export function useRound(id: string): RoundState {
  const { api } = useServices();
  const [view, setView] = useState<RoundView | null>(null);
  const [error, setError] = useState<AppErrorDto | null>(null);
  const [attempt, setAttempt] = useState(0);
  const current = useRef<RoundView | null>(null);
  current.current = view;

  const loadedId = useRef<string | null>(null);
  useEffect(() => {
    let live = true;
    // Another round starts blank; a reload of this one keeps showing it (and the tab's state) until the answer comes.
    if (loadedId.current !== id) setView(null);
    loadedId.current = id;
    setError(null);
    void api['round.get']({ id }).then((r) => {
      if (!live) return;
      if (r.ok) setView(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [api, id, attempt]);

  const accept = useCallback((next: Result<RoundView>) => {
    if (!next.ok) return next.error;
    setView(next.value);
    return null;
  }, []);

  const score = useCallback(
    async (cell: CellRef, value: number | null, comment?: string) => {
      const before = current.current?.round.scores.find((s) => same(s, cell)) ?? null;
      setView((v) => (v ? withScore(v, cell, value, comment) : v));
      const r = await api['round.score']({ id, ...cell, value, ...(comment !== undefined ? { comment } : {}) });
      if (r.ok) return null;
      // Refused: the cell goes back to what is saved (the grid keeps the typed text beside its message).
      setView((v) => (v ? withScore(v, cell, before?.value ?? null, before?.comment) : v));
      return r.error;
    },
    [api, id],
  );

  const results = useMemo(() => (view ? liveResults(view.round, view.ideas.map((i) => i.id)) : null), [view]);
  return { view, error, results, reload: useCallback(() => setAttempt((n) => n + 1), []), accept, score };
}
