// Progress from a render can tick thousands of times a second (one tick per
// commitment, table, event…); each tick as its own message would cost more
// than the render. This passes on at most one report per interval, always the
// final one (done = total), never the same pair twice, and on flush() the last
// report that was held back.
import type { Progress } from './render';

/** ~20 messages a second at most, plus the final one. */
export const PROGRESS_INTERVAL_MS = 50;

export interface ThrottledProgress {
  report: Progress;
  /** Sends the latest report if it was held back. */
  flush(): void;
}

export function throttleProgress(send: Progress, intervalMs: number, now: () => number): ThrottledProgress {
  let lastAt = Number.NEGATIVE_INFINITY;
  let sent: readonly [number, number] | null = null;
  let pending: readonly [number, number] | null = null;
  const emit = (p: readonly [number, number]) => {
    if (sent && sent[0] === p[0] && sent[1] === p[1]) return;
    sent = p;
    pending = null;
    lastAt = now();
    send(p[0], p[1]);
  };
  return {
    report(done, total) {
      const p = [done, total] as const;
      if (done >= total || now() - lastAt >= intervalMs) emit(p);
      else pending = p;
    },
    flush() {
      if (pending) emit(pending);
    },
  };
}
