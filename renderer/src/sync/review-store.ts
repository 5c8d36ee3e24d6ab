// The reviews the commitment editor's header shows, loaded once per
// workspace and refreshed when something changes them (a feedback bundle
// imported at an LFP, a review typed at the POC). An LFP reads the POC's
// feedback (feedback.get); the POC reads its own reviews (consolidation.overview).
import { useEffect, useState } from 'react';
import type { ApiClient } from '../../../shared/api/client';
import { ok } from '../../../shared/api/result';
import type { Review } from '../../../shared/model/bundle';
import type { PocFeedback } from '../../../shared/model/cocreation';
import { useLoad } from '../hooks/useLoad';

export interface ReviewData {
  readonly role: 'lfp' | 'poc';
  readonly reviews: ReadonlyMap<string, Review>;
  /** The POC's feedback notes about each commitment itself (LFP only). */
  readonly commitmentNotes: ReadonlyMap<string, readonly PocFeedback[]>;
}

let cached: { api: ApiClient; promise: Promise<ReviewData | null> } | null = null;
const listeners = new Set<() => void>();

async function fetchReviewData(api: ApiClient): Promise<ReviewData | null> {
  const info = await api['app.info']({});
  const role = info.ok ? info.value.workspace?.role : undefined;
  if (role === 'lfp') {
    const r = await api['feedback.get']({});
    if (!r.ok) return null;
    const notes = new Map<string, PocFeedback[]>();
    for (const f of r.value.feedback) {
      if (f.targetType !== 'commitment') continue;
      const list = notes.get(f.targetId) ?? [];
      list.push(f);
      notes.set(f.targetId, list);
    }
    return { role, reviews: new Map(r.value.reviews.map((x) => [x.commitmentId, x])), commitmentNotes: notes };
  }
  if (role === 'poc') {
    const r = await api['consolidation.overview']({});
    if (!r.ok) return null;
    const reviews = new Map<string, Review>();
    for (const c of r.value.commitments) if (c.review) reviews.set(c.id, c.review);
    return { role, reviews, commitmentNotes: new Map() };
  }
  return null;
}

export function loadReviewData(api: ApiClient): Promise<ReviewData | null> {
  if (!cached || cached.api !== api) {
    const promise = fetchReviewData(api).catch(() => null);
    cached = { api, promise };
    // A failed load is not kept: the next look tries again.
    void promise.then((data) => {
      if (data === null && cached?.promise === promise) cached = null;
    });
  }
  return cached.promise;
}

/** Forget what was loaded (after an import or a review change); whoever shows it loads again. */
export function invalidateReviewData(): void {
  cached = null;
  for (const l of listeners) l();
}

/** The review data, reloaded whenever it is invalidated; null while loading or when there is none. */
export function useReviewData(api: ApiClient): ReviewData | null {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const onChange = () => setVersion((v) => v + 1);
    listeners.add(onChange);
    return () => {
      listeners.delete(onChange);
    };
  }, []);
  // The reviews shown stay on screen while they load again.
  const [loaded] = useLoad(() => loadReviewData(api).then((d) => ok(d)), [api, version], { keep: true });
  return loaded.state === 'ready' ? loaded.value : null;
}
